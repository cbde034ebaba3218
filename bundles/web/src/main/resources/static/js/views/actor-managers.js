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
 * Who manages an actor: its managers see each other, invite someone else with a code handed on in person, take
 * a manager off or leave (never the last one); someone given a code enters it on the actor's page.
 */

import { h } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { get, post, del } from '../api.js';
import { errorBox, field, showProblem, checkForm } from '../ui.js';

/** The managers' section of the actor's page; `redraw` renders the page again after a change. */
export async function managersSection(actor, me, redraw) {
  const path = `/actors/${encodeURIComponent(actor.id)}`;
  const box = errorBox();
  const managers = await get(`${path}/managers`);
  const list = h('ul', { class: 'managers' }, managers.map((manager) => {
    const self = manager.accountId === me.id;
    const item = h('li', null, h('span', null, self ? t('managers.you', { name: manager.displayName }) : manager.displayName));
    // The last manager has no button: an actor always has someone to answer for it (the API says 409 anyway).
    if (managers.length > 1) {
      const label = self ? t('managers.leave') : t('managers.remove', { name: manager.displayName });
      const button = h('button', { type: 'button', class: 'secondary' }, label);
      button.addEventListener('click', async () => {
        box.hide();
        button.disabled = true;
        try {
          await del(`${path}/managers/${encodeURIComponent(manager.accountId)}`);
          await redraw();
        } catch (error) {
          showProblem(box, error);
          button.disabled = false;
        }
      });
      item.append(' ', button);
    }
    return item;
  }));
  const shown = h('div', { class: 'notice success', hidden: true, id: 'actor-invitation', tabindex: '-1' });
  const invite = h('button', { type: 'button' }, t('managers.invite'));
  invite.addEventListener('click', async () => {
    box.hide();
    invite.disabled = true;
    try {
      const invitation = await post(`${path}/invitations`);
      shown.replaceChildren(h('p', null, t('managers.code')), h('p', { class: 'invitation-code' }, invitation.code),
        h('p', null, t('managers.codeHelp', { date: formatDate(invitation.expiresAt) })));
      shown.hidden = false;
      shown.focus();
    } catch (error) {
      showProblem(box, error);
    } finally {
      invite.disabled = false;
    }
  });
  return h('section', { id: 'actor-managers', 'aria-labelledby': 'actor-managers-title' },
    h('h2', { id: 'actor-managers-title' }, t('managers.title')), box.element, list,
    h('div', { class: 'actions' }, invite), shown);
}

/** For someone who does not manage the actor: enter the code a manager gave them. */
export function joinForm(actor, redraw) {
  const box = errorBox();
  const code = field(t('managers.codeField'), { type: 'text', name: 'code', maxlength: 20, autocomplete: 'off',
    autocapitalize: 'characters', spellcheck: 'false' }, { required: true, help: t('managers.codeFieldHelp') });
  const submit = h('button', { type: 'submit', class: 'secondary' }, t('managers.join'));
  const form = h('form', { novalidate: true, id: 'actor-join', 'aria-label': t('managers.joinTitle') }, box.element, code.wrapper,
    h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!checkForm(box, { code })) {
      return;
    }
    submit.disabled = true;
    try {
      await post(`/actors/${encodeURIComponent(actor.id)}/managers`, { code: code.input.value.trim() });
      await redraw();
    } catch (error) {
      showProblem(box, error, { code });
      submit.disabled = false;
    }
  });
  return h('details', { class: 'join' }, h('summary', null, t('managers.joinTitle')), form);
}
