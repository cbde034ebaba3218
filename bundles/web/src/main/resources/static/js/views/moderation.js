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

/** The moderators' report queue: open reports, and hiding or restoring the reported posts. */

import { h, announce } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { get, post } from '../api.js';
import { page, busy, problemText } from '../ui.js';
import { onLeave } from '../nav.js';
import { pager } from './common.js';

const ROUTES = { POST: 'posts', ACTOR: 'actors', OPERATION: 'operations' };

function moderateButtons(report) {
  if (report.targetType !== 'POST') {
    return null;
  }
  const state = h('span', { class: 'muted', role: 'status' });
  const make = (action, label, cls) => {
    const button = h('button', { type: 'button', class: cls, 'data-action': action }, label);
    button.addEventListener('click', () => busy(button, null, async () => {
      const result = await post(`/moderation/posts/${encodeURIComponent(report.targetId)}/${action}`);
      state.textContent = t(`post.status.${result.status}`);
      announce(state.textContent);
    }));
    return button;
  };
  return h('div', { class: 'actions' }, make('hide', t('moderation.hide'), 'danger'), make('restore', t('moderation.restore'), 'secondary'), state);
}

export async function render(main) {
  page(main, t('moderation.queue'));
  const list = h('ul', { class: 'cards', id: 'report-list', 'aria-label': t('moderation.queue') });
  main.append(list);
  const paging = pager({
    list,
    load: (cursor) => get('/moderation/reports', { cursor, limit: 20 }),
    onItems: (report) => {
      const route = ROUTES[report.targetType];
      return h('li', { class: 'card' },
        h('p', { class: 'row' }, h('span', { class: 'tag' }, t(`report.target.${report.targetType}`)), h('span', { class: 'meta' }, formatDate(report.createdAt))),
        h('p', { class: 'pre' }, report.reason),
        route ? h('p', null, h('a', { href: `#/${route}/${encodeURIComponent(report.targetId)}` }, t('moderation.open'))) : null,
        moderateButtons(report));
    },
    emptyState: () => h('p', { class: 'empty' }, t('moderation.empty')),
    onLeave,
  });
  main.append(paging.element);
  try {
    await paging.next();
  } catch (error) {
    list.replaceWith(h('p', { class: 'notice error-box' }, error.status === 403 ? t('moderation.only') : problemText(error)));
  }
}
