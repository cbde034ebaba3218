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
 * The landing page of a visitor without an account: what Entraide is, then what is happening around a commune
 * they type (open posts on a map and in a list, local actors, operations), read without an account — the API
 * gives a visitor no author — and an invitation to join, which carries the chosen commune to the onboarding.
 */

import { h, uid, clear, announce } from '../dom.js';
import { findPlaces } from '../home.js';
import { t } from '../i18n.js';
import { get, categories as loadCategories, actorTypes, operationTypes } from '../api.js';
import { page, problemText } from '../ui.js';
import { createMap, zoomForRadius } from '../map.js';
import { postCard } from './common.js';
import { actorCard, operationCard } from './actors.js';
import { radii } from './onboarding.js';

const LEGEND = ['REQUEST', 'OFFER', 'ACTOR', 'OPERATION'];

/** What a visitor may do next: join (with the commune already chosen) or sign in. */
function invitation(place) {
  const query = place ? `?${new URLSearchParams({ lat: place.lat, lon: place.lon, place: place.name })}` : '';
  return h('section', { class: 'landing-join', 'aria-labelledby': 'landing-join-title' },
    h('h2', { id: 'landing-join-title' }, place ? t('landing.joinAround', { place: place.name }) : t('landing.joinTitle')),
    h('p', null, t('landing.joinText')),
    h('p', { class: 'actions' },
      h('a', { class: 'btn primary', href: `#/register${query}`, id: 'landing-join' }, t('landing.join')),
      h('a', { class: 'btn secondary', href: '#/signin' }, t('landing.signin'))));
}

/** One list of the preview: its heading, its cards, or a sentence when there is nothing. */
function section(id, title, items, card, empty) {
  const list = items.length
    ? h('ul', { class: 'cards', id, 'aria-labelledby': `${id}-title` }, items.map(card))
    : h('p', { class: 'muted', id }, empty);
  return h('section', { class: 'landing-section' }, h('h3', { id: `${id}-title` }, title), list);
}

async function preview(area, place) {
  clear(area);
  area.append(h('p', { class: 'muted', role: 'status' }, t('common.loading')));
  const { byDefault } = await radii();
  const around = { lat: place.lat, lon: place.lon, radiusKm: byDefault, limit: 20 };
  const [posts, actors, operations, categories, types, opTypes] = await Promise.all([
    get('/feed', around), get('/actors', around), get('/operations', around),
    loadCategories().catch(() => []), actorTypes().catch(() => []), operationTypes().catch(() => [])]);
  clear(area);
  const mapped = createMap({ centre: place, zoom: zoomForRadius(byDefault), small: true, label: t('landing.mapLabel', { place: place.name }),
    legend: LEGEND });
  const points = [];
  for (const post of posts.items) {
    points.push(post.position);
    mapped.marker(post.position, post.kind, () => h('p', null, post.title), post.title);
  }
  for (const actor of actors.items) {
    if (actor.location) {
      mapped.marker(actor.location, 'ACTOR', () => h('p', null, actor.name), actor.name);
    }
  }
  for (const operation of operations.items) {
    if (operation.location) {
      mapped.marker(operation.location, 'OPERATION', () => h('p', null, operation.title), operation.title);
    }
  }
  if (points.length) {
    mapped.fit([place, ...points]);
  }
  area.append(
    h('h2', { id: 'landing-around', tabindex: '-1' }, t('landing.around', { place: place.name, km: byDefault })),
    mapped.element,
    section('landing-posts', t('landing.posts'), posts.items, (post) => postCard(post, categories, 'h4'), t('landing.noPosts')),
    section('landing-actors', t('landing.actors'), actors.items, (actor) => actorCard(actor, types), t('landing.noActors')),
    section('landing-operations', t('landing.operations'), operations.items, (operation) => operationCard(operation, opTypes), t('landing.noOperations')),
    invitation(place));
  announce(t('landing.found', { posts: posts.items.length, actors: actors.items.length, operations: operations.items.length }));
}

export async function render(main, params, query) {
  page(main, t('landing.title'), h('p', { class: 'landing-intro' }, t('landing.intro')));
  const searchId = uid('landing-place');
  const input = h('input', { type: 'search', id: searchId, name: 'place', autocomplete: 'address-level2', placeholder: t('home.searchPlaceholder') });
  const results = h('ul', { class: 'places', 'aria-label': t('home.results') });
  const area = h('div', { class: 'landing-preview' });
  const joinFirst = invitation(null);

  async function choose(place) {
    clear(results);
    joinFirst.remove();
    try {
      await preview(area, place);
      area.querySelector('#landing-around')?.focus();
    } catch (failed) {
      clear(area);
      area.append(h('p', { class: 'error' }, problemText(failed)), invitation(place));
    }
  }

  function search(event) {
    event.preventDefault();
    return findPlaces(input.value, results, (place) => choose({ lat: place.location.lat, lon: place.location.lon, name: place.name }));
  }

  const form = h('form', { class: 'landing-search', role: 'search', 'aria-label': t('landing.searchTitle'), onsubmit: search },
    h('label', { for: searchId }, t('landing.searchLabel')),
    h('div', { class: 'row' }, input, h('button', { type: 'submit', class: 'primary' }, t('landing.search'))),
    results);
  main.append(form, area, joinFirst);
  const lat = Number(query && query.lat);
  const lon = Number(query && query.lon);
  if (query && query.lat && query.lon && Number.isFinite(lat) && Number.isFinite(lon)) {
    await choose({ lat, lon, name: query.place || t('home.tapped') });
  }
}
