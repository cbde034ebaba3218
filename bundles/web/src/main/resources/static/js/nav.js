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
 * Navigation: moving between screens, what a screen stops when it is left, the nav bar and its
 * notifications badge. The screens import it; app.js, which owns the routes, hands it the router.
 */

import { h, clear, announce } from './dom.js';
import { t } from './i18n.js';
import { get, call } from './api.js';
import { signedIn, forget } from './session.js';

const nav = document.getElementById('nav');
let cleanup = [];
let router = () => {};

/** app.js gives the function that renders the current hash route. */
export function setRouter(fn) {
  router = fn;
}

/** Screens register timers or observers to stop when the resident leaves them. */
export function onLeave(fn) {
  cleanup.push(fn);
}

/** Runs, once, what the screen being left registered with onLeave. */
export function leaveScreen() {
  for (const fn of cleanup.splice(0)) {
    try {
      fn();
    } catch {
      // leaving anyway
    }
  }
}

export function navigate(route) {
  if (window.location.hash === `#${route}`) {
    router();
  } else {
    window.location.hash = route;
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** The tabs' pictograms: strokes of a 24-unit square, drawn in the text's colour. */
const ICONS = {
  feed: ['M4 6h16', 'M4 12h16', 'M4 18h10'],
  actors: ['M3 10l9-6 9 6', 'M5 9v11h14V9', 'M10 20v-6h4v6'],
  publish: ['M12 7v10', 'M7 12h10', 'M12 3a9 9 0 1 0 0.01 0'],
  conversations: ['M4 5h16v11H9l-5 4z'],
  me: ['M12 4a4 4 0 1 0 0.01 0', 'M4 21c0-4.5 3.6-7 8-7s8 2.5 8 7'],
};

function icon(name) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of ICONS[name]) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

/**
 * One destination of the tab bar: a pictogram (with a badge's count) and a short label, then the badge's sentence for
 * screen readers, so that the name starts with the label ("Moi, 3 non lues"); `name` is a longer accessible name that
 * starts with the label (what is seen is what a voice command says).
 */
function tab(route, section, label, current, { name, badge: extra } = {}) {
  return h('li', null, h('a', {
    href: `#${route}`, class: 'tab', 'aria-current': section === current ? 'page' : null, 'data-nav': section,
    'aria-label': name || null,
  }, h('span', { class: 'tab-icon' }, icon(section), extra && extra.count), h('span', { class: 'tab-label' }, label),
  extra && extra.said));
}

function navLink(route, key, section, current) {
  return h('li', null, h('a', { href: `#${route}`, class: 'tab', 'aria-current': section === current ? 'page' : null, 'data-nav': section }, t(key)));
}

/**
 * A tab's badge: the count drawn over the icon for the eyes, and a sentence after the label for screen readers, so
 * that the tab's name starts with its label ("Moi, 5 notifications non lues").
 */
function tabBadge(id) {
  return { count: h('span', { class: 'badge', hidden: true, id, 'aria-hidden': 'true' }), said: h('span', { class: 'visually-hidden' }) };
}

/** Shows a count on a tab's badge, or hides it at zero. */
function fillTabBadge(pair, count, key) {
  pair.count.textContent = count > 0 ? String(count) : '';
  pair.count.hidden = !(count > 0);
  pair.said.textContent = count > 0 ? `, ${t(key, { count })}` : '';
}

/** Unread notifications about conversations (answers, messages), on the Messages tab. */
const badge = tabBadge('unread-badge');
/** The other unread notifications, on the "Moi" tab (they are read from the "Moi" screen). */
const meBadge = tabBadge('me-badge');
let unread = { conversations: [], others: 0 };

/** The sections whose screens are reached from "Moi". */
const UNDER_ME = ['me', 'notifications', 'account', 'relay', 'moderation'];

/**
 * The navigation: on a phone a tab bar at the bottom of the screen, five destinations at most (Fil, Acteurs,
 * Publier, Messages, Moi); everything else is listed on the "Moi" screen. On a wider screen the same tabs stay at
 * the top.
 */
export function renderNav(section) {
  clear(nav);
  nav.setAttribute('aria-label', t('nav.label'));
  const items = [];
  const publishing = /^#\/posts\/new(\?|$)/.test(window.location.hash);
  const current = publishing ? 'publish' : UNDER_ME.includes(section) ? 'me' : section;
  if (signedIn()) {
    items.push(tab('/feed', 'feed', t('nav.feed'), current));
    items.push(tab('/actors', 'actors', t('nav.tab.actors'), current, { name: t('nav.actors') }));
    items.push(tab('/posts/new', 'publish', t('nav.tab.publish'), current, { name: t('feed.newPost') }));
    items.push(tab('/conversations', 'conversations', t('nav.conversations'), current, { badge }));
    items.push(tab('/me', 'me', t('nav.me'), current, { badge: meBadge }));
  } else {
    items.push(navLink('/register', 'nav.register', 'register', section));
    items.push(navLink('/signin', 'nav.signin', 'signin', section));
  }
  nav.classList.toggle('tab-bar', signedIn());
  document.body.classList.toggle('with-tab-bar', signedIn());
  nav.append(h('ul', null, items));
}

// The page keeps room under its content for the tab bar, whatever its height (text size, wrapped labels).
new ResizeObserver(() => {
  const fixed = window.getComputedStyle(nav).position === 'fixed';
  document.documentElement.style.setProperty('--tab-bar-height', fixed ? `${nav.offsetHeight}px` : '0px');
}).observe(nav);

/** A count in a badge: the number for the eyes, a sentence for screen readers (a span takes no aria-label). */
export function fillBadge(element, count, key) {
  clear(element);
  if (count > 0) {
    element.append(h('span', { 'aria-hidden': 'true' }, String(count)), h('span', { class: 'visually-hidden' }, ` ${t(key, { count })}`));
  }
  element.hidden = !(count > 0);
  return element;
}

/** The unread notifications, split between conversations (the Messages tab) and the rest (the "Moi" tab). */
export async function refreshBadge() {
  if (!signedIn()) {
    fillTabBadge(badge, 0);
    fillTabBadge(meBadge, 0);
    return;
  }
  try {
    const { unreadCount: count } = await get('/notifications/unread-count');
    const items = count > 0 ? (await get('/notifications', { limit: 50 })).items.filter((n) => !n.read) : [];
    const conversations = items.filter((n) => n.subjectType === 'CONVERSATION');
    unread = { conversations, others: count - conversations.length };
    fillTabBadge(badge, conversations.length, 'nav.unreadMessages');
    fillTabBadge(meBadge, unread.others, 'nav.unread');
  } catch {
    fillTabBadge(badge, 0); // no count to show
    fillTabBadge(meBadge, 0);
  }
}

/** How many notifications, conversations aside, are unread (the "Moi" screen shows it beside "Notifications"). */
export function unreadOthers() {
  return unread.others;
}

/** Opening a conversation reads the notifications about it (answers and messages), and the badge follows. */
export async function readConversation(id) {
  const ids = unread.conversations.filter((n) => n.subjectId === id).map((n) => n.id);
  if (ids.length) {
    try {
      await call('POST', '/notifications/read', { body: { ids } });
    } catch {
      // the badge stays as it was
    }
    await refreshBadge();
  }
}

/** Signs out here and on the server. */
export async function signOut() {
  try {
    await call('DELETE', '/sessions/current');
  } catch {
    // already gone: signed out either way
  }
  forget();
  announce(t('signin.signedOut'));
  navigate('/signin');
}
