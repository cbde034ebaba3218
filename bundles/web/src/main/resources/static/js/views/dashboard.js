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
 * The territory dashboard (GET /territories/{key}/dashboard?from&to), for the territory's moderators and the
 * platform's moderators and operators: the figures of a period as cards, the weekly series drawn as an SVG chart
 * (with the same numbers in a table), the requests unanswered now on a map (public positions only) and in a list,
 * the figures by commune, and the series as a CSV file (Accept: text/csv). The territory is the one of the
 * resident's home (GET /radius-options) unless another key is given.
 */

import { h, announce } from '../dom.js';
import { t, formatDate, formatNumber, language } from '../i18n.js';
import { get, fetchText, saveFile, categories as loadCategories, actorTypes, operationTypes } from '../api.js';
import { page, field, errorBox, problemText, busy, checkForm } from '../ui.js';
import { createMap } from '../map.js';
import { navigate } from '../nav.js';
import { categoryLabel } from './common.js';
import { typeLabel } from './actors.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An SVG element: attributes set as given, children appended (text as text nodes). */
function svg(tag, attrs = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) {
      element.setAttribute(key, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return element;
}

function percent(share) {
  return share === null || share === undefined ? '—'
    : new Intl.NumberFormat(language(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

function hours(value) {
  return value === null || value === undefined ? '—'
    : t('dashboard.hours', { hours: new Intl.NumberFormat(language(), { maximumFractionDigits: 1 }).format(value) });
}

/** One figure: a card with its value and what it counts. */
function card(key, value, note) {
  return h('li', { class: 'card figure', 'data-figure': key },
    h('p', { class: 'figure-value' }, value), h('p', { class: 'figure-label' }, t(`dashboard.figure.${key}`)),
    note ? h('p', { class: 'meta' }, note) : null);
}

function figures(data, types) {
  const escalations = data.escalations || {};
  const step = (level) => escalations[level] || { count: 0, answeredAfter: 0 };
  return h('ul', { class: 'figures', id: 'dashboard-figures', 'aria-label': t('dashboard.figures') },
    card('requests', formatNumber(data.posts.requests)),
    card('offers', formatNumber(data.posts.offers)),
    card('answered', percent(data.answeredWithin24h.share), t('dashboard.answeredCount', { count: formatNumber(data.answeredWithin24h.count) })),
    card('median', hours(data.medianFirstResponseHours)),
    card('unanswered', formatNumber(data.unanswered.count)),
    card('escalatedActors', formatNumber(step('ACTORS').count), t('dashboard.answeredAfter', { count: formatNumber(step('ACTORS').answeredAfter) })),
    card('escalatedModerators', formatNumber(step('MODERATORS').count), t('dashboard.answeredAfter', { count: formatNumber(step('MODERATORS').answeredAfter) })),
    card('participations', formatNumber(data.participations)),
    card('residents', formatNumber(data.residents)),
    card('actors', formatNumber(data.actors.total), byType(data.actors.byType, types.actors)),
    card('operations', formatNumber(data.operations.total), byType(data.operations.byType, types.operations)));
}

function byType(counts, types) {
  const entries = Object.entries(counts || {});
  return entries.length ? entries.map(([type, count]) => `${typeLabel(types, type)} ${formatNumber(count)}`).join(' · ') : null;
}

const SERIES = [['requests', 'chart-requests'], ['offers', 'chart-offers'], ['answeredWithin24h', 'chart-answered']];

/**
 * The weekly series as grouped bars: requests, offers, answered within 24 h. The drawing is an image named by its
 * title; the same numbers are in the table that follows it, for screen readers and for reading exact values.
 */
function chart(weekly) {
  const width = 640;
  const height = 260;
  const left = 36;
  const bottom = 40;
  const top = 12;
  const plotHeight = height - bottom - top;
  const max = Math.max(1, ...weekly.flatMap((week) => SERIES.map(([key]) => Number(week[key]) || 0)));
  const ticks = [0, Math.ceil(max / 2), max];
  const slot = (width - left - 8) / Math.max(1, weekly.length);
  const bar = Math.max(2, Math.min(18, (slot - 6) / SERIES.length));
  const y = (value) => top + plotHeight - (value / max) * plotHeight;
  const parts = [svg('title', { id: 'chart-title' }, t('dashboard.chartTitle')),
    svg('desc', { id: 'chart-desc' }, t('dashboard.chartDesc'))];
  for (const tick of ticks) {
    parts.push(svg('line', { x1: left, x2: width - 4, y1: y(tick), y2: y(tick), class: 'chart-grid' }),
      svg('text', { x: left - 6, y: y(tick) + 4, 'text-anchor': 'end', class: 'chart-axis' }, formatNumber(tick)));
  }
  weekly.forEach((week, i) => {
    const x0 = left + i * slot + (slot - bar * SERIES.length) / 2;
    SERIES.forEach(([key, cls], j) => {
      const value = Number(week[key]) || 0;
      parts.push(svg('rect', { x: x0 + j * bar, y: y(value), width: Math.max(1, bar - 1), height: Math.max(0, y(0) - y(value)), class: cls }));
    });
    if (weekly.length <= 14 || i % Math.ceil(weekly.length / 14) === 0) {
      parts.push(svg('text', { x: left + i * slot + slot / 2, y: height - bottom + 16, 'text-anchor': 'middle', class: 'chart-axis' },
        (week.week || '').replace(/^\d{4}-/, '')));
    }
  });
  const drawing = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc', class: 'chart', id: 'dashboard-chart',
    preserveAspectRatio: 'xMidYMid meet' }, parts);
  const legend = h('ul', { class: 'chart-legend', 'aria-hidden': 'true' },
    SERIES.map(([key, cls]) => h('li', null, h('span', { class: `swatch ${cls}` }), t(`dashboard.series.${key}`))));
  return h('figure', { class: 'chart-figure' }, drawing, legend, h('figcaption', { class: 'help' }, t('dashboard.chartCaption')));
}

/** A table with a caption, column headers and one header cell per row. */
function table(id, caption, columns, rows) {
  // The wrapper scrolls sideways on a phone: a keyboard reaches it, and it is named by the table's caption.
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': `${id}-caption` }, h('table', { class: 'settings-table data-table', id },
    h('caption', { id: `${id}-caption` }, caption),
    h('thead', null, h('tr', null, columns.map((column) => h('th', { scope: 'col' }, column)))),
    h('tbody', null, rows.map((row) => h('tr', null, h('th', { scope: 'row' }, row[0]), row.slice(1).map((cell) => h('td', null, cell)))))));
}

function weeklyTable(weekly) {
  return table('dashboard-weekly', t('dashboard.weeklyTable'),
    [t('dashboard.week'), t('dashboard.series.requests'), t('dashboard.series.offers'), t('dashboard.series.answeredWithin24h'), t('dashboard.series.participations')],
    weekly.map((week) => [`${week.week} (${week.start})`, formatNumber(week.requests), formatNumber(week.offers),
      formatNumber(week.answeredWithin24h), formatNumber(week.participations)]));
}

function communeTable(communes) {
  return table('dashboard-communes', t('dashboard.communesTable'),
    [t('dashboard.commune'), t('dashboard.series.requests'), t('dashboard.series.offers'), t('dashboard.series.answeredWithin24h'),
      t('dashboard.figure.unanswered'), t('dashboard.figure.residents')],
    communes.map((c) => [`${c.name} (${c.inseeCode})`, formatNumber(c.requests), formatNumber(c.offers), formatNumber(c.answeredWithin24h),
      formatNumber(c.unanswered), formatNumber(c.residents)]));
}

/** The requests unanswered now: on a map (their public, fuzzed positions) and as a list leading to each post. */
function unansweredPart(unanswered, categories) {
  const items = unanswered.items || [];
  const part = h('div', null);
  if (!items.length) {
    part.append(h('p', { class: 'empty' }, t('dashboard.noneUnanswered')));
    return part;
  }
  const positioned = items.filter((item) => item.position);
  const mapped = createMap({ centre: positioned.length ? positioned[0].position : undefined, zoom: 11, small: true, label: t('dashboard.mapLabel'), legend: ['REQUEST'] });
  for (const item of positioned) {
    mapped.marker(item.position, 'REQUEST', () => h('p', null, h('a', { href: `#/posts/${encodeURIComponent(item.id)}` }, item.title)), item.title);
  }
  mapped.fit(positioned.map((item) => item.position), 13);
  part.append(mapped.element, h('ul', { class: 'cards', id: 'dashboard-unanswered', 'aria-label': t('dashboard.unansweredTitle') },
    items.map((item) => h('li', { class: 'card', 'data-post-id': item.id },
      h('h3', { class: 'title-text' }, h('a', { href: `#/posts/${encodeURIComponent(item.id)}` }, item.title)),
      h('p', { class: 'meta' }, h('span', { class: 'tag' }, categoryLabel(categories, item.category)), h('span', null, formatDate(item.createdAt)),
        item.escalationLevel ? h('span', { class: 'tag' }, t(`dashboard.level.${item.escalationLevel}`)) : h('span', null, t('dashboard.level.none')))))));
  return part;
}

/** "Télécharger CSV": the weekly series, fetched with the token (Accept: text/csv) and saved as a file. */
function csvButton(key, period) {
  const button = h('button', { type: 'button', class: 'secondary', id: 'dashboard-csv' }, t('dashboard.csv'));
  const box = errorBox();
  button.addEventListener('click', () => busy(button, box, async () => {
    const text = await fetchText(`/territories/${encodeURIComponent(key)}/dashboard`, { query: period, accept: 'text/csv' });
    saveFile(text, `entraide-${key}-${period.from || 'debut'}-${period.to || 'fin'}.csv`, 'text/csv');
    announce(t('dashboard.csvSaved'));
  }));
  return h('div', { class: 'actions' }, button, box.element);
}

/** The territory of the resident's home, offered first (null outside every territory). */
async function homeTerritory() {
  try {
    return (await get('/radius-options')).territory || null;
  } catch {
    return null;
  }
}

/** Territory and period: the key (the home's by default) and from/to days; sent as the route's query. */
function periodForm(key, query, data) {
  const box = errorBox();
  const territory = field(t('dashboard.territory'), { type: 'text', name: 'territory', value: key || '', autocomplete: 'off' },
    { required: true, help: t('dashboard.territoryHelp') });
  const from = field(t('dashboard.from'), { type: 'date', name: 'from', value: query.from || (data ? data.from : '') });
  const to = field(t('dashboard.to'), { type: 'date', name: 'to', value: query.to || (data ? data.to : '') });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('dashboard.show'));
  const form = h('form', { novalidate: true, id: 'dashboard-form', class: 'toolbar', 'aria-label': t('dashboard.period') },
    box.element, territory.wrapper, from.wrapper, to.wrapper, h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = { territory: territory.input.value.trim(), from: from.input.value, to: to.input.value };
    if (!checkForm(box, { territory, from, to })) {
      return;
    }
    const search = new URLSearchParams(Object.entries(values).filter(([, v]) => v)).toString();
    navigate(`/dashboard?${search}`);
  });
  return form;
}

/** Why there are no figures: a 403 says whose dashboard it is, a 400 what is wrong with the dates. */
function refusal(error) {
  if (error.status === 403) {
    return t('dashboard.forbidden');
  }
  if (error.status === 404) {
    return t('dashboard.unknownTerritory');
  }
  return problemText(error);
}

export async function render(main, params, query) {
  const key = query.territory || (await homeTerritory())?.key || '';
  const period = { from: DAY.test(query.from || '') ? query.from : undefined, to: DAY.test(query.to || '') ? query.to : undefined };
  let data = null;
  let failure = null;
  if (key) {
    try {
      data = await get(`/territories/${encodeURIComponent(key)}/dashboard`, period);
    } catch (error) {
      failure = error;
    }
  }
  page(main, data ? t('dashboard.titleOf', { name: data.territory.name }) : t('dashboard.title'), h('p', null, t('dashboard.intro')));
  main.append(periodForm(key, query, data));
  if (!key) {
    main.append(h('p', { class: 'notice' }, t('dashboard.noTerritory')));
    return;
  }
  if (failure) {
    main.append(h('p', { class: 'notice error-box', id: 'dashboard-refused' }, refusal(failure)));
    return;
  }
  const [categories, actors, operations] = await Promise.all([loadCategories(), actorTypes(), operationTypes()]);
  main.append(h('p', { class: 'muted', id: 'dashboard-period' }, t('dashboard.periodText', { from: data.from, to: data.to })),
    csvButton(key, { from: data.from, to: data.to }),
    h('h2', null, t('dashboard.figures')), figures(data, { actors, operations }),
    h('h2', null, t('dashboard.weeklyTitle')), chart(data.weekly || []), weeklyTable(data.weekly || []),
    h('h2', null, t('dashboard.unansweredTitle'), ' ', h('span', { class: 'tag' }, formatNumber(data.unanswered.count))),
    unansweredPart(data.unanswered, categories),
    h('h2', null, t('dashboard.communesTitle')),
    (data.communes || []).length ? communeTable(data.communes) : h('p', { class: 'empty' }, t('dashboard.noCommunes')));
}
