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

/** The feed: requests and offers within the radius of home, as a list or on the map, newest first. */

import { h } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { get, categories as loadCategories } from '../api.js';
import { currentAccount } from '../session.js';
import { page } from '../ui.js';
import { createMap, zoomForRadius } from '../map.js';
import { navigate, onLeave } from '../nav.js';
import { postCard, pager, categoryLabel, kindTag, widenRadius } from './common.js';

function select(label, name, options, value, onChange) {
  const id = `filter-${name}`;
  const control = h('select', { id, name, onchange: (e) => onChange(e.target.value) },
    options.map((o) => h('option', { value: o.value, selected: o.value === (value || '') }, o.label)));
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

export async function render(main, params, query) {
  const me = currentAccount();
  const categories = await loadCategories();
  const view = query.view === 'map' ? 'map' : 'list';
  const filters = { kind: query.kind || '', category: query.category || '' };
  const go = (changes) => {
    const next = { ...filters, view, ...changes };
    const search = new URLSearchParams(Object.entries(next).filter(([, v]) => v)).toString();
    navigate(`/feed${search ? `?${search}` : ''}`);
  };
  const intro = [];
  if (sessionStorage.getItem('entraide.welcome')) {
    sessionStorage.removeItem('entraide.welcome');
    intro.push(h('p', { class: 'notice success' }, t('feed.welcome', { name: me.displayName })));
  }
  page(main, t('feed.title'), h('p', { class: 'muted' }, t('feed.subtitle', { km: me.radiusKm })), ...intro);

  const listButton = h('button', { type: 'button', 'aria-pressed': String(view === 'list'), onclick: () => go({ view: 'list' }) }, t('feed.list'));
  const mapButton = h('button', { type: 'button', 'aria-pressed': String(view === 'map'), onclick: () => go({ view: 'map' }) }, t('feed.map'));
  // The filters fold into one control that says which are on, so that the first post starts in the first screen of
  // a phone; it stays open while a filter is on, and on a wide screen.
  const summary = [filters.kind ? t(`post.kind.${filters.kind}`) : t('feed.allKinds'),
    filters.category ? categoryLabel(categories, filters.category) : t('feed.allCategories')].join(' · ');
  const wide = window.matchMedia('(min-width: 48rem)').matches;
  const folded = h('details', { class: 'filters', id: 'feed-filters', open: Boolean(filters.kind || filters.category) || wide },
    h('summary', null, t('feed.filtersSummary', { summary })),
    h('div', { class: 'toolbar' },
      select(t('feed.kind'), 'kind', [{ value: '', label: t('feed.allKinds') }, { value: 'REQUEST', label: t('post.kind.REQUEST') },
        { value: 'OFFER', label: t('post.kind.OFFER') }], filters.kind, (kind) => go({ kind })),
      select(t('feed.category'), 'category', [{ value: '', label: t('feed.allCategories') },
        ...categories.map((c) => ({ value: c.key, label: c.label }))], filters.category, (category) => go({ category }))));
  main.append(h('div', { class: 'feed-tools' }, folded,
    h('div', { class: 'segmented', role: 'group', 'aria-label': t('feed.view') }, listButton, mapButton)));

  let mapped = null;
  if (view === 'map') {
    mapped = createMap({ centre: me.home, zoom: zoomForRadius(me.radiusKm), label: t('feed.mapLabel'), legend: ['REQUEST', 'OFFER', 'HOME'] });
    mapped.marker(me.home, 'HOME', () => h('p', null, t('map.yourHome')), t('map.yourHome'));
    main.append(mapped.element, h('p', { class: 'help' }, t('feed.mapHelp')));
  }
  const list = h('ul', { class: 'cards', id: 'feed-list', 'aria-label': t('feed.listLabel') });
  main.append(list);
  const emptyState = () => h('div', { class: 'empty', id: 'feed-empty' },
    h('h2', null, t('feed.emptyTitle')),
    h('p', null, t('feed.emptyText', { km: me.radiusKm })),
    h('div', { class: 'actions' }, widenRadius(me), h('a', { class: 'btn', href: '#/posts/new' }, t('empty.firstRequest')),
      h('a', { class: 'btn secondary', href: '#/actors' }, t('feed.seeActors'))));
  const paging = pager({
    list,
    load: (cursor) => get('/feed', { kind: filters.kind, category: filters.category, cursor, limit: 20 }),
    onItems: (item) => {
      if (mapped && item.position) {
        mapped.marker(item.position, item.kind, () => h('div', { class: 'popup' },
          h('p', null, kindTag(item.kind), ' ', categoryLabel(categories, item.category)),
          h('p', null, h('a', { href: `#/posts/${encodeURIComponent(item.id)}` }, item.title)),
          h('p', { class: 'meta' }, formatDate(item.createdAt))), `${t(`post.kind.${item.kind}`)} : ${item.title}`);
      }
      return postCard(item, categories);
    },
    emptyState,
    onLeave,
  });
  main.append(paging.element);
  await paging.next();
}
