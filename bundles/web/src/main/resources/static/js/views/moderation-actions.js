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
 * The moderators' actions, each through a dialog that asks for what the API needs: hide (a reason) or restore
 * a post, an actor, an operation or a message; close a target's reports without action; suspend or reinstate an
 * account; verify an actor or withdraw its verification. Each returns what the API answered, or undefined when
 * the moderator cancelled. A screen shows one action per state: hide or restore, never both.
 */

import { h, announce } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { post } from '../api.js';
import { field } from '../ui.js';
import { openDialog } from '../dialog.js';
import { reasonField, isHidden } from './safety.js';

/** The API's path segment of each target type that can be hidden. */
export const HIDEABLE = { POST: 'posts', ACTOR: 'actors', OPERATION: 'operations', MESSAGE: 'messages' };

/** Where a target is seen in the app (messages have no page of their own for moderators). */
export const ROUTES = { POST: 'posts', ACTOR: 'actors', OPERATION: 'operations', ACCOUNT: 'accounts' };

export function hide(targetType, targetId) {
  const reason = reasonField(t('moderation.hideReason'), { help: t('moderation.hideReasonHelp') });
  return openDialog({
    title: t(`moderation.hideTitle.${targetType}`),
    intro: [t('moderation.hideIntro')],
    fields: { reason },
    confirm: t('moderation.hide'),
    danger: true,
    action: () => post(`/moderation/${HIDEABLE[targetType]}/${encodeURIComponent(targetId)}/hide`, { reason: reason.input.value.trim() }),
  });
}

export function restore(targetType, targetId) {
  const reason = reasonField(t('moderation.restoreReason'), { required: false });
  return openDialog({
    title: t(`moderation.restoreTitle.${targetType}`),
    intro: [t('moderation.restoreIntro')],
    fields: { reason },
    confirm: t('moderation.restore'),
    action: () => post(`/moderation/${HIDEABLE[targetType]}/${encodeURIComponent(targetId)}/restore`,
      reason.input.value.trim() ? { reason: reason.input.value.trim() } : {}),
  });
}

/** Closes a target's open reports without acting on it (204: the result is true). */
export function dismiss(targetType, targetId) {
  const reason = reasonField(t('moderation.dismissReason'), { required: false });
  return openDialog({
    title: t('moderation.dismissTitle'),
    intro: [t('moderation.dismissIntro')],
    fields: { reason },
    confirm: t('moderation.dismiss'),
    action: async () => {
      await post('/moderation/reports/dismiss', { targetType, targetId, reason: reason.input.value.trim() || undefined });
      return true;
    },
  });
}

/** The end of the chosen day, in UTC, as the API wants an instant. */
function endOfDay(date) {
  return date ? `${date}T23:59:59Z` : undefined;
}

export function suspend(account) {
  const reason = reasonField(t('moderation.suspendReason'), { help: t('moderation.suspendReasonHelp') });
  const until = field(t('moderation.suspendUntil'), { type: 'date', name: 'until', min: new Date().toISOString().slice(0, 10) },
    { help: t('moderation.suspendUntilHelp') });
  until.label = t('moderation.suspendUntil');
  return openDialog({
    title: t('moderation.suspendTitle', { name: account.displayName }),
    intro: [t('moderation.suspendIntro')],
    fields: { reason, until },
    confirm: t('moderation.suspend'),
    danger: true,
    action: () => post(`/moderation/accounts/${encodeURIComponent(account.id)}/suspend`,
      { reason: reason.input.value.trim(), until: endOfDay(until.input.value) }),
  });
}

export function reinstate(account) {
  return openDialog({
    title: t('moderation.reinstateTitle', { name: account.displayName }),
    intro: [t('moderation.reinstateIntro')],
    confirm: t('moderation.reinstate'),
    action: () => post(`/moderation/accounts/${encodeURIComponent(account.id)}/reinstate`, {}),
  });
}

export function verify(actor) {
  const reason = reasonField(t('moderation.verifyReason'), { required: false });
  const identifier = actor.identifier;
  return openDialog({
    title: t('moderation.verifyTitle', { name: actor.name }),
    intro: [identifier ? t('moderation.verifyIntro', { kind: identifier.kind, value: identifier.value }) : t('moderation.verifyNoIdentifier')],
    fields: { reason },
    confirm: t('moderation.verify'),
    action: () => post(`/moderation/actors/${encodeURIComponent(actor.id)}/verify`, reason.input.value.trim() ? { reason: reason.input.value.trim() } : {}),
  });
}

export function unverify(actor) {
  const reason = reasonField(t('moderation.unverifyReason'));
  return openDialog({
    title: t('moderation.unverifyTitle', { name: actor.name }),
    fields: { reason },
    confirm: t('moderation.unverify'),
    danger: true,
    action: () => post(`/moderation/actors/${encodeURIComponent(actor.id)}/unverify`, { reason: reason.input.value.trim() }),
  });
}

/**
 * The moderators' section of a post's, an actor's or an operation's page: whether it is hidden, and the one
 * action its state allows (hide when visible, restore when hidden). `onChange(updated)` runs after the action.
 */
export function moderationPanel(targetType, target, onChange) {
  const hidden = isHidden(target);
  const button = h('button', { type: 'button', class: hidden ? 'secondary' : 'danger', 'data-moderate': hidden ? 'restore' : 'hide' },
    hidden ? t('moderation.restore') : t('moderation.hide'));
  button.addEventListener('click', async () => {
    const updated = await (hidden ? restore(targetType, target.id) : hide(targetType, target.id));
    if (updated) {
      announce(hidden ? t('moderation.restored') : t('moderation.hidden'));
      await onChange(updated);
      // The page was drawn again: the focus goes to the action its new state offers.
      document.querySelector(`#moderation-${targetType} ~ .actions button`)?.focus();
    }
  });
  return h('section', { class: 'moderation-panel', 'aria-labelledby': `moderation-${targetType}` },
    h('h2', { id: `moderation-${targetType}` }, t('moderation.title')),
    h('p', null, hidden ? t('moderation.stateHidden') : t('moderation.stateVisible')),
    h('div', { class: 'actions' }, button));
}

/** A suspension as words: until a date, or until a moderator reinstates the account. */
export function suspensionText(until) {
  return until ? t('moderation.suspendedUntil', { date: formatDate(until) }) : t('moderation.suspendedIndefinitely');
}
