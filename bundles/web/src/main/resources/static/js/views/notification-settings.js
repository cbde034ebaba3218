/*
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/**
 * My notification settings: for each kind of notification, how I am told by email (at once, in the daily or
 * weekly digest, never) and by push (at once, never). Saved with PUT /me/notification-settings; only the kinds
 * changed are sent.
 */

import { h, link } from '../dom.js';
import { t } from '../i18n.js';
import { get, put, post } from '../api.js';
import { page, errorBox, showProblem, problemText, errorSlot } from '../ui.js';

const CHOICES = {
  email: ['INSTANT', 'DAILY', 'WEEKLY', 'OFF'],
  push: ['INSTANT', 'OFF'],
};

export async function render(main) {
  const settings = await get('/me/notification-settings');
  page(main, t('notificationSettings.title'), h('p', { class: 'muted' }, t('notificationSettings.intro')));
  const box = errorBox();
  const saved = h('p', { class: 'notice success', role: 'status', hidden: true, tabindex: '-1' });
  const channels = Object.keys(CHOICES).filter((channel) => settings[channel]);
  const kinds = Object.keys(settings.email || {});
  const selects = [];
  const controls = {};
  const rows = kinds.map((kind) => h('tr', null,
    h('th', { scope: 'row' }, t(`notificationSettings.kind.${kind}`)),
    channels.map((channel) => {
      const id = `setting-${channel}-${kind.replace(/\./g, '-')}`;
      const select = h('select', { id, name: `${channel}.${kind}`, 'data-channel': channel, 'data-kind': kind },
        CHOICES[channel].map((value) => h('option', { value, selected: settings[channel][kind] === value },
          t(`notificationSettings.frequency.${value}`))));
      selects.push(select);
      const label = `${t(`notificationSettings.channel.${channel}`)} — ${t(`notificationSettings.kind.${kind}`)}`;
      const error = h('p', { class: 'error', hidden: true });
      controls[`${channel}.${kind}`] = errorSlot(label, select, error);
      return h('td', null, h('label', { for: id, class: 'visually-hidden' }, label), select, error);
    })));
  const table = h('table', { class: 'settings-table' },
    h('caption', { class: 'visually-hidden' }, t('notificationSettings.caption')),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('notificationSettings.kindColumn')),
      channels.map((channel) => h('th', { scope: 'col' }, t(`notificationSettings.channel.${channel}`))))),
    h('tbody', null, rows));
  const submit = h('button', { type: 'submit', class: 'primary' }, t('account.save'));
  const form = h('form', { novalidate: true, class: 'wide-form', id: 'notification-settings-form' },
    box.element, saved, h('div', { class: 'table-scroll' }, table),
    h('p', { class: 'muted' }, t('notificationSettings.digestHelp')),
    h('div', { class: 'actions' }, submit, link('/account', t('notificationSettings.back'), { class: 'btn secondary' })));
  main.append(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    box.hide();
    saved.hidden = true;
    const changes = {};
    for (const select of selects) {
      const { channel, kind } = select.dataset;
      if (settings[channel][kind] !== select.value) {
        (changes[channel] = changes[channel] || {})[kind] = select.value;
      }
    }
    submit.disabled = true;
    try {
      const updated = await put('/me/notification-settings', changes);
      Object.assign(settings, updated);
      saved.textContent = t('account.saved');
      saved.hidden = false;
      saved.focus();
    } catch (error) {
      showProblem(box, error, controls);
    } finally {
      submit.disabled = false;
    }
  });
}

/** The page of a mail's unsubscribe link: one button that confirms (a link followed must change nothing). */
export async function renderUnsubscribe(main, params) {
  page(main, t('unsubscribe.title'), h('p', null, t('unsubscribe.intro')));
  const box = errorBox();
  const done = h('p', { class: 'notice success', role: 'status', hidden: true, tabindex: '-1' });
  const button = h('button', { type: 'button', class: 'primary', id: 'unsubscribe' }, t('unsubscribe.confirm'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    box.hide();
    try {
      await post(`/unsubscribe/${encodeURIComponent(params.token)}`);
      done.textContent = t('unsubscribe.done');
      done.hidden = false;
      done.focus();
      button.hidden = true;
    } catch (error) {
      box.show(error.status === 410 ? t('unsubscribe.gone') : problemText(error));
      button.disabled = false;
    }
  });
  main.append(box.element, done, h('div', { class: 'actions' }, button));
}
