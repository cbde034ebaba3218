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

/** Private conversations between a post's author and those who answered it. */

import { h, clear } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { get, post, ApiError } from '../api.js';
import { currentAccount } from '../session.js';
import { page, field, errorBox, showProblem, checkForm } from '../ui.js';
import { onLeave, readConversation } from '../nav.js';
import { pager } from './common.js';
import { personLink, reportButton, relationButtons, isHidden } from './safety.js';

export async function renderList(main) {
  page(main, t('conversations.title'));
  const list = h('ul', { class: 'cards', id: 'conversation-list', 'aria-label': t('conversations.title') });
  main.append(list);
  const paging = pager({
    list,
    load: (cursor) => get('/conversations', { cursor, limit: 20 }),
    onItems: (c) => h('li', { class: 'card' },
      h('h2', { class: 'title-text' }, h('a', { href: `#/conversations/${encodeURIComponent(c.id)}` }, t('conversations.with', { name: c.with || t('post.erased') }))),
      h('p', { class: 'title-text' }, t('conversations.about', { title: c.postTitle || '' })),
      c.beneficiary ? h('p', { class: 'for-beneficiary' }, h('span', { class: 'tag' }, t('conversations.forBeneficiary', { name: c.beneficiary }))) : null,
      h('p', { class: 'meta' }, formatDate(c.lastMessageAt || c.createdAt))),
    emptyState: () => h('div', { class: 'empty' }, h('p', null, t('conversations.empty')), h('div', { class: 'actions' }, h('a', { class: 'btn secondary', href: '#/feed' }, t('conversations.toFeed')))),
    onLeave,
  });
  main.append(paging.element);
  await paging.next();
}

/** Who wrote a message: the API's sender, or its senderId and senderName. */
function senderOf(message) {
  if (message.sender) {
    return message.sender;
  }
  return message.senderId ? { id: message.senderId, displayName: message.senderName } : null;
}

/** One message: mine on the right; someone else's names them (a link to their profile) and can be reported. */
function messageItem(message, me) {
  const sender = senderOf(message);
  const mine = sender && sender.id === me.id;
  const name = sender ? sender.displayName : t('post.erased');
  return h('li', { class: mine ? 'message mine' : 'message', 'data-message-id': message.id },
    h('p', { class: 'meta' }, h('strong', null, mine ? t('conversations.me') : personLink(sender)),
      h('span', null, formatDate(message.createdAt))),
    isHidden(message) ? h('p', { class: 'hidden-message', 'data-hidden-notice': 'MESSAGE' }, h('strong', null, t('hidden.title')), ' ',
      t(mine ? 'hidden.MESSAGE' : 'hidden.MESSAGE_OTHER')) : null,
    h('p', { class: 'pre message-body' }, message.body),
    mine ? null : h('div', { class: 'message-actions' }, reportButton('MESSAGE', message.id, t('conversations.reportWhat', { name }))));
}

/** The other participant of a conversation, as a person (null once their account is erased). */
function otherOf(conversation, me) {
  const id = conversation.authorId === me.id ? conversation.responderId : conversation.authorId;
  return id ? { id, displayName: conversation.with || t('post.erased') } : null;
}

/** Under the title: who I talk with (their profile), and blocking or muting them; a word when I blocked them. */
async function aboutThem(other) {
  const section = h('div', { id: 'conversation-person' });
  if (!other || !other.id) {
    return section;
  }
  const notice = h('p', { class: 'notice', id: 'blocked-notice', hidden: true }, t('conversations.youBlocked', { name: other.displayName }));
  section.append(h('p', null, t('conversations.profileOf'), ' ', personLink(other)), notice);
  try {
    const profile = await get(`/accounts/${encodeURIComponent(other.id)}`);
    const state = { blocked: Boolean(profile.blocked), muted: Boolean(profile.muted) };
    notice.hidden = !state.blocked;
    section.append(h('div', { class: 'actions' }, relationButtons(other, state, (changed) => { notice.hidden = !changed.blocked; })));
  } catch {
    // their profile did not answer: the conversation is readable all the same
  }
  return section;
}

export async function renderOne(main, params) {
  const me = currentAccount();
  const path = `/conversations/${encodeURIComponent(params.id)}`;
  let conversation = await get(path);
  readConversation(params.id);
  page(main, t('conversations.with', { name: conversation.with || t('post.erased') }),
    h('p', null, t('conversations.aboutPost'), ' ', h('a', { href: `#/posts/${encodeURIComponent(conversation.postId)}` }, conversation.postTitle || '')),
    conversation.beneficiary ? h('p', { class: 'notice for-beneficiary', id: 'conversation-beneficiary' },
      t('conversations.forBeneficiaryLong', { name: conversation.beneficiary })) : null,
    await aboutThem(otherOf(conversation, me)));
  const list = h('ol', { class: 'messages', id: 'messages', 'aria-label': t('conversations.messages'), 'aria-live': 'polite' });
  const draw = () => {
    clear(list);
    for (const message of conversation.messages || []) {
      list.append(messageItem(message, me));
    }
  };
  draw();
  const box = errorBox();
  const body = field(t('conversations.reply'), { name: 'body', maxlength: 4000, rows: 3 }, { tag: 'textarea', required: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('conversations.send'));
  const form = h('form', { novalidate: true, id: 'message-form', 'aria-label': t('conversations.reply') }, box.element, body.wrapper, h('div', { class: 'actions' }, submit));
  main.append(list, form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!checkForm(box, { body })) {
      return;
    }
    submit.disabled = true;
    try {
      await post(`${path}/messages`, { body: body.input.value.trim() });
      body.input.value = '';
      conversation = await get(path);
      draw();
      body.input.focus();
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) {
        // Whoever is blocked is not told so: they learn only that they cannot write here any more.
        box.show(t('conversations.cannotWrite'));
      } else {
        showProblem(box, error, { body });
      }
    } finally {
      submit.disabled = false;
    }
  });
  const timer = window.setInterval(async () => {
    try {
      const fresh = await get(path);
      if ((fresh.messages || []).length !== (conversation.messages || []).length) {
        conversation = fresh;
        draw();
      }
    } catch {
      // next time
    }
  }, 10000);
  onLeave(() => window.clearInterval(timer));
}
