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
 * What every resident has against abuse, wherever someone or something appears: report it, block or mute a
 * person, see who is who (a link to their profile), see that an actor is verified and that something was hidden
 * by the moderators.
 */

import { h, announce, link } from '../dom.js';
import { t } from '../i18n.js';
import { get, post, del } from '../api.js';
import { field, busy } from '../ui.js';
import { openDialog } from '../dialog.js';

/** A person's name as a link to their profile; an erased account as plain words. */
export function personLink(person, text) {
  if (!person || !person.id) {
    return h('span', null, t('post.erased'));
  }
  return link(`/accounts/${encodeURIComponent(person.id)}`, text || person.displayName || t('post.erased'), { class: 'person' });
}

/** The badge of an actor the moderators verified: a check mark and a word, with what it means for screen readers. */
export function verifiedBadge() {
  return h('span', { class: 'tag verified' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t('actor.verified'),
    h('span', { class: 'visually-hidden' }, ` ${t('actor.verifiedMeaning')}`));
}

/** Whether the moderators hid it: a post's status, or the hidden flag of the other targets. */
export function isHidden(target) {
  return Boolean(target && (target.hidden === true || target.status === 'HIDDEN'));
}

/** What the author (or a manager) of hidden content reads on it: nobody else sees it. */
export function hiddenNotice(targetType) {
  return h('p', { class: 'notice moderation-hidden', 'data-hidden-notice': targetType },
    h('strong', null, t('hidden.title')), ' ', t(`hidden.${targetType}`));
}

/** A reason for a moderator's or a resident's action, as a labelled text area. */
export function reasonField(label, { required = true, help, maxlength = 500 } = {}) {
  const control = field(label, { name: 'reason', maxlength, rows: 3 }, { tag: 'textarea', required, help });
  control.label = label;
  return control;
}

/**
 * The "Report" control of a post, a message, an actor, an operation or a profile: a dialog asks why, the report
 * goes to the moderators, and the dialog says so. `what` completes the button's accessible name where several
 * such buttons share a screen ("Report" + " the message of Bruno").
 */
export function reportButton(targetType, targetId, what) {
  const button = h('button', { type: 'button', class: 'secondary', 'data-report': targetType },
    t('report.button'), what ? h('span', { class: 'visually-hidden' }, ` ${what}`) : null);
  button.addEventListener('click', () => {
    const reason = reasonField(t('report.reason'), { help: t('report.help'), maxlength: 1000 });
    return openDialog({
      title: t(`report.dialog.${targetType}`),
      fields: { reason },
      confirm: t('report.submit'),
      action: () => post('/reports', { targetType, targetId, reason: reason.input.value.trim() }),
      done: t('report.done'),
    });
  });
  return button;
}

/**
 * Block and mute a person: `person` is {id, displayName}, `state` {blocked, muted} as the API said (GET
 * /accounts/{id}); `onChange(state)` runs after each change. Blocking says first what it does and asks.
 * @returns {HTMLElement[]} the two buttons
 */
export function relationButtons(person, state, onChange = () => {}) {
  const name = person.displayName;
  const block = h('button', { type: 'button', class: 'secondary', 'data-relation': 'block' });
  const mute = h('button', { type: 'button', class: 'secondary', 'data-relation': 'mute' });
  const label = () => {
    block.textContent = state.blocked ? t('block.unblock', { name }) : t('block.block', { name });
    mute.textContent = state.muted ? t('mute.unmute', { name }) : t('mute.mute', { name });
  };
  label();
  block.addEventListener('click', async () => {
    if (state.blocked) {
      await busy(block, null, async () => {
        await del(`/me/blocks/${encodeURIComponent(person.id)}`);
        state.blocked = false;
      });
    } else {
      const done = await openDialog({
        title: t('block.confirmTitle', { name }),
        intro: [h('ul', { class: 'consequences' }, ['block.effectNotTold', 'block.effectPosts', 'block.effectWrite', 'block.effectUndo']
          .map((key) => h('li', null, t(key, { name }))))],
        confirm: t('block.confirm'),
        danger: true,
        action: () => post('/me/blocks', { accountId: person.id }),
      });
      if (!done) {
        return;
      }
      state.blocked = true;
    }
    label();
    announce(state.blocked ? t('block.done', { name }) : t('block.undone', { name }));
    onChange(state);
  });
  mute.addEventListener('click', () => busy(mute, null, async () => {
    await (state.muted ? del(`/me/mutes/${encodeURIComponent(person.id)}`) : post('/me/mutes', { accountId: person.id }));
    state.muted = !state.muted;
    label();
    announce(state.muted ? t('mute.done', { name }) : t('mute.undone', { name }));
    onChange(state);
  }));
  return [block, mute];
}

/**
 * What a reader may do about someone else's post (or other target): report it and, when it has a person behind
 * it, block or mute them (the state comes from their profile, GET /accounts/{id}).
 */
export async function safetySection(targetType, targetId, person) {
  const section = h('section', { class: 'safety', 'aria-labelledby': `safety-${targetType}` },
    h('h2', { id: `safety-${targetType}` }, t('safety.title')));
  const actions = h('div', { class: 'actions' }, reportButton(targetType, targetId));
  section.append(actions);
  if (person && person.id) {
    try {
      const profile = await get(`/accounts/${encodeURIComponent(person.id)}`);
      actions.append(...relationButtons(person, { blocked: Boolean(profile.blocked), muted: Boolean(profile.muted) }));
    } catch {
      // their profile did not answer (an account erased meanwhile): reporting stays possible
    }
  }
  return section;
}
