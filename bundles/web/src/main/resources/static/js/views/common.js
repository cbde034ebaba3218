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

import { h } from '../dom.js';
import { t, formatDistance, formatDate } from '../i18n.js';
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

/** Infinite scroll on the API's cursors: an observer on a sentinel, and a button for keyboards. */
export function pager({ list, load, onItems, emptyState, onLeave }) {
  let cursor = null;
  let done = false;
  let running = false;
  let total = 0;
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, t('common.loadMore'));
  const sentinel = h('div', { class: 'sentinel', 'aria-hidden': 'true' });
  const status = h('p', { class: 'muted', role: 'status' });
  async function next() {
    if (running || done) {
      return;
    }
    running = true;
    more.disabled = true;
    try {
      const pageOf = await load(cursor);
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
    } finally {
      running = false;
      more.disabled = false;
    }
  }
  more.addEventListener('click', next);
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      next();
    }
  }, { rootMargin: '300px' });
  observer.observe(sentinel);
  if (onLeave) {
    onLeave(() => observer.disconnect());
  }
  return { element: h('div', null, sentinel, status, h('div', { class: 'actions' }, more)), next };
}
