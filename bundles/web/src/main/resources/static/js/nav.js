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
import { signedIn, forget, isModerator, isRelay } from './session.js';

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

function navLink(route, key, section, current, extra) {
  return h('li', null, h('a', { href: `#${route}`, 'aria-current': section === current ? 'page' : null, 'data-nav': section }, t(key), extra));
}

const badge = h('span', { class: 'badge', hidden: true, id: 'unread-badge' });

export function renderNav(section) {
  clear(nav);
  nav.setAttribute('aria-label', t('nav.label'));
  const items = [];
  if (signedIn()) {
    items.push(navLink('/feed', 'nav.feed', 'feed', section));
    items.push(navLink('/actors', 'nav.actors', 'actors', section));
    items.push(navLink('/conversations', 'nav.conversations', 'conversations', section));
    items.push(navLink('/notifications', 'nav.notifications', 'notifications', section, badge));
    items.push(navLink('/account', 'nav.account', 'account', section));
    if (isRelay()) {
      items.push(navLink('/relay', 'nav.relay', 'relay', section));
    }
    if (isModerator()) {
      items.push(navLink('/moderation', 'nav.moderation', 'moderation', section));
    }
    items.push(h('li', null, h('button', { type: 'button', class: 'link', id: 'sign-out', onclick: signOut }, t('nav.signOut'))));
  } else {
    items.push(navLink('/register', 'nav.register', 'register', section));
    items.push(navLink('/signin', 'nav.signin', 'signin', section));
  }
  nav.append(h('ul', null, items));
}

export async function refreshBadge() {
  if (!signedIn()) {
    badge.hidden = true;
    return;
  }
  try {
    const { unreadCount: count } = await get('/notifications/unread-count');
    badge.textContent = count > 0 ? String(count) : '';
    badge.hidden = !(count > 0);
    badge.setAttribute('aria-label', t('nav.unread', { count }));
  } catch {
    badge.hidden = true; // no count to show
  }
}

async function signOut() {
  try {
    await call('DELETE', '/sessions/current');
  } catch {
    // already gone: signed out either way
  }
  forget();
  announce(t('signin.signedOut'));
  navigate('/signin');
}
