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

/** Pieces several screens share: a post's card and its labels. */

import { h, announce } from '../dom.js';
import { t, formatDistance, formatDate } from '../i18n.js';
import { patch, radiusOptions } from '../api.js';
import { setCurrentAccount } from '../session.js';
import { skeletonCards, busy, problemText } from '../ui.js';
import { navigate } from '../nav.js';
import { personLink, isHidden } from './safety.js';

export function categoryLabel(categories, key) {
  const found = (categories || []).find((c) => c.key === key);
  return found ? found.label : key;
}

export function kindTag(kind) {
  return h('span', { class: `tag ${kind}` }, t(`post.kind.${kind}`));
}

/**
 * Where a post is, for its card and its page: the commune of its public position, when the API names it, and how far
 * it is ("Ajaccio · 2 km"); either may be missing.
 */
export function whereText(item) {
  const distance = item.distanceKm !== undefined && item.distanceKm !== null ? formatDistance(item.distanceKm) : '';
  return [item.commune && item.commune.name, distance].filter(Boolean).join(' · ');
}

/** One post in a list: everything the author wrote goes in as text. */
export function postCard(item, categories, headingLevel = 'h2') {
  return h('li', { class: 'card post-card', 'data-post-id': item.id },
    h('div', { class: 'row' }, kindTag(item.kind), h('span', { class: 'tag' }, categoryLabel(categories, item.category)),
      isHidden(item) ? h('span', { class: 'tag hidden-tag' }, t('post.status.HIDDEN')) : null),
    h(headingLevel, { class: 'title-text' }, h('a', { href: `#/posts/${encodeURIComponent(item.id)}` }, item.title)),
    h('p', { class: 'pre excerpt' }, item.body.length > 180 ? `${item.body.slice(0, 180)}…` : item.body),
    h('p', { class: 'meta' },
      whereText(item) ? h('span', { class: 'distance' }, whereText(item)) : null,
      item.author ? h('span', null, t('post.byPrefix'), ' ', personLink(item.author)) : null,
      h('span', null, formatDate(item.createdAt))));
}

/**
 * Infinite scroll on the API's cursors: an observer on a sentinel, and a button for keyboards. The first page is
 * the caller's (`next()`, whose failure it shows: a 403 says whom the screen is for); a later page that fails is
 * said in the status line, and the list stops loading by itself until the button is pressed (a refused or broken
 * list is not asked again at every scroll, and no failure is left unhandled).
 */
export function pager({ list, load, onItems, emptyState, onLeave }) {
  let cursor = null;
  let done = false;
  let running = false;
  let failed = false;
  let total = 0;
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, t('common.loadMore'));
  const sentinel = h('div', { class: 'sentinel', 'aria-hidden': 'true' });
  const status = h('p', { class: 'muted', role: 'status' });
  // Until the first page comes: grey cards, the list busy (the router said "Chargement…" once).
  const placeholders = skeletonCards();
  list.setAttribute('aria-busy', 'true');
  list.append(...placeholders);
  async function next() {
    if (running || done || failed) {
      return;
    }
    running = true;
    more.disabled = true;
    try {
      const pageOf = await load(cursor).finally(() => {
        placeholders.splice(0).forEach((placeholder) => placeholder.remove());
        list.setAttribute('aria-busy', 'false');
      });
      for (const item of pageOf.items) {
        list.append(onItems(item));
      }
      total += pageOf.items.length;
      cursor = pageOf.nextCursor;
      done = !cursor;
      more.hidden = done;
      status.textContent = total ? t('common.shown', { count: total }) : '';
      if (total === 0 && emptyState) {
        list.replaceWith(emptyState());
      }
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      running = false;
      more.disabled = false;
    }
  }
  /** A later page, asked by scrolling or the button: its failure goes to the status line. */
  function later() {
    next().catch((error) => {
      status.textContent = problemText(error);
      more.hidden = total === 0;
    });
  }
  more.addEventListener('click', () => {
    failed = false;
    later();
  });
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      later();
    }
  }, { rootMargin: '300px' });
  observer.observe(sentinel);
  if (onLeave) {
    onLeave(() => observer.disconnect());
  }
  return { element: h('div', null, sentinel, status, h('div', { class: 'actions' }, more)), next };
}

/**
 * The next step of a list empty within the radius: a button widening it to the next radius offered (PATCH /me),
 * then the screen drawn again. Nothing when the radius is already the largest (the element stays empty).
 */
export function widenRadius(me) {
  const slot = h('span', { class: 'widen' });
  radiusOptions().then((options) => {
    const next = (options.offeredKm || []).filter((km) => km > me.radiusKm).sort((a, b) => a - b)[0];
    if (!next) {
      return;
    }
    const button = h('button', { type: 'button', class: 'secondary', id: 'widen-radius' }, t('empty.widen', { km: next }));
    button.addEventListener('click', () => busy(button, null, async () => {
      setCurrentAccount(await patch('/me', { radiusKm: next }));
      announce(t('empty.widened', { km: next }));
      navigate(window.location.hash.replace(/^#/, ''));
    }));
    slot.append(button);
  }, () => {});
  return slot;
}
