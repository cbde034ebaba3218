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
 * The moderators' screens: the queue of open reports grouped by what they target (GET
 * /moderation/report-groups), each card with the one action its state allows, and the log of what the moderators
 * did (GET /moderation/log).
 */

import { h, clear, announce } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { get } from '../api.js';
import { page, problemText } from '../ui.js';
import { onLeave } from '../nav.js';
import { pager } from './common.js';
import { personLink } from './safety.js';
import { hide, restore, dismiss, ROUTES, suspensionText } from './moderation-actions.js';
import { renderList as renderRelayList } from './relays-moderation.js';

/** The two tabs: the queue and the log. */
function tabs(current) {
  const tab = (route, key) => h('li', null, h('a', { href: `#${route}`, 'aria-current': current === route ? 'page' : null }, t(key)));
  return h('nav', { 'aria-label': t('moderation.tabs') }, h('ul', { class: 'tabs' },
    tab('/moderation', 'moderation.queueTab'), tab('/moderation/log', 'moderation.logTab'), tab('/moderation/relays', 'moderation.relaysTab'),
    tab('/dashboard', 'moderation.dashboardTab')));
}

/** What a card's target is: its summary, linked to its page where it has one. */
function targetHeading(item, level) {
  const route = ROUTES[item.targetType];
  const text = item.summary || t(`report.target.${item.targetType}`);
  return h(level, { class: 'title-text' }, route ? h('a', { href: `#/${route}/${encodeURIComponent(item.targetId)}` }, text) : text);
}

/**
 * One reported target. Its actions follow its state: visible, "Hide" and "Dismiss"; hidden, "Restore" only;
 * dismissed, none. An account cannot be hidden: its card leads to the profile, where it can be suspended.
 */
function groupCard(group) {
  let hidden = Boolean(group.hidden);
  let dismissed = false;
  const state = h('p', { class: 'state', role: 'status', tabindex: '-1' });
  const actions = h('div', { class: 'actions' });
  const card = h('li', { class: 'card report-group', 'data-target-type': group.targetType, 'data-target-id': group.targetId },
    h('p', { class: 'row' }, h('span', { class: 'tag' }, t(`report.target.${group.targetType}`)),
      h('span', { class: 'tag count' }, t('moderation.count', { count: group.count }))),
    targetHeading(group, 'h2'),
    group.authorId || group.authorName ? h('p', { class: 'meta' }, t('moderation.author'), ' ',
      personLink(group.authorId ? { id: group.authorId, displayName: group.authorName } : null, group.authorName)) : null,
    h('p', { class: 'meta' }, h('span', null, t('moderation.firstReported', { date: formatDate(group.firstReportedAt) })),
      group.lastReportedAt && group.lastReportedAt !== group.firstReportedAt
        ? h('span', null, t('moderation.lastReported', { date: formatDate(group.lastReportedAt) })) : null),
    h('p', { class: 'label' }, t('moderation.reasons')),
    h('ul', { class: 'reasons' }, (group.reasons || []).map((reason) => h('li', { class: 'pre' }, reason))),
    state, actions);
  const button = (key, cls, action, run) => {
    const control = h('button', { type: 'button', class: cls, 'data-action': action }, t(key),
      h('span', { class: 'visually-hidden' }, ` : ${group.summary || t(`report.target.${group.targetType}`)}`));
    control.addEventListener('click', run);
    return control;
  };
  const draw = (focus) => {
    state.textContent = dismissed ? t('moderation.stateDismissed') : hidden ? t('moderation.stateHidden') : '';
    state.hidden = !state.textContent;
    clear(actions);
    if (dismissed) {
      // nothing left to do
    } else if (group.targetType === 'ACCOUNT') {
      actions.append(h('a', { class: 'btn secondary', href: `#/accounts/${encodeURIComponent(group.targetId)}` }, t('moderation.openProfile')),
        button('moderation.dismiss', 'secondary', 'dismiss', onDismiss));
    } else if (hidden) {
      actions.append(button('moderation.restore', 'secondary', 'restore', onRestore));
    } else {
      actions.append(button('moderation.hide', 'danger', 'hide', onHide), button('moderation.dismiss', 'secondary', 'dismiss', onDismiss));
    }
    if (focus) {
      (actions.querySelector('button') || state).focus();
    }
  };
  async function onHide() {
    if (await hide(group.targetType, group.targetId)) {
      hidden = true;
      draw(true);
      announce(t('moderation.hidden'));
    }
  }
  async function onRestore() {
    if (await restore(group.targetType, group.targetId)) {
      hidden = false;
      draw(true);
      announce(t('moderation.restored'));
    }
  }
  async function onDismiss() {
    if (await dismiss(group.targetType, group.targetId)) {
      dismissed = true;
      draw(true);
      announce(t('moderation.stateDismissed'));
    }
  }
  draw(false);
  return card;
}

/** A 403 says the screen is for moderators; anything else says what went wrong. */
function refusal(list, error) {
  list.replaceWith(h('p', { class: 'notice error-box' }, error.status === 403 ? t('moderation.only') : problemText(error)));
}

export async function render(main) {
  page(main, t('moderation.queue'), tabs('/moderation'));
  const list = h('ul', { class: 'cards', id: 'report-list', 'aria-label': t('moderation.queue') });
  main.append(list);
  const paging = pager({
    list,
    load: (cursor) => get('/moderation/report-groups', { cursor, limit: 20 }),
    onItems: groupCard,
    emptyState: () => h('p', { class: 'empty' }, t('moderation.empty')),
    onLeave,
  });
  main.append(paging.element);
  try {
    await paging.next();
  } catch (error) {
    refusal(list, error);
  }
}

/** One line of the log: who did what to what, why, when. */
function logEntry(entry) {
  return h('li', { class: 'card log-entry', 'data-action': entry.action },
    h('p', { class: 'row' }, h('strong', null, t(`moderation.action.${entry.action}`)),
      h('span', { class: 'tag' }, t(`report.target.${entry.targetType}`)), h('span', { class: 'meta' }, formatDate(entry.at))),
    targetHeading(entry, 'h2'),
    h('p', { class: 'meta' }, h('span', null, t('moderation.by'), ' ', personLink(entry.moderatorId ? { id: entry.moderatorId, displayName: entry.moderatorName } : null)),
      entry.territory ? h('span', null, t('moderation.territory', { territory: entry.territory })) : null),
    entry.reason ? h('p', { class: 'pre' }, h('span', { class: 'label' }, t('moderation.reason')), ' ', entry.reason) : null,
    entry.action === 'SUSPEND' ? h('p', null, suspensionText(entry.until)) : null);
}

export async function renderLog(main) {
  page(main, t('moderation.log'), tabs('/moderation/log'));
  const list = h('ul', { class: 'cards', id: 'moderation-log', 'aria-label': t('moderation.log') });
  main.append(list);
  const paging = pager({
    list,
    load: (cursor) => get('/moderation/log', { cursor, limit: 20 }),
    onItems: logEntry,
    emptyState: () => h('p', { class: 'empty' }, t('moderation.logEmpty')),
    onLeave,
  });
  main.append(paging.element);
  try {
    await paging.next();
  } catch (error) {
    refusal(list, error);
  }
}

/** The "Relais" tab: the relays, granting and withdrawing the role. */
export async function renderRelays(main) {
  await renderRelayList(main, tabs('/moderation/relays'));
}
