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

/** My account: profile, home, radius, language, password; export my data; delete my account. */

import { h, link, announce } from '../dom.js';
import { t, language, setLanguage, formatDate } from '../i18n.js';
import { get, patch, del, ApiError } from '../api.js';
import { currentAccount, setCurrentAccount, forget } from '../session.js';
import { page, field, errorBox, showProblem, radioGroup, checkbox, busy, problemText, checkForm } from '../ui.js';
import { homePicker } from '../home.js';
import { navigate } from '../nav.js';
import { radii } from './onboarding.js';
import { pushSupported, pushBlocked, currentSubscription, enablePush, disablePush } from '../push.js';
import { personLink } from './safety.js';

export async function render(main) {
  const me = currentAccount();
  const { offered } = await radii();
  page(main, t('account.title'), h('p', { class: 'muted' }, t('account.signedInAs', { email: me.email })));

  const box = errorBox();
  const saved = h('p', { class: 'notice success', role: 'status', hidden: true, tabindex: '-1' });
  const name = field(t('register.displayName'), { type: 'text', name: 'displayName', minlength: 2, maxlength: 60, value: me.displayName, autocomplete: 'nickname' }, { required: true });
  const langId = 'account-language';
  const lang = h('select', { id: langId, name: 'locale' },
    ['fr', 'en'].map((code) => h('option', { value: code, lang: code, selected: (me.locale || language()) === code }, t(`lang.name.${code}`))));
  const home = homePicker({ initial: me.home, initialLabel: t('home.yourHome'), required: true });
  const offeredWithCurrent = offered.includes(me.radiusKm) ? offered : [...offered, me.radiusKm].sort((a, b) => a - b);
  const radius = radioGroup(t('register.radius'), 'radiusKm', offeredWithCurrent.map((km) => ({ value: km, label: t('radius.option', { km }) })), me.radiusKm);
  const submit = h('button', { type: 'submit', class: 'primary' }, t('account.save'));
  const form = h('form', { novalidate: true, class: 'wide-form', id: 'account-form', 'aria-label': t('account.profile') }, box.element, saved,
    h('h2', null, t('account.profile')), name.wrapper,
    h('div', { class: 'field' }, h('label', { for: langId }, t('account.language')), lang),
    home.element, radius.element, h('div', { class: 'actions' }, submit));
  main.append(form);
  main.append(h('h2', null, t('alerts.title')), h('p', null, t('account.alertsHelp')),
    h('p', null, h('a', { href: '#/alerts', id: 'my-alerts' }, t('account.alerts'))));
  // Relays reach their beneficiaries (also after their role was withdrawn, to export or erase); a territory's
  // moderators, whom no role names, its dashboard.
  main.append(h('h2', null, t('account.tools')), h('ul', { class: 'plain', id: 'account-tools' },
    h('li', null, h('a', { href: '#/relay' }, t('account.relayLink'))),
    h('li', null, h('a', { href: '#/dashboard' }, t('account.dashboardLink')))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    saved.hidden = true;
    const controls = { displayName: name, home, radiusKm: radius };
    if (!checkForm(box, controls)) {
      return;
    }
    submit.disabled = true;
    try {
      const updated = await patch('/me', { displayName: name.input.value.trim(), locale: lang.value, home: home.value(), radiusKm: Number(radius.value()) });
      setCurrentAccount(updated);
      if (lang.value !== language()) {
        await setLanguage(lang.value);
        navigate('/account');
        return;
      }
      saved.textContent = t('account.saved');
      saved.hidden = false;
      saved.focus();
    } catch (error) {
      showProblem(box, error, controls);
    } finally {
      submit.disabled = false;
    }
  });

  const pwBox = errorBox();
  const pwDone = h('p', { class: 'notice success', role: 'status', hidden: true });
  const current = field(t('account.currentPassword'), { type: 'password', name: 'currentPassword', autocomplete: 'current-password' }, { required: true });
  const next = field(t('account.newPassword'), { type: 'password', name: 'password', autocomplete: 'new-password', minlength: 10 }, { required: true, help: t('register.passwordHelp') });
  const pwSubmit = h('button', { type: 'submit', class: 'secondary' }, t('account.changePassword'));
  const pwForm = h('form', { novalidate: true, 'aria-labelledby': 'password-title' }, pwBox.element, pwDone, current.wrapper, next.wrapper, h('div', { class: 'actions' }, pwSubmit));
  pwForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    pwDone.hidden = true;
    if (!checkForm(pwBox, { currentPassword: current, password: next })) {
      return;
    }
    pwSubmit.disabled = true;
    try {
      await patch('/me', { password: next.input.value, currentPassword: current.input.value });
      current.input.value = '';
      next.input.value = '';
      pwDone.textContent = t('account.passwordChanged');
      pwDone.hidden = false;
    } catch (error) {
      showProblem(pwBox, error, { password: next, currentPassword: current });
    } finally {
      pwSubmit.disabled = false;
    }
  });
  main.append(h('h2', { id: 'password-title' }, t('account.password')), pwForm);

  main.append(await relationsSection());

  main.append(h('h2', null, t('notificationSettings.title')), h('p', null, t('notificationSettings.accountHelp')),
    h('div', { class: 'actions' }, link('/settings/notifications', t('notificationSettings.open'), { class: 'btn secondary', id: 'notification-settings' })));
  main.append(pushSection());

  const exportButton = h('button', { type: 'button', class: 'secondary', id: 'export-data' }, t('account.export'));
  exportButton.addEventListener('click', () => busy(exportButton, null, async () => {
    const data = await get('/me/export');
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const anchor = h('a', { href: url, download: 'entraide-export.json', hidden: true });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10000);
  }));
  main.append(h('h2', null, t('account.dataTitle')), h('p', null, t('account.exportHelp')), h('div', { class: 'actions' }, exportButton));

  const confirm = checkbox(t('account.deleteConfirm'), { name: 'confirmDelete' });
  const deleteButton = h('button', { type: 'button', class: 'danger', id: 'delete-account' }, t('account.delete'));
  const deleteBox = errorBox();
  deleteButton.addEventListener('click', () => {
    if (!confirm.input.checked) {
      deleteBox.show(t('account.deleteNeedsConfirm'));
      return;
    }
    busy(deleteButton, deleteBox, async () => {
      await del('/me');
      forget();
      navigate('/register');
    });
  });
  main.append(h('h2', null, t('account.deleteTitle')), h('p', null, t('account.deleteHelp')), deleteBox.element, confirm.element,
    h('div', { class: 'actions' }, deleteButton));
}

/** Notifications on this device (web push): a toggle; permission is asked only when the resident turns it on. */
function pushSection() {
  const section = h('section', { 'aria-labelledby': 'push-title' }, h('h2', { id: 'push-title' }, t('account.pushTitle')));
  if (!pushSupported()) {
    section.append(h('p', { class: 'muted' }, t('account.pushUnsupported')));
    return section;
  }
  const box = errorBox();
  const status = h('p', { class: 'muted', role: 'status' });
  const toggle = checkbox(t('account.pushToggle'), { name: 'push', id: 'push-toggle' });
  currentSubscription().then((subscribed) => {
    toggle.input.checked = Boolean(subscribed) && Notification.permission === 'granted';
  }).catch(() => {});
  if (pushBlocked()) {
    toggle.input.disabled = true;
    status.textContent = t('account.pushBlocked');
  }
  toggle.input.addEventListener('change', async () => {
    const wanted = toggle.input.checked;
    toggle.input.disabled = true;
    box.hide();
    status.textContent = '';
    try {
      if (wanted) {
        const allowed = await enablePush();
        toggle.input.checked = allowed;
        status.textContent = allowed ? t('account.pushOn') : t('account.pushBlocked');
      } else {
        await disablePush();
        status.textContent = t('account.pushOff');
      }
    } catch (error) {
      toggle.input.checked = !wanted;
      box.show(error instanceof ApiError ? problemText(error) : t('account.pushFailed'));
    } finally {
      toggle.input.disabled = pushBlocked();
    }
  });
  section.append(h('p', null, t('account.pushHelp')), box.element, toggle.element, status);
  return section;
}

/**
 * One list of people: those I block (GET /me/blocks) or those I mute (GET /me/mutes), each with the button that
 * undoes it; the line goes once undone.
 */
async function relationList(kind) {
  const titleId = `${kind}-title`;
  const box = errorBox();
  const section = h('section', { id: `my-${kind}`, 'aria-labelledby': titleId }, h('h3', { id: titleId }, t(`relations.${kind}Title`)), box.element);
  let items;
  try {
    items = (await get(`/me/${kind}`)).items || [];
  } catch (error) {
    section.append(h('p', { class: 'muted' }, problemText(error)));
    return section;
  }
  const empty = h('p', { class: 'muted', hidden: items.length > 0 }, t(`relations.${kind}Empty`));
  const list = h('ul', { class: 'relations' }, items.map((item) => {
    const person = { id: item.accountId, displayName: item.displayName };
    const undo = h('button', { type: 'button', class: 'secondary' }, t(`relations.${kind}Undo`),
      h('span', { class: 'visually-hidden' }, ` ${item.displayName}`));
    const line = h('li', null, personLink(person), h('span', { class: 'meta' }, t('relations.since', { date: formatDate(item.createdAt, false) })), undo);
    undo.addEventListener('click', () => busy(undo, box, async () => {
      await del(`/me/${kind}/${encodeURIComponent(item.accountId)}`);
      const next = line.nextElementSibling || line.previousElementSibling;
      line.remove();
      announce(t(`relations.${kind}Undone`, { name: item.displayName }));
      if (next) {
        next.querySelector('button').focus();
      } else {
        empty.hidden = false;
        section.querySelector('h3').setAttribute('tabindex', '-1');
        section.querySelector('h3').focus();
      }
    }));
    return line;
  }));
  section.append(empty, list);
  return section;
}

/** "Blocked and muted people": who I block and who I mute, and undoing either. */
async function relationsSection() {
  const [blocks, mutes] = await Promise.all([relationList('blocks'), relationList('mutes')]);
  return h('section', { id: 'relations', 'aria-labelledby': 'relations-title' },
    h('h2', { id: 'relations-title' }, t('relations.title')), h('p', null, t('relations.help')), blocks, mutes);
}
