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
 * A resident's public profile (GET /accounts/{id}): their name and since when they are a member; report them,
 * block or mute them. Moderators also suspend the account or reinstate it.
 */

import { h, link } from '../dom.js';
import { t, formatDay } from '../i18n.js';
import { get } from '../api.js';
import { currentAccount, isModerator } from '../session.js';
import { page } from '../ui.js';
import { reportButton, relationButtons } from './safety.js';
import { suspend, reinstate, suspensionText } from './moderation-actions.js';
import { relaySection } from './relays-moderation.js';

/** What I see of someone I blocked or muted. */
function relationNotice(profile) {
  if (profile.blocked) {
    return h('p', { class: 'notice', id: 'relation-notice' }, t('profile.blockedNotice', { name: profile.displayName }));
  }
  if (profile.muted) {
    return h('p', { class: 'notice', id: 'relation-notice' }, t('profile.mutedNotice', { name: profile.displayName }));
  }
  return h('p', { id: 'relation-notice', hidden: true });
}

/**
 * Suspension, for moderators: the account's state when the API tells it (status, suspendedUntil) and the one
 * action it allows; after an action, the state the API answered.
 */
function suspensionSection(profile) {
  const section = h('section', { id: 'profile-moderation', 'aria-labelledby': 'profile-moderation-title' });
  const draw = (account, focus) => {
    const suspended = account.status === 'SUSPENDED';
    const button = h('button', { type: 'button', class: suspended ? 'secondary' : 'danger', 'data-action': suspended ? 'reinstate' : 'suspend' },
      suspended ? t('moderation.reinstate') : t('moderation.suspend'));
    button.addEventListener('click', async () => {
      const changed = await (suspended ? reinstate(profile) : suspend(profile));
      if (changed) {
        draw({ ...account, ...changed }, true);
      }
    });
    section.replaceChildren(h('h2', { id: 'profile-moderation-title' }, t('moderation.title')),
      h('p', { role: 'status' }, suspended ? suspensionText(account.suspendedUntil) : account.status === 'ACTIVE' ? t('moderation.accountActive') : ''),
      h('div', { class: 'actions' }, button));
    if (focus) {
      button.focus();
    }
  };
  draw(profile, false);
  return section;
}

export async function render(main, params) {
  const me = currentAccount();
  const profile = await get(`/accounts/${encodeURIComponent(params.id)}`);
  page(main, profile.displayName,
    profile.memberSince ? h('p', { class: 'muted' }, t('profile.memberSince', { date: formatDay(profile.memberSince) })) : null);
  if (profile.id === me.id) {
    main.append(h('p', { class: 'notice' }, t('profile.yours'), ' ', link('/account', t('profile.toAccount'))));
    return;
  }
  let notice = relationNotice(profile);
  const state = { blocked: Boolean(profile.blocked), muted: Boolean(profile.muted) };
  main.append(notice, h('div', { class: 'actions', id: 'profile-actions' },
    reportButton('ACCOUNT', profile.id),
    relationButtons(profile, state, (changed) => {
      const fresh = relationNotice({ ...profile, ...changed });
      notice.replaceWith(fresh);
      notice = fresh;
    })));
  if (isModerator()) {
    main.append(suspensionSection(profile), await relaySection(profile));
  }
}
