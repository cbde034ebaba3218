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
 * An operation: its details from the type's schema, the participation form from the participation schema this
 * operation offers (GET /operations/{id}'s participationFields, narrowed by its type to what it allows).
 */

import { h } from '../dom.js';
import { t, formatDate, formatDistance } from '../i18n.js';
import { get, post, patch, actorTypes, operationTypes } from '../api.js';
import { currentAccount, isModerator } from '../session.js';
import { page, errorBox, showProblem, checkForm } from '../ui.js';
import { createMap } from '../map.js';
import { schemaFields, schemaDetails, labelOf } from '../schema.js';
import { typeLabel } from './actors.js';
import { verifiedBadge, hiddenNotice, isHidden, safetySection, personLink } from './safety.js';
import { moderationPanel } from './moderation-actions.js';

export async function render(main, params) {
  const me = currentAccount();
  const path = `/operations/${encodeURIComponent(params.id)}`;
  const [operation, types] = await Promise.all([get(path), operationTypes(), actorTypes()]);
  const type = types.find((candidate) => candidate.key === operation.type);
  let actor = null;
  try {
    actor = await get(`/actors/${encodeURIComponent(operation.actorId)}`);
  } catch {
    actor = null; // gone
  }
  const manager = actor && (actor.managerIds || []).includes(me.id);
  page(main, operation.title, h('p', { class: 'row' }, h('span', { class: 'tag' }, typeLabel(types, operation.type)),
    h('span', { class: 'tag' }, t(`operation.status.${operation.status}`))));
  if (isHidden(operation) && (manager || isModerator())) {
    main.append(hiddenNotice('OPERATION'));
  }
  if (operation.typeAvailable === false) {
    main.append(h('p', { class: 'notice' }, t('actor.typeUnavailable')));
  }
  const general = [h('dt', null, t('operation.actor')), h('dd', null,
    h('a', { href: `#/actors/${encodeURIComponent(operation.actorId)}` }, operation.actorName || (actor ? actor.name : '')),
    actor && actor.verification === 'VERIFIED' ? [' ', verifiedBadge()] : null)];
  if (operation.startsAt) {
    general.push(h('dt', null, t('operationForm.startsAt')), h('dd', null, formatDate(operation.startsAt)));
  }
  if (operation.endsAt) {
    general.push(h('dt', null, t('operationForm.endsAt')), h('dd', null, formatDate(operation.endsAt)));
  }
  if (operation.distanceKm !== undefined && operation.distanceKm !== null) {
    general.push(h('dt', null, t('post.distance')), h('dd', null, formatDistance(operation.distanceKm)));
  }
  general.push(h('dt', null, t('operation.participations')), h('dd', null, String(operation.participations ?? 0)));
  const left = h('div', null, h('p', { class: 'pre' }, operation.description || ''), h('dl', { class: 'details' }, general),
    h('h2', null, t('actor.details')), schemaDetails(type ? type.fields : [], operation.attributes || {}) || h('p', { class: 'muted' }, t('actor.noDetails')));
  const right = h('div', null);
  main.append(h('div', { class: 'split' }, left, right));
  if (operation.location) {
    const mapped = createMap({ centre: operation.location, zoom: 13, small: true, label: t('operation.mapLabel'), legend: ['OPERATION'] });
    mapped.marker(operation.location, 'OPERATION');
    right.append(h('h2', null, t('post.where')), mapped.element);
  }

  if (operation.status === 'PUBLISHED' && operation.typeAvailable !== false && type) {
    const box = errorBox();
    const done = h('p', { class: 'notice success', hidden: true, role: 'status', id: 'participation-done' });
    // What this operation offers (its delivery days, the goods it accepts...), not all its type knows.
    const schema = schemaFields(operation.participationFields || type.participationFields || [], {}, 'participation');
    const submit = h('button', { type: 'submit', class: 'primary' }, t('operation.participate'));
    const form = h('form', { novalidate: true, id: 'participation-form', 'aria-labelledby': 'participation-title' }, box.element, schema.element,
      h('div', { class: 'actions' }, submit));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!checkForm(box, schema.controls)) {
        return;
      }
      submit.disabled = true;
      try {
        const participation = await post(`${path}/participations`, { attributes: schema.read() });
        form.hidden = true;
        done.textContent = t('operation.participated', { status: t(`participation.status.${participation.status}`) });
        done.hidden = false;
        done.focus();
      } catch (error) {
        showProblem(box, error, schema.controls);
      } finally {
        submit.disabled = false;
      }
    });
    done.setAttribute('tabindex', '-1');
    main.append(h('h2', { id: 'participation-title' }, t('operation.participateTitle', { type: labelOf(type) })), form, done);
  }

  if (manager && operation.typeAvailable !== false) {
    main.append(statusActions(main, params, path, operation));
  }

  if (manager) {
    main.append(h('h2', null, t('operation.participantsTitle')));
    try {
      const participations = await get(`${path}/participations`, { limit: 100 });
      main.append(participations.items.length ? h('ul', { class: 'cards', id: 'participations' },
        participations.items.map((p) => participationCard(path, type, p)))
        : h('p', { class: 'muted' }, t('operation.noParticipants')));
    } catch {
      // not allowed to see them
      main.append(h('p', { class: 'muted' }, t('error.forbidden')));
    }
  } else {
    main.append(await safetySection('OPERATION', operation.id, null));
  }
  if (isModerator()) {
    main.append(moderationPanel('OPERATION', operation, () => render(main, params)));
  }
}

/**
 * A participation as the actor's managers see it: who, when, what they asked, and while it is only received,
 * the two answers (the participant is notified of the decision by the API).
 */
function participationCard(path, type, participation) {
  const who = participation.participantName || t('post.erased');
  const status = h('span', { class: 'participation-status' }, t(`participation.status.${participation.status}`));
  const box = errorBox();
  const card = h('li', { class: 'card' },
    h('h3', null, participation.participantId ? personLink({ id: participation.participantId, displayName: who }) : who),
    h('p', { class: 'meta', role: 'status' }, status, ' · ', formatDate(participation.createdAt)),
    schemaDetails(type ? type.participationFields : [], participation.attributes || {}), box.element);
  if (participation.status === 'RECEIVED') {
    const decide = (decision, label) => {
      const button = h('button', { type: 'button', class: decision === 'ACCEPTED' ? 'primary' : '',
        'aria-label': t(`participation.${decision === 'ACCEPTED' ? 'accept' : 'decline'}For`, { name: who }) }, label);
      button.addEventListener('click', async () => {
        box.hide();
        actions.querySelectorAll('button').forEach((b) => { b.disabled = true; });
        try {
          const decided = await patch(`${path}/participations/${encodeURIComponent(participation.id)}`, { status: decision });
          status.textContent = t(`participation.status.${decided.status}`);
          actions.remove();
        } catch (error) {
          showProblem(box, error, {});
          actions.querySelectorAll('button').forEach((b) => { b.disabled = false; });
        }
      });
      return button;
    };
    const actions = h('div', { class: 'actions' }, decide('ACCEPTED', t('participation.accept')),
      decide('DECLINED', t('participation.decline')));
    card.append(actions);
  }
  return card;
}

/** What the actor's managers can do with the operation's status: publish a draft, close it, publish it again. */
const NEXT_STATUSES = { DRAFT: ['PUBLISHED'], PUBLISHED: ['CLOSED'], CLOSED: ['PUBLISHED'] };

function statusActions(main, params, path, operation) {
  const box = errorBox();
  const buttons = (NEXT_STATUSES[operation.status] || []).map((status) => {
    const key = status === 'PUBLISHED' && operation.status === 'CLOSED' ? 'operation.republish' : `operation.to.${status}`;
    const button = h('button', { type: 'button', class: status === 'PUBLISHED' ? 'primary' : '' }, t(key));
    button.addEventListener('click', async () => {
      box.hide();
      button.disabled = true;
      try {
        await patch(path, { status });
        await render(main, params);
      } catch (error) {
        showProblem(box, error, {});
        button.disabled = false;
      }
    });
    return button;
  });
  const change = h('a', { class: 'btn secondary', id: 'operation-change', href: `#${path}/edit` }, t('operation.change'));
  return h('div', { id: 'operation-status-actions' }, box.element, h('div', { class: 'actions' }, buttons, change));
}
