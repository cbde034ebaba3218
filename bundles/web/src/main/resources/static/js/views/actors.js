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

/** The actor spaces: associations, producers, shops and artisans, collectivities (one per installed type), and operations near home. */

import { h } from '../dom.js';
import { t, formatDistance } from '../i18n.js';
import { get, actorTypes, operationTypes, categories as loadCategories } from '../api.js';
import { currentAccount } from '../session.js';
import { page } from '../ui.js';
import { createMap, zoomForRadius } from '../map.js';
import { onLeave, navigate } from '../nav.js';
import { pager, widenRadius } from './common.js';
import { labelOf } from '../schema.js';
import { verifiedBadge } from './safety.js';

/**
 * Whether an actor is verified, for the operations that name it (an operation carries its actor's name, not its
 * verification): remembered for a minute from the actors already shown, else asked once (GET /actors/{id}).
 */
const verifications = new Map();
const VERIFICATION_TTL_MS = 60000;

function rememberVerification(actor) {
  verifications.set(actor.id, { at: Date.now(), verified: Promise.resolve(actor.verification === 'VERIFIED') });
}

function actorVerified(actorId) {
  const known = verifications.get(actorId);
  if (known && Date.now() - known.at < VERIFICATION_TTL_MS) {
    return known.verified;
  }
  const verified = get(`/actors/${encodeURIComponent(actorId)}`).then((actor) => actor.verification === 'VERIFIED', () => false);
  verifications.set(actorId, { at: Date.now(), verified });
  return verified;
}

/** The badge of the actor an operation names, shown as soon as its verification is known. */
function operationActorBadge(operation, actor) {
  const slot = h('span', { class: 'badge-slot' });
  const known = actor ? actor.verification : operation.actorVerification;
  if (known !== undefined && known !== null) {
    if (known === 'VERIFIED') {
      slot.append(verifiedBadge());
    }
  } else if (operation.actorId) {
    actorVerified(operation.actorId).then((verified) => {
      if (verified) {
        slot.append(verifiedBadge());
      }
    });
  }
  return slot;
}

function typeLabelOf(categories, key) {
  const found = categories.find((category) => category.key === key);
  return found ? found.label : key;
}

/** "Aide pour…": the actors that help with a category of posts (GET /actors?helpsWith=), kept in the route. */
function helpsWithFilter(categories, type, helping) {
  const id = 'filter-helps-with';
  const go = (value) => {
    const search = new URLSearchParams(Object.entries({ type, helpsWith: value }).filter(([, v]) => v)).toString();
    navigate(`/actors${search ? `?${search}` : ''}`);
  };
  return h('div', { class: 'field' }, h('label', { for: id }, t('actors.helpsWith')),
    h('select', { id, name: 'helpsWith', onchange: (event) => go(event.target.value) },
      h('option', { value: '' }, t('actors.helpsWithAll')),
      categories.map((category) => h('option', { value: category.key, selected: category.key === helping }, category.label))));
}

export function typeLabel(types, key) {
  const found = (types || []).find((type) => type.key === key);
  return found ? labelOf(found) : key;
}

export function actorCard(actor, types) {
  rememberVerification(actor);
  return h('li', { class: 'card', 'data-actor-id': actor.id },
    h('p', { class: 'row' }, h('span', { class: 'tag' }, typeLabel(types, actor.type)),
      actor.verification === 'VERIFIED' ? verifiedBadge() : null),
    h('h3', { class: 'title-text' }, h('a', { href: `#/actors/${encodeURIComponent(actor.id)}` }, actor.name)),
    actor.description ? h('p', { class: 'pre' }, actor.description.length > 160 ? `${actor.description.slice(0, 160)}…` : actor.description) : null,
    h('p', { class: 'meta' }, actor.distanceKm !== undefined && actor.distanceKm !== null ? formatDistance(actor.distanceKm) : null,
      actor.address ? h('span', null, actor.address) : null));
}

/** An operation in a list; `actor`, when the list is the actor's own, saves asking whether it is verified. */
export function operationCard(operation, types, actor) {
  return h('li', { class: 'card', 'data-operation-id': operation.id },
    h('p', { class: 'row' }, h('span', { class: 'tag' }, typeLabel(types, operation.type))),
    h('h3', { class: 'title-text' }, h('a', { href: `#/operations/${encodeURIComponent(operation.id)}` }, operation.title)),
    h('p', { class: 'meta' }, operation.actorName ? h('span', null, t('operation.by', { name: operation.actorName }), ' ', operationActorBadge(operation, actor)) : null,
      operation.distanceKm !== undefined && operation.distanceKm !== null ? h('span', null, formatDistance(operation.distanceKm)) : null));
}

export async function render(main, params, query) {
  const me = currentAccount();
  const [types, opTypes, categories] = await Promise.all([actorTypes(), operationTypes(), loadCategories()]);
  const selected = types.some((type) => type.key === query.type) ? query.type : null;
  const helping = categories.some((category) => category.key === query.helpsWith) ? query.helpsWith : null;
  page(main, selected ? typeLabel(types, selected) : t('actors.title'), h('p', { class: 'muted' }, t('actors.subtitle', { km: me.radiusKm })));
  main.append(h('nav', { 'aria-label': t('actors.spaces') }, h('ul', { class: 'tabs' },
    h('li', null, h('a', { href: '#/actors', 'aria-current': selected ? null : 'page' }, t('actors.all'))),
    types.map((type) => h('li', null, h('a', { href: `#/actors?type=${encodeURIComponent(type.key)}`, 'aria-current': selected === type.key ? 'page' : null }, labelOf(type)))))),
  h('div', { class: 'toolbar' }, helpsWithFilter(categories, selected, helping),
    h('a', { class: 'btn', href: `#/actors/new${selected ? `?type=${encodeURIComponent(selected)}` : ''}` }, t('actors.create'))));

  const mapped = createMap({ centre: me.home, zoom: zoomForRadius(me.radiusKm), small: true, label: t('actors.mapLabel'), legend: ['ACTOR', 'HOME'] });
  mapped.marker(me.home, 'HOME', () => h('p', null, t('map.yourHome')), t('map.yourHome'));
  main.append(mapped.element);
  main.append(h('h2', null, t('actors.listTitle')));
  const list = h('ul', { class: 'cards', id: 'actor-list', 'aria-label': t('actors.listTitle') });
  main.append(list);
  const paging = pager({
    list,
    load: (cursor) => get('/actors', { type: selected, helpsWith: helping, cursor, limit: 20 }),
    onItems: (actor) => {
      if (actor.location) {
        mapped.marker(actor.location, 'ACTOR', () => h('p', null, h('a', { href: `#/actors/${encodeURIComponent(actor.id)}` }, actor.name)),
          actor.name);
      }
      return actorCard(actor, types);
    },
    emptyState: () => h('div', { class: 'empty' }, h('p', null, helping
      ? t('actors.emptyHelping', { km: me.radiusKm, category: typeLabelOf(categories, helping) }) : t('actors.empty', { km: me.radiusKm })),
      h('div', { class: 'actions' }, widenRadius(me), h('a', { class: 'btn secondary', href: '#/actors/new' }, t('actors.create')))),
    onLeave,
  });
  main.append(paging.element);
  await paging.next();

  main.append(h('h2', null, t('operations.nearTitle')));
  const operations = h('ul', { class: 'cards', id: 'operation-list', 'aria-label': t('operations.nearTitle') });
  main.append(operations);
  const opPaging = pager({
    list: operations,
    load: (cursor) => get('/operations', { cursor, limit: 20 }),
    onItems: (operation) => operationCard(operation, opTypes),
    emptyState: () => h('p', { class: 'empty' }, t('operations.empty')),
    onLeave,
  });
  main.append(opPaging.element);
  await opPaging.next();
}
