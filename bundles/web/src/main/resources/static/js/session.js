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
 * The session token. Kept in sessionStorage (this tab, until it closes), or in localStorage when the
 * resident ticks "stay signed in on this device". See docs/web.md for why, and why this is acceptable
 * under the application's Content-Security-Policy.
 */

import { eraseKept } from './offline.js';

const KEY = 'entraide.session';
let me = null;

function read() {
  const raw = sessionStorage.getItem(KEY) || localStorage.getItem(KEY);
  if (!raw) {
    return null;
  }
  try {
    const session = JSON.parse(raw);
    if (session.expiresAt && Date.parse(session.expiresAt) < Date.now()) {
      forget();
      return null;
    }
    return session;
  } catch {
    // corrupt: forgotten
    forget();
    return null;
  }
}

export function token() {
  const session = read();
  return session ? session.token : null;
}

/** The id of the signed-in account, from its session (what is kept for offline reading is keyed by it). */
export function accountId() {
  const session = read();
  return session ? session.accountId : null;
}

export function signedIn() {
  return token() !== null;
}

export function remember(session, persistent) {
  forget();
  const value = JSON.stringify({ token: session.token, expiresAt: session.expiresAt, accountId: session.accountId });
  (persistent ? localStorage : sessionStorage).setItem(KEY, value);
}

export function forget() {
  eraseKept();
  sessionStorage.removeItem(KEY);
  localStorage.removeItem(KEY);
  me = null;
}

/** The signed-in account (GET /me), cached until changed. */
export function currentAccount() {
  return me;
}

export function setCurrentAccount(account) {
  me = account;
}

export function isModerator() {
  return Boolean(me && Array.isArray(me.roles) && (me.roles.includes('MODERATOR') || me.roles.includes('OPERATOR')));
}

/** Whether the signed-in account is a relay, who publishes for people without internet (GET /me roles). */
export function isRelay() {
  return Boolean(me && Array.isArray(me.roles) && me.roles.includes('RELAY'));
}
