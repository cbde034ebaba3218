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

import { h, announce } from '../dom.js';
import { t, formatDistance } from '../i18n.js';
import { get, actorTypes, operationTypes, categories as loadCategories } from '../api.js';
import { currentAccount, isModerator } from '../session.js';
import { page } from '../ui.js';
import { createMap } from '../map.js';
import { schemaDetails } from '../schema.js';
import { typeLabel, operationCard } from './actors.js';
import { followButton } from './post.js';
import { safeExternalLink, telLink } from '../dom.js';
import { managersSection, joinForm } from './actor-managers.js';
import { verifiedBadge, hiddenNotice, isHidden, safetySection } from './safety.js';
import { moderationPanel, verify, unverify } from './moderation-actions.js';
import { categoryLabel, postCard, pager } from './common.js';
import { onLeave } from '../nav.js';

/** The actor's public identifier (SIRET, RNA, INSEE code) and the public register's page about it. */
function identifierDetails(identifier) {
  if (!identifier || !identifier.value) {
    return [];
  }
  const register = identifier.registerUrl ? safeExternalLink(identifier.registerUrl) : null;
  if (register && register.tagName === 'A') {
    register.textContent = t('actor.register', { kind: identifier.kind });
    register.append(h('span', { class: 'visually-hidden' }, ` ${t('common.newTab')}`));
  }
  return [h('dt', null, t('actor.identifier')), h('dd', null, h('span', { class: 'identifier' }, `${identifier.kind} ${identifier.value}`),
    register && register.tagName === 'A' ? [' · ', register] : null)];
}

/**
 * Verification, for moderators: whether the actor is verified and the one action that state allows, "Verify"
 * after checking its identifier on the public register, or "Withdraw the verification".
 */
function verificationSection(actor, redraw) {
  const verified = actor.verification === 'VERIFIED';
  const button = h('button', { type: 'button', class: verified ? 'secondary' : 'primary', 'data-action': verified ? 'unverify' : 'verify' },
    verified ? t('moderation.unverify') : t('moderation.verify'));
  button.addEventListener('click', async () => {
    if (await (verified ? unverify(actor) : verify(actor))) {
      announce(verified ? t('moderation.unverified') : t('moderation.verified'));
      await redraw();
      document.querySelector('#actor-verification button')?.focus();
    }
  });
  return h('section', { id: 'actor-verification', 'aria-labelledby': 'actor-verification-title' },
    h('h2', { id: 'actor-verification-title' }, t('moderation.verification')),
    h('p', null, verified ? t('moderation.isVerified') : t('moderation.notVerified')),
    actor.identifier ? null : h('p', { class: 'muted' }, t('moderation.verifyNoIdentifier')),
    h('div', { class: 'actions' }, button));
}

/** What the actor helps with: the labels of the post categories it chose (helpsWith). */
function helpsWithDetails(actor, categories) {
  const keys = actor.helpsWith || [];
  return [h('dt', null, t('actor.helpsWith')), h('dd', { id: 'actor-helps-with' }, keys.length
    ? h('ul', { class: 'tag-list' }, keys.map((key) => h('li', { class: 'tag' }, categoryLabel(categories, key))))
    : h('span', { class: 'muted' }, t('actor.helpsWithNone')))];
}

/**
 * For its managers: the unanswered requests the platform passed on to the actor (GET /actors/{id}/escalated-requests),
 * each leading to its post, where they can answer.
 */
async function escalatedSection(actor, categories) {
  const list = h('ul', { class: 'cards', id: 'escalated-requests', 'aria-labelledby': 'escalated-title' });
  const section = h('section', { 'aria-labelledby': 'escalated-title' },
    h('h2', { id: 'escalated-title' }, t('actor.escalatedTitle')), h('p', { class: 'help' }, t('actor.escalatedHelp')), list);
  const paging = pager({
    list,
    load: (cursor) => get(`/actors/${encodeURIComponent(actor.id)}/escalated-requests`, { cursor, limit: 20 }),
    onItems: (item) => postCard(item, categories, 'h3'),
    emptyState: () => h('p', { class: 'empty', id: 'escalated-empty' }, t('actor.escalatedNone')),
    onLeave,
  });
  section.append(paging.element);
  await paging.next();
  return section;
}

/** The actor's operations, newest first (its drafts too, for its managers): GET /actors/{id}/operations. */
async function operationsOf(actor) {
  const page = await get(`/actors/${encodeURIComponent(actor.id)}/operations`, { limit: 100 });
  return page.items || [];
}

export async function render(main, params) {
  const me = currentAccount();
  const [actor, types, opTypes, categories] = await Promise.all([get(`/actors/${encodeURIComponent(params.id)}`), actorTypes(), operationTypes(),
    loadCategories()]);
  const type = types.find((candidate) => candidate.key === actor.type);
  const manager = (actor.managerIds || []).includes(me.id);
  page(main, actor.name, h('p', { class: 'row' }, h('span', { class: 'tag' }, typeLabel(types, actor.type)),
    actor.verification === 'VERIFIED' ? verifiedBadge() : null));
  if (isHidden(actor) && (manager || isModerator())) {
    main.append(hiddenNotice('ACTOR'));
  }
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
    general.push(h('dt', null, t('actor.phone')), h('dd', null, telLink(contact.phone)));
  }
  if (contact.email) {
    general.push(h('dt', null, t('actor.email')), h('dd', null, contact.email));
  }
  if (contact.website) {
    general.push(h('dt', null, t('actor.website')), h('dd', null, safeExternalLink(contact.website)));
  }
  general.push(...identifierDetails(actor.identifier));
  general.push(...helpsWithDetails(actor, categories));
  general.push(h('dt', null, t('post.followers')), h('dd', null, String(actor.followers ?? 0)));
  const left = h('div', null,
    actor.description ? h('p', { class: 'pre', id: 'actor-description' }, actor.description) : null,
    h('dl', { class: 'details' }, general),
    h('h2', null, t('actor.details')),
    schemaDetails(type ? type.fields : [], actor.attributes || {}) || h('p', { class: 'muted' }, t('actor.noDetails')));
  const right = h('div', null);
  main.append(h('div', { class: 'split' }, left, right));
  if (actor.location) {
    const mapped = createMap({ centre: actor.location, zoom: 14, small: true, label: t('actor.mapLabel'), legend: ['ACTOR'] });
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
    ? h('ul', { class: 'cards', id: 'actor-operations' }, operations.map((operation) => operationCard(operation, opTypes, actor)))
    : h('p', { class: 'empty' }, t('actor.noOperations')));
  const redraw = () => render(main, params);
  if (manager) {
    main.append(await escalatedSection(actor, categories));
    main.append(await managersSection(actor, me, redraw));
  } else {
    main.append(joinForm(actor, redraw), await safetySection('ACTOR', actor.id, null));
  }
  if (isModerator()) {
    main.append(verificationSection(actor, redraw), moderationPanel('ACTOR', actor, redraw));
  }
}
