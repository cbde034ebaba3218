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
 * Relays, for moderators: who may publish for people without internet. The territory's moderators grant the role
 * RELAY (POST /moderation/relays) or withdraw it (DELETE /moderation/relays/{accountId}), from the list of relays
 * (GET /moderation/relays, with a form taking an account's identifier or its profile link) or from a profile.
 */

import { h, clear, announce } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { get, post, del } from '../api.js';
import { page, field, errorBox, showProblem, problemText, checkForm } from '../ui.js';
import { openDialog } from '../dialog.js';
import { personLink } from './safety.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Granting, after saying what a relay may do. */
export function grant(account) {
  return openDialog({
    title: t('relays.grantTitle', { name: account.displayName || account.id }),
    intro: [t('relays.grantIntro'), h('ul', { class: 'consequences' }, h('li', null, t('relays.grantWhat1')), h('li', null, t('relays.grantWhat2')))],
    confirm: t('relays.grant'),
    action: () => post('/moderation/relays', { accountId: account.id }),
  });
}

/** Withdrawing: the relay keeps access to their beneficiaries' data to export or erase it, nothing more. */
export function revoke(account) {
  return openDialog({
    title: t('relays.revokeTitle', { name: account.displayName || account.id }),
    intro: [t('relays.revokeIntro')],
    confirm: t('relays.revoke'),
    danger: true,
    action: async () => {
      await del(`/moderation/relays/${encodeURIComponent(account.id)}`);
      return true;
    },
  });
}

/** The relays the caller may manage, or null when the API refuses (not a moderator there). */
async function relays() {
  return (await get('/moderation/relays', { limit: 100 })).items || [];
}

/** On a profile, for moderators: whether the account is a relay, and the one action that allows. */
export async function relaySection(profile) {
  const section = h('section', { id: 'profile-relay', 'aria-labelledby': 'profile-relay-title' });
  const draw = async (focus) => {
    let relay;
    try {
      relay = (await relays()).find((item) => item.id === profile.id) || null;
    } catch (error) {
      section.replaceChildren(h('h2', { id: 'profile-relay-title' }, t('relays.title')), h('p', { class: 'muted' }, problemText(error)));
      return;
    }
    const button = h('button', { type: 'button', class: relay ? 'secondary' : 'primary', 'data-action': relay ? 'revoke-relay' : 'grant-relay' },
      relay ? t('relays.revoke') : t('relays.grant'));
    button.addEventListener('click', async () => {
      if (await (relay ? revoke(profile) : grant(profile))) {
        announce(relay ? t('relays.revoked') : t('relays.granted'));
        await draw(true);
      }
    });
    section.replaceChildren(h('h2', { id: 'profile-relay-title' }, t('relays.title')),
      h('p', { role: 'status' }, relay ? t('relays.isRelay', { date: formatDate(relay.since) }) : t('relays.notRelay')),
      h('div', { class: 'actions' }, button));
    if (focus) {
      section.querySelector('button').focus();
    }
  };
  await draw(false);
  return section;
}

/** One relay in the list, with "Retirer le rôle". */
function relayCard(relay, redraw) {
  const button = h('button', { type: 'button', class: 'secondary', 'data-action': 'revoke-relay' }, t('relays.revoke'),
    h('span', { class: 'visually-hidden' }, ` : ${relay.displayName}`));
  button.addEventListener('click', async () => {
    if (await revoke(relay)) {
      announce(t('relays.revoked'));
      await redraw();
    }
  });
  return h('li', { class: 'card', 'data-relay-id': relay.id },
    h('h2', { class: 'title-text' }, personLink(relay)),
    h('p', { class: 'meta' }, t('relays.since', { date: formatDate(relay.since) })),
    h('div', { class: 'actions' }, button));
}

/** The "Relais" tab of the moderation screens. */
export async function renderList(main, tabs) {
  page(main, t('relays.title'), tabs, h('p', null, t('relays.intro')));
  const box = errorBox();
  const account = field(t('relays.account'), { type: 'text', name: 'accountId', autocomplete: 'off' }, { required: true, help: t('relays.accountHelp') });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('relays.grant'));
  const form = h('form', { novalidate: true, id: 'relay-grant-form', 'aria-labelledby': 'relay-grant-title' }, box.element, account.wrapper,
    h('div', { class: 'actions' }, submit));
  const holder = h('div', { id: 'relays' });
  main.append(h('h2', { id: 'relay-grant-title' }, t('relays.grantHeading')), form, h('h2', null, t('relays.listTitle')), holder);
  const redraw = async () => {
    try {
      const items = await relays();
      clear(holder).append(items.length ? h('ul', { class: 'cards', id: 'relay-list', 'aria-label': t('relays.listTitle') },
        items.map((relay) => relayCard(relay, redraw))) : h('p', { class: 'empty' }, t('relays.empty')));
    } catch (error) {
      clear(holder).append(h('p', { class: 'notice error-box' }, error.status === 403 ? t('moderation.only') : problemText(error)));
    }
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const found = account.input.value.match(UUID);
    const unreadable = account.input.value.trim() && !found ? [{ field: 'accountId', code: 'not_an_id', message: t('relays.accountInvalid') }] : [];
    if (!checkForm(box, { accountId: account }, unreadable)) {
      return;
    }
    submit.disabled = true;
    try {
      const profile = await get(`/accounts/${encodeURIComponent(found[0])}`);
      if (await grant(profile)) {
        account.input.value = '';
        announce(t('relays.granted'));
        await redraw();
      }
    } catch (error) {
      showProblem(box, error, { accountId: account });
    } finally {
      submit.disabled = false;
    }
  });
  await redraw();
}
