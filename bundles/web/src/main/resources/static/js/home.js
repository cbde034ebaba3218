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
 * Choosing a home: search the places gazetteer (GET /places?q=), the browser's geolocation, or a tap on
 * the map. The exact point goes to the API alone, which keeps it private.
 */

import { h, uid, clear, announce } from './dom.js';
import { t } from './i18n.js';
import { get } from './api.js';
import { createMap } from './map.js';
import { problemText, markError } from './ui.js';

/**
 * Searches the gazetteer (GET /places?q=) and lists what it found in `results` as buttons; `onChoose(place)` is
 * called with the place a button stands for. Shared by the home picker and the landing page.
 */
export async function findPlaces(text, results, onChoose) {
  const q = text.trim();
  clear(results);
  if (q.length < 2) {
    return;
  }
  try {
    const found = await get('/places', { q, limit: 8 });
    if (!found.items.length) {
      results.append(h('li', null, t('home.noPlace')));
    }
    for (const place of found.items) {
      const label = [place.name, place.postalCodes && place.postalCodes[0], place.departmentName].filter(Boolean).join(', ');
      results.append(h('li', null, h('button', { type: 'button', onclick: () => onChoose(place) }, label)));
    }
    announce(t('home.found', { count: found.items.length }));
  } catch (failed) {
    results.append(h('li', { class: 'error' }, problemText(failed)));
  }
}

export function homePicker({ initial, initialLabel, legend, help, chosenKey = 'home.chosen', required = false, label } = {}) {
  let chosen = initial || null;
  const searchId = uid('place');
  const errorId = `${searchId}-error`;
  const query = h('input', { type: 'search', id: searchId, name: 'place', autocomplete: 'address-level2', placeholder: t('home.searchPlaceholder'),
    'aria-describedby': errorId });
  const results = h('ul', { class: 'places', 'aria-label': t('home.results') });
  const summary = h('p', { class: 'notice', 'aria-live': 'polite' }, chosen ? t(chosenKey, { place: initialLabel || t('home.yourHome') }) : t('home.none'));
  const error = h('p', { class: 'error', id: errorId, hidden: true });
  const mapped = createMap({ label: t('home.mapLabel'), small: true, onTap: (point) => choose(point, t('home.tapped')) });
  let homeMarker = null;

  function choose(point, label) {
    chosen = { lat: Number(point.lat.toFixed(6)), lon: Number(point.lon.toFixed(6)) };
    summary.textContent = t(chosenKey, { place: label });
    error.hidden = true;
    query.removeAttribute('aria-invalid');
    if (homeMarker) {
      homeMarker.remove();
    }
    homeMarker = mapped.marker(chosen, 'HOME');
    mapped.map.setView([chosen.lat, chosen.lon], Math.max(mapped.map.getZoom(), 12));
    announce(summary.textContent);
  }

  function search(event) {
    event.preventDefault();
    return findPlaces(query.value, results, (place) => { choose(place.location, place.name); clear(results); });
  }

  const locate = h('button', { type: 'button', class: 'secondary', onclick: () => {
    if (!navigator.geolocation) {
      error.textContent = t('home.noGeolocation');
      error.hidden = false;
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => choose({ lat: position.coords.latitude, lon: position.coords.longitude }, t('home.located')),
      () => { error.textContent = t('home.geolocationFailed'); error.hidden = false; },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 });
  } }, t('home.useLocation'));

  const element = h('fieldset', { class: 'field home-picker' },
    h('legend', null, legend || t('home.legend')),
    h('p', { class: 'help' }, help || t('home.privacy')),
    h('label', { for: searchId }, t('home.searchLabel')),
    h('div', { class: 'row' }, query, h('button', { type: 'button', class: 'secondary', onclick: search }, t('home.search')), locate),
    results, error,
    h('p', { class: 'help' }, t('home.tapHelp')),
    mapped.element, summary);
  query.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      search(event);
    }
  });
  if (chosen) {
    homeMarker = mapped.marker(chosen, 'HOME');
    mapped.map.setView([chosen.lat, chosen.lon], 12);
  }
  return {
    element,
    label: label || t('fieldName.home'),
    value: () => chosen,
    focusTarget: () => query,
    /** A required place not chosen yet (see ui.checkForm). */
    check: () => (required && !chosen ? { code: 'required', message: t('check.place') } : null),
    setError: (message) => markError(error, [query], message),
  };
}
