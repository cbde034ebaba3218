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
 * "Moi": everything the tab bar leaves out — notifications, alerts, the account and its settings, a relay's
 * beneficiaries, the moderators' screens, the language and signing out.
 */

import { h } from '../dom.js';
import { t, language } from '../i18n.js';
import { currentAccount, isModerator, isRelay } from '../session.js';
import { page } from '../ui.js';
import { signOut, unreadOthers, fillBadge } from '../nav.js';

function entry(route, label, extra) {
  return h('li', null, h('a', { href: `#${route}`, class: 'me-link' }, h('span', null, label), extra));
}

export async function render(main) {
  const me = currentAccount();
  page(main, t('me.title'), h('p', { class: 'muted' }, t('me.signedInAs', { name: me.displayName })));
  const activity = [
    entry('/notifications', t('nav.notifications'), fillBadge(h('span', { class: 'badge' }), unreadOthers(), 'nav.unread')),
    entry('/alerts', t('account.alerts')),
  ];
  const settings = [
    entry('/account', t('nav.account')),
    entry('/settings/notifications', t('me.notificationSettings')),
  ];
  main.append(h('h2', { id: 'me-activity' }, t('me.activity')),
    h('ul', { class: 'me-list', 'aria-labelledby': 'me-activity' }, activity),
    h('h2', { id: 'me-settings' }, t('me.settings')),
    h('ul', { class: 'me-list', 'aria-labelledby': 'me-settings' }, settings));
  const roles = [];
  if (isRelay()) {
    roles.push(entry('/relay', t('nav.relay')));
  }
  if (isModerator()) {
    roles.push(entry('/moderation', t('nav.moderation')), entry('/dashboard', t('moderation.dashboardTab')));
  }
  if (roles.length) {
    main.append(h('h2', { id: 'me-roles' }, t('me.roles')), h('ul', { class: 'me-list', 'aria-labelledby': 'me-roles' }, roles));
  }
  const other = language() === 'fr' ? 'en' : 'fr';
  // The header's switch does the work (messages, the account's language, the screen drawn again).
  const switchLanguage = h('button', { type: 'button', class: 'secondary', lang: other, 'aria-label': t(`lang.switchLabel.${other}`),
    onclick: () => document.getElementById('lang-switch').click() }, t(`lang.switchTo.${other}`));
  main.append(h('h2', { id: 'me-language' }, t('me.language')),
    h('p', { class: 'row' }, h('span', null, t(`lang.name.${language()}`)), switchLanguage),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', id: 'sign-out', onclick: signOut }, t('nav.signOut'))));
}
