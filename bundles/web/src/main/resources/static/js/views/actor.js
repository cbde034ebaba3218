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

/** An actor's page: what its type's schema says about it, follow it, its operations; its managers propose operations. */

import { h } from '../dom.js';
import { t, formatDistance } from '../i18n.js';
import { get, actorTypes, operationTypes } from '../api.js';
import { currentAccount } from '../session.js';
import { page } from '../ui.js';
import { createMap } from '../map.js';
import { schemaDetails } from '../schema.js';
import { typeLabel, operationCard } from './actors.js';
import { followButton, reportForm } from './post.js';
import { safeExternalLink } from '../dom.js';
import { managersSection, joinForm } from './actor-managers.js';

/** The actor's operations, newest first (its drafts too, for its managers): GET /actors/{id}/operations. */
async function operationsOf(actor) {
  const page = await get(`/actors/${encodeURIComponent(actor.id)}/operations`, { limit: 100 });
  return page.items || [];
}

export async function render(main, params) {
  const me = currentAccount();
  const [actor, types, opTypes] = await Promise.all([get(`/actors/${encodeURIComponent(params.id)}`), actorTypes(), operationTypes()]);
  const type = types.find((candidate) => candidate.key === actor.type);
  const manager = (actor.managerIds || []).includes(me.id);
  page(main, actor.name, h('p', { class: 'row' }, h('span', { class: 'tag' }, typeLabel(types, actor.type)),
    actor.verification === 'VERIFIED' ? h('span', { class: 'tag' }, t('actor.verified')) : null));
  if (actor.typeAvailable === false) {
    main.append(h('p', { class: 'notice' }, t('actor.typeUnavailable')));
  }
  const general = [];
  if (actor.address) {
    general.push(h('dt', null, t('actor.address')), h('dd', null, actor.address));
  }
  if (actor.distanceKm !== undefined && actor.distanceKm !== null) {
    general.push(h('dt', null, t('post.distance')), h('dd', null, formatDistance(actor.distanceKm)));
  }
  const contact = actor.contact || {};
  if (contact.phone) {
    general.push(h('dt', null, t('actor.phone')), h('dd', null, contact.phone));
  }
  if (contact.email) {
    general.push(h('dt', null, t('actor.email')), h('dd', null, contact.email));
  }
  if (contact.website) {
    general.push(h('dt', null, t('actor.website')), h('dd', null, safeExternalLink(contact.website)));
  }
  general.push(h('dt', null, t('post.followers')), h('dd', null, String(actor.followers ?? 0)));
  const left = h('div', null,
    actor.description ? h('p', { class: 'pre', id: 'actor-description' }, actor.description) : null,
    h('dl', { class: 'details' }, general),
    h('h2', null, t('actor.details')),
    schemaDetails(type ? type.fields : [], actor.attributes || {}) || h('p', { class: 'muted' }, t('actor.noDetails')));
  const right = h('div', null);
  main.append(h('div', { class: 'split' }, left, right));
  if (actor.location) {
    const mapped = createMap({ centre: actor.location, zoom: 14, small: true, label: t('actor.mapLabel') });
    mapped.marker(actor.location, 'ACTOR');
    right.append(h('h2', null, t('post.where')), mapped.element);
  }
  const actions = h('div', { class: 'actions' }, followButton(`/actors/${encodeURIComponent(actor.id)}`));
  if (manager && actor.typeAvailable !== false) {
    actions.append(h('a', { class: 'btn', href: `#/actors/${encodeURIComponent(actor.id)}/operations/new` }, t('actor.proposeOperation')));
    actions.append(h('a', { class: 'btn secondary', href: `#/actors/${encodeURIComponent(actor.id)}/edit` }, t('actor.change')));
  }
  main.append(actions);
  main.append(h('h2', null, t('actor.operations')));
  const operations = await operationsOf(actor);
  main.append(operations.length
    ? h('ul', { class: 'cards', id: 'actor-operations' }, operations.map((operation) => operationCard(operation, opTypes)))
    : h('p', { class: 'empty' }, t('actor.noOperations')));
  const redraw = () => render(main, params);
  if (manager) {
    main.append(await managersSection(actor, me, redraw));
  } else {
    main.append(joinForm(actor, redraw), reportForm('ACTOR', actor.id));
  }
}
