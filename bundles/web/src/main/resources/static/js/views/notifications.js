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

/** What happened to what the resident follows or wrote. */

import { h } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { get, post } from '../api.js';
import { page, busy } from '../ui.js';
import { onLeave, refreshBadge, navigate } from '../nav.js';
import { pager } from './common.js';

const ROUTES = { POST: 'posts', CONVERSATION: 'conversations', ACTOR: 'actors', OPERATION: 'operations' };

/**
 * What a notification says: who did what when the server named them (data.displayName, "Marie a répondu à votre
 * demande « … »"), else the older sentence; a kind may say more for one kind of post (alert.match.REQUEST).
 */
function describe(n) {
  const data = n.data || {};
  const keys = [];
  if (data.displayName) {
    keys.push(data.kind ? `notification.${n.kind}.by.${data.kind}` : null, `notification.${n.kind}.by`);
  }
  keys.push(data.kind ? `notification.${n.kind}.${data.kind}` : null, `notification.${n.kind}`);
  for (const key of keys.filter(Boolean)) {
    const text = t(key, data);
    if (text !== key) {
      return text;
    }
  }
  return t('notification.generic', { kind: n.kind });
}

export async function render(main) {
  page(main, t('notifications.title'));
  const all = h('button', { type: 'button', class: 'secondary' }, t('notifications.markAll'));
  all.addEventListener('click', () => busy(all, null, async () => {
    await post('/notifications/read', { all: true });
    await refreshBadge();
    navigate('/notifications');
  }));
  main.append(h('div', { class: 'actions' }, all));
  const list = h('ul', { class: 'cards', 'aria-label': t('notifications.title') });
  main.append(list);
  const paging = pager({
    list,
    load: (cursor) => get('/notifications', { cursor, limit: 20 }),
    onItems: (n) => {
      const route = ROUTES[n.subjectType];
      const text = describe(n);
      return h('li', { class: 'card' },
        h('p', null, n.read ? null : h('span', { class: 'tag' }, t('notifications.new')), ' ',
          route && n.subjectId ? h('a', { href: `#/${route}/${encodeURIComponent(n.subjectId)}` }, text) : text),
        h('p', { class: 'meta' }, formatDate(n.createdAt)));
    },
    emptyState: () => h('div', { class: 'empty' }, h('p', null, t('notifications.empty')),
      h('div', { class: 'actions' }, h('a', { class: 'btn secondary', href: '#/alerts' }, t('empty.setAlert')))),
    onLeave,
  });
  main.append(paging.element);
  await paging.next();
}
