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

/** A post: read it, answer it (which opens a conversation), follow it, report it; its author changes it. */

import { h, announce } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { get, post, patch, del, categories as loadCategories } from '../api.js';
import { currentAccount, isModerator } from '../session.js';
import { page, field, errorBox, showProblem, busy, checkForm } from '../ui.js';
import { createMap } from '../map.js';
import { navigate } from '../nav.js';
import { categoryLabel, kindTag, whereText } from './common.js';
import { personLink, safetySection, hiddenNotice, isHidden } from './safety.js';
import { moderationPanel } from './moderation-actions.js';
import { printSheetButton } from './sheet.js';

export function followButton(path, initiallyFollowing = false) {
  let following = initiallyFollowing;
  const button = h('button', { type: 'button', class: 'secondary', 'aria-pressed': String(following) });
  const label = () => { button.textContent = following ? t('follow.following') : t('follow.follow'); button.setAttribute('aria-pressed', String(following)); };
  label();
  // The API says whether the caller follows already; until it answers the button offers to follow.
  get(`${path}/follow`).then((state) => { following = Boolean(state && state.following); label(); }, () => {});
  button.addEventListener('click', () => busy(button, null, async () => {
    await (following ? del(`${path}/follow`) : post(`${path}/follow`));
    following = !following;
    label();
    announce(following ? t('follow.nowFollowing') : t('follow.stopped'));
  }));
  return button;
}

/**
 * To its author, where an unanswered request went (its "escalations"): to nearby actors that help with its category,
 * then to the territory's moderators.
 */
function escalationNotice(escalations) {
  return h('div', { class: 'notice', id: 'escalations', role: 'status' },
    h('ul', { class: 'plain' }, escalations.map((step) => {
      const count = Number(step.count) || 0;
      const key = step.level === 'MODERATORS' ? 'post.escalated.MODERATORS' : `post.escalated.ACTORS.${count === 1 ? 'one' : 'many'}`;
      return h('li', { 'data-level': step.level }, t(key, { count }), ' ', h('span', { class: 'meta' }, formatDate(step.at)));
    })));
}

export async function render(main, params) {
  const me = currentAccount();
  const [item, categories] = await Promise.all([get(`/posts/${encodeURIComponent(params.id)}`), loadCategories()]);
  const mine = item.author && item.author.id === me.id;
  page(main, item.title);
  if (mine && isHidden(item)) {
    main.append(hiddenNotice('POST'));
  }
  if (mine && item.escalations && item.escalations.length) {
    main.append(escalationNotice(item.escalations));
  }
  main.append(h('p', { class: 'row' }, kindTag(item.kind), h('span', { class: 'tag' }, categoryLabel(categories, item.category)),
    item.status !== 'OPEN' ? h('span', { class: 'tag' }, t(`post.status.${item.status}`)) : null));
  const details = [
    h('dt', null, t('post.author')), h('dd', null, personLink(item.author)),
    h('dt', null, t('post.published')), h('dd', null, formatDate(item.createdAt)),
  ];
  if (whereText(item)) {
    details.push(h('dt', null, t('post.distance')), h('dd', { id: 'post-where' }, whereText(item)));
  }
  if (item.availability) {
    details.push(h('dt', null, t('post.availability')), h('dd', { class: 'pre' }, item.availability));
  }
  if (item.expiresAt) {
    details.push(h('dt', null, t('post.expires')), h('dd', null, formatDate(item.expiresAt)));
  }
  if (item.onBehalfOf) {
    details.push(h('dt', null, t('post.onBehalfOf')), h('dd', null, t('post.onBehalfOfText', {
      name: item.onBehalfOf.beneficiary,
      by: item.onBehalfOf.consentRecordedBy ? item.onBehalfOf.consentRecordedBy.displayName : '',
      date: formatDate(item.onBehalfOf.consentRecordedAt),
    })));
  }
  details.push(h('dt', null, t('post.followers')), h('dd', null, String(item.followers)));
  // On a phone the answer comes before the map: the map column follows the text, the details and the answer.
  const left = h('div', null, h('h2', null, t('post.description')), h('p', { class: 'pre', id: 'post-body' }, item.body), h('dl', { class: 'details' }, details));
  const right = h('div', null);
  main.append(h('div', { class: 'split' }, left, right));
  if (item.position) {
    const mapped = createMap({ centre: item.position, zoom: 14, small: true, label: t('post.mapLabel'), legend: [item.kind] });
    mapped.marker(item.position, item.kind);
    right.append(h('h2', null, t('post.where')), mapped.element, h('p', { class: 'help' }, t('post.fuzzed')));
  }

  const actions = h('div', { class: 'actions' });
  left.append(actions);
  if (mine) {
    if (item.beneficiaryId) {
      actions.append(printSheetButton(item));
    }
    actions.append(h('a', { class: 'btn secondary', href: `#/posts/${encodeURIComponent(item.id)}/edit` }, t('post.edit')));
    if (item.status === 'OPEN') {
      const fulfilled = h('button', { type: 'button', class: 'secondary' }, t('post.markFulfilled'));
      fulfilled.addEventListener('click', () => busy(fulfilled, null, async () => {
        await patch(`/posts/${encodeURIComponent(item.id)}`, { status: 'FULFILLED' });
        announce(t('post.fulfilledDone'));
        navigate(`/posts/${encodeURIComponent(item.id)}`);
      }));
      actions.append(fulfilled);
    }
    const remove = h('button', { type: 'button', class: 'danger' }, t('post.delete'));
    remove.addEventListener('click', () => busy(remove, null, async () => {
      if (window.confirm(t('post.deleteConfirm'))) {
        await del(`/posts/${encodeURIComponent(item.id)}`);
        announce(t('post.deleted'));
        navigate('/feed');
      }
    }));
    actions.append(remove);
  } else {
    actions.append(followButton(`/posts/${encodeURIComponent(item.id)}`));
    if (item.status === 'OPEN') {
      const box = errorBox();
      const message = field(t('post.answerLabel'), { name: 'message', maxlength: 4000, rows: 4 }, { tag: 'textarea', required: true, help: t('post.answerHelp') });
      const submit = h('button', { type: 'submit', class: 'primary' }, t('post.answer'));
      const form = h('form', { novalidate: true, id: 'answer-form', 'aria-labelledby': 'answer-title' }, box.element, message.wrapper, h('div', { class: 'actions' }, submit));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (!checkForm(box, { message })) {
          return;
        }
        submit.disabled = true;
        try {
          const conversation = await post(`/posts/${encodeURIComponent(item.id)}/responses`, { message: message.input.value.trim() });
          navigate(`/conversations/${encodeURIComponent(conversation.id)}`);
        } catch (error) {
          showProblem(box, error, { message });
        } finally {
          submit.disabled = false;
        }
      });
      left.append(h('h2', { id: 'answer-title' }, t('post.answerTitle')), form);
    }
    main.append(await safetySection('POST', item.id, item.author));
  }
  if (isModerator()) {
    main.append(moderationPanel('POST', item, () => navigate(`/posts/${encodeURIComponent(item.id)}`)));
  }
}
