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
 * Offline reading. The last answers of the screens a resident reads (feed, conversations, notifications, and what
 * they need: the account, categories) are kept in IndexedDB, keyed by the account's id, and erased at sign-out:
 * never another account's data. When the network is gone, api.js serves them from here and the app says so
 * (a banner), read-only: the controls that would write are disabled until the network is back, when the screen
 * is drawn again. The service worker keeps the shell (sw.js) and never an API answer.
 */

import { h, announce } from './dom.js';
import { t } from './i18n.js';

const DATABASE = 'entraide-offline';
const STORE = 'responses';
/** The GET paths kept (the first page only: no cursor). */
const KEPT = /^\/(me|categories|radius-options|feed|conversations(\/[^/]+)?|notifications(\/unread-count)?)$/;

let database = null;
let offline = false;
let observer = null;
const listeners = [];

function open() {
  if (!database) {
    database = new Promise((resolve, reject) => {
      if (!window.indexedDB) {
        reject(new Error('no IndexedDB'));
        return;
      }
      const request = window.indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    }).catch((error) => {
      database = null;
      throw error;
    });
  }
  return database;
}

function transaction(mode, work) {
  return open().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = work(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request ? request.result : undefined);
    tx.onerror = () => reject(tx.error);
  }));
}

/** Whether the answer of this GET is kept for offline reading. */
export function kept(path, query) {
  return KEPT.test(path) && !(query && query.cursor);
}

const keyOf = (accountId, address) => `${accountId} ${address}`;

/** Keeps an answer for this account (failures are ignored: reading offline is a convenience). */
export function keep(accountId, address, json) {
  if (accountId) {
    transaction('readwrite', (store) => store.put(json, keyOf(accountId, address))).catch(() => {});
  }
}

/** The answer kept for this account, or undefined. */
export function recall(accountId, address) {
  if (!accountId) {
    return Promise.resolve(undefined);
  }
  return transaction('readonly', (store) => store.get(keyOf(accountId, address))).catch(() => undefined);
}

/** Erases every kept answer (sign-out, an ended session). */
export function eraseKept() {
  transaction('readwrite', (store) => store.clear()).catch(() => {});
}

/** Whether the app shows kept answers, without a network. */
export function isOffline() {
  return offline;
}

/** Called with the new state whenever the app goes offline or comes back. */
export function onOfflineChange(listener) {
  listeners.push(listener);
}

const WRITING = 'main button, main input, main select, main textarea';

/** Read-only: what writes is disabled, links that lead to a form say they are off. */
function freeze(root) {
  for (const control of root.querySelectorAll(WRITING)) {
    if (!control.disabled) {
      control.disabled = true;
      control.dataset.offline = '';
    }
  }
  for (const link of root.querySelectorAll('main a.btn')) {
    link.setAttribute('aria-disabled', 'true');
    link.dataset.offline = '';
  }
}

function thaw() {
  for (const element of document.querySelectorAll('[data-offline]')) {
    if ('disabled' in element && element.tagName !== 'A') {
      element.disabled = false;
    }
    element.removeAttribute('aria-disabled');
    delete element.dataset.offline;
  }
}

const banner = h('div', { class: 'notice offline-banner', id: 'offline-banner', hidden: true });

/** The banner in the current language (the account may have been read offline before the messages). */
export function translateOffline() {
  banner.textContent = t('offline.banner');
}

/** The app answers from what was kept: the banner shows, and what writes is disabled. */
export function markOffline() {
  if (offline) {
    return;
  }
  offline = true;
  document.body.classList.add('offline');
  banner.textContent = t('offline.banner');
  if (!banner.isConnected) {
    document.getElementById('main').before(banner);
  }
  banner.hidden = false;
  const main = document.getElementById('main');
  freeze(document);
  // What a screen adds or enables later (a pager's button after its load) is frozen as well.
  observer = new MutationObserver(() => freeze(document));
  observer.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  announce(t('offline.banner'));
  listeners.forEach((listener) => listener(true));
}

/** The network is back. */
export function markOnline() {
  if (!offline) {
    return;
  }
  offline = false;
  document.body.classList.remove('offline');
  banner.hidden = true;
  if (observer) {
    observer.disconnect();
    observer = null;
  }
  thaw();
  listeners.forEach((listener) => listener(false));
}

// A link turned off offline does nothing.
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[aria-disabled="true"]');
  if (link) {
    event.preventDefault();
  }
}, true);
