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

/** The interface's languages: every string comes from /i18n/<lang>.json; French by default. */

const SUPPORTED = ['fr', 'en'];
const KEY = 'entraide.lang';
let current = 'fr';
let messages = {};

export function supported() {
  return SUPPORTED.slice();
}

/**
 * The language to start with: the visitor's earlier choice, else the page's (the server writes index.html in the
 * language the browser prefers), else the operator's default.
 */
export function initialLanguage(defaultLanguage) {
  const saved = localStorage.getItem(KEY);
  if (SUPPORTED.includes(saved)) {
    return saved;
  }
  const page = document.documentElement.getAttribute('lang');
  if (SUPPORTED.includes(page)) {
    return page;
  }
  return SUPPORTED.includes(defaultLanguage) ? defaultLanguage : 'fr';
}

export async function setLanguage(lang, remember = true) {
  const chosen = SUPPORTED.includes(lang) ? lang : 'fr';
  const response = await fetch(`/i18n/${chosen}.json`, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`messages ${chosen}: ${response.status}`);
  }
  messages = await response.json();
  current = chosen;
  if (remember) {
    localStorage.setItem(KEY, chosen);
  }
  document.documentElement.lang = chosen;
}

export function language() {
  return current;
}

/** Whether the interface has a message under this key (a field's name, for instance). */
export function has(key) {
  return Object.prototype.hasOwnProperty.call(messages, key);
}

/**
 * A message in the current language, {name} placeholders replaced.
 * @param {string} key dotted key of the message files
 * @param {object} [vars] values of the placeholders
 */
export function t(key, vars) {
  let text = messages[key];
  if (text === undefined) {
    console.warn('missing message', key);
    text = key;
  }
  if (vars) {
    text = text.replace(/\{(\w+)\}/g, (all, name) => (vars[name] === undefined ? all : String(vars[name])));
  }
  return text;
}

export function formatDate(iso, withTime = true) {
  if (!iso) {
    return '';
  }
  const options = withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'long' };
  return new Intl.DateTimeFormat(current, options).format(new Date(iso));
}

/** A distance as people say it: "less than 1 km", then whole kilometres. */
export function formatDistance(km) {
  if (km === null || km === undefined || Number.isNaN(km)) {
    return '';
  }
  if (km < 1) {
    return t('distance.underOne');
  }
  return t('distance.km', { km: new Intl.NumberFormat(current, { maximumFractionDigits: 0 }).format(Math.round(km)) });
}

export function formatNumber(value) {
  return new Intl.NumberFormat(current).format(value);
}

/** A wait as people say it, from a number of seconds: "dans 5 minutes", "in 2 hours" (rounded up). */
export function formatWait(seconds) {
  const relative = new Intl.RelativeTimeFormat(current, { numeric: 'auto' });
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) {
    return relative.format(s, 'second');
  }
  if (s < 3600) {
    return relative.format(Math.ceil(s / 60), 'minute');
  }
  if (s < 86400) {
    return relative.format(Math.ceil(s / 3600), 'hour');
  }
  return relative.format(Math.ceil(s / 86400), 'day');
}

/** A calendar day the API gives as midnight UTC (such as a profile's memberSince), read in UTC so that it stays that day. */
export function formatDay(iso) {
  return iso ? new Intl.DateTimeFormat(current, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso)) : '';
}
