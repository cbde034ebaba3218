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

/** Pieces every screen uses: titled pages, labelled fields, error summaries, empty and error states. */

import { h, clear, uid, announce } from './dom.js';
import { t, has, formatDate, formatNumber, formatWait } from './i18n.js';
import { ApiError } from './api.js';

/** Starts a screen: clears the main region, sets the document title and the focusable heading. */
export function page(main, title, ...intro) {
  clear(main);
  document.title = `${title} · Entraide`;
  const heading = h('h1', { tabindex: '-1', class: 'title-text' }, title);
  main.append(heading, ...intro.filter(Boolean));
  return heading;
}

/**
 * What the browser can tell is wrong with a value before anything is sent, from the same limits the API applies:
 * `{code, message}` (the code of docs/development.md "Error codes", the message a fragment that reads after the
 * field's label, in the interface's language), or null. A number or a date is compared as the browser reads it.
 * @param {string|Array|undefined} value what was typed or chosen (a list for several choices)
 * @param {object} rules required, minLength, maxLength, pattern, min, max (numbers or, for dates, days), type
 *   ('number', 'date', 'email', 'url', 'tel'), choices (the keys accepted)
 */
export function checkValue(value, rules) {
  const problem = (code, key, vars) => ({ code, message: t(`check.${key}`, vars) });
  if (Array.isArray(value)) {
    if (!value.length) {
      return rules.required ? problem('required', 'required') : null;
    }
    if (rules.choices && value.some((v) => !rules.choices.includes(v))) {
      return problem('not_a_choice', 'choice');
    }
    if (rules.min !== undefined && rules.min !== null && value.length < rules.min) {
      return problem('out_of_range', 'fewChoices', { min: formatNumber(rules.min) });
    }
    if (rules.max !== undefined && rules.max !== null && value.length > rules.max) {
      return problem('out_of_range', 'manyChoices', { max: formatNumber(rules.max) });
    }
    return null;
  }
  const text = value === undefined || value === null ? '' : String(value).trim();
  if (!text) {
    return rules.required ? problem('required', 'required') : null;
  }
  if (rules.choices && !rules.choices.includes(text)) {
    return problem('not_a_choice', 'choice');
  }
  if (rules.type === 'number') {
    const number = Number(text);
    if (!Number.isFinite(number)) {
      return problem('wrong_type', 'number');
    }
    return bounds(number, rules, (n) => formatNumber(n), problem, '');
  }
  if (rules.type === 'date' || rules.type === 'datetime-local') {
    if (Number.isNaN(Date.parse(text))) {
      return problem('not_a_date', 'date');
    }
    const day = text.slice(0, 10);
    const min = rules.min ? String(rules.min).slice(0, 10) : undefined;
    const max = rules.max ? String(rules.max).slice(0, 10) : undefined;
    return bounds(day, { min, max }, (d) => formatDate(`${d}T12:00:00Z`, false), problem, 'date');
  }
  const length = text.length;
  if (rules.minLength && length < rules.minLength) {
    return problem('too_short', 'tooShort', { min: formatNumber(rules.minLength) });
  }
  if (rules.maxLength && length > rules.maxLength) {
    return problem('too_long', 'tooLong', { max: formatNumber(rules.maxLength) });
  }
  if (rules.type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) {
    return problem('not_an_email', 'email');
  }
  if (rules.type === 'url' && !isWebAddress(text)) {
    return problem('not_a_url', 'url');
  }
  if (rules.pattern && !matches(rules.pattern, text)) {
    return problem('pattern', 'pattern');
  }
  return null;
}

/** Whether a text is an http(s) address, as the API wants a website. */
function isWebAddress(text) {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname);
  } catch {
    return false;
  }
}

/** Whether a value is within min and max (numbers, or days as 2026-12-24, which compare as text). */
function bounds(value, rules, show, problem, kind) {
  const key = (name) => (kind ? `${kind}${name[0].toUpperCase()}${name.slice(1)}` : name);
  const below = rules.min !== undefined && rules.min !== null && rules.min !== '' && value < rules.min;
  const above = rules.max !== undefined && rules.max !== null && rules.max !== '' && value > rules.max;
  if (!below && !above) {
    return null;
  }
  if (rules.min !== undefined && rules.min !== null && rules.min !== '' && rules.max !== undefined && rules.max !== null && rules.max !== '') {
    return problem('out_of_range', key('between'), { min: show(rules.min), max: show(rules.max) });
  }
  return below ? problem('out_of_range', key('atLeast'), { min: show(rules.min) })
    : problem('out_of_range', key('atMost'), { max: show(rules.max) });
}

/** Whether the whole text matches a schema's pattern; a pattern this browser cannot read is left to the API. */
function matches(pattern, text) {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(text);
  } catch {
    return true;
  }
}

/** A number attribute of an input, or undefined. */
function numberAttr(attrs, name) {
  const value = attrs[name];
  return value === undefined || value === null || value === '' ? undefined : Number(value);
}

/** Shows a field's sentence (or clears it, for null) in its error element, and marks its controls invalid or not. */
export function markError(error, targets, message) {
  error.textContent = message || '';
  error.hidden = !message;
  for (const target of targets) {
    if (message) {
      target.setAttribute('aria-invalid', 'true');
    } else {
      target.removeAttribute('aria-invalid');
    }
  }
}

/**
 * A labelled input. Its client-side checks come from its attributes (required, minlength, maxlength, pattern,
 * min, max, type), which are the API's limits for that field; a field inside a hidden part of the form is not
 * checked.
 * @returns {{wrapper: HTMLElement, input: HTMLElement, label: string, setError: Function, check: Function}}
 */
export function field(label, attrs = {}, { help, tag = 'input', required = false } = {}) {
  const id = attrs.id || uid(attrs.name || 'field');
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const input = h(tag, { ...attrs, id, required, 'aria-describedby': [help ? helpId : null, errorId].filter(Boolean).join(' ') });
  if (tag === 'textarea' && attrs.value !== undefined) {
    input.value = attrs.value;
  }
  const error = h('p', { class: 'error', id: errorId, hidden: true });
  const wrapper = h('div', { class: 'field' },
    h('label', { for: id }, required ? `${label} ${t('form.requiredMark')}` : label),
    help ? h('p', { class: 'help', id: helpId }, help) : null, input, error);
  const dated = attrs.type === 'date' || attrs.type === 'datetime-local';
  const rules = { required, type: attrs.type, pattern: attrs.pattern, minLength: numberAttr(attrs, 'minlength'),
    maxLength: numberAttr(attrs, 'maxlength'), min: dated ? attrs.min : numberAttr(attrs, 'min'), max: dated ? attrs.max : numberAttr(attrs, 'max') };
  return {
    wrapper,
    input,
    label,
    rules,
    focusTarget: () => input,
    check: () => (input.closest('[hidden]') ? null : checkValue(input.value, rules)),
    setError: (message) => markError(error, [input], message),
  };
}

/**
 * A control that is not a ui.field (a select, a group of boxes, a place picker) made to show its error as fields
 * do: the sentence in `error` (a <p class="error"> given an id), `aria-invalid` on `target`, which the summary
 * links to and which is described by the error.
 */
export function errorSlot(label, target, error, check = () => null) {
  error.id = error.id || uid('error');
  error.classList.add('error');
  const describedBy = (target.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  if (!describedBy.includes(error.id)) {
    target.setAttribute('aria-describedby', [...describedBy, error.id].join(' '));
  }
  return {
    label,
    focusTarget: () => target,
    check,
    setError: (message) => markError(error, [target], message),
  };
}

/** A box that lists what went wrong, focused so that keyboard and screen reader users land on it. */
export function errorBox() {
  const box = h('div', { class: 'notice error-box', role: 'alert', tabindex: '-1', hidden: true });
  return {
    element: box,
    show(message, details = []) {
      clear(box);
      box.append(h('p', null, message));
      if (details.length) {
        box.append(h('ul', null, details.map((d) => h('li', null, d))));
      }
      box.hidden = false;
      box.focus();
    },
    /**
     * The summary of a form's errors: each a link to its field (when it has one), and the focus on `first`, the
     * first field in error (on the box when none).
     */
    showErrors(message, details, items, first) {
      clear(box);
      box.append(h('p', null, message), h('ul', null, [...details.map((d) => h('li', null, d)), ...items.map((item) => {
        const target = item.target;
        return h('li', null, target && target.id ? h('a', { href: `#${target.id}`, onclick: (event) => {
          event.preventDefault();
          target.focus();
          target.scrollIntoView({ block: 'center' });
        } }, item.text) : item.text);
      })]));
      box.hidden = false;
      (first || box).focus();
    },
    hide() {
      clear(box);
      box.hidden = true;
    },
  };
}

/** The sentence shown for a field in error: its label, then what is wrong ("Titre : 3 caractères au moins"). */
export function fieldSentence(label, message) {
  // A label asked as a question ("Jusqu'à quand ?") reads as a name before the colon.
  return t('form.fieldError', { label: String(label).replace(/\s*\?$/, ''), message: message || t('check.invalid') });
}

/** The paths an API field error may be shown under, most precise first: "home.lat", "home", then "lat". */
function candidates(path) {
  const found = [];
  let current = path;
  while (current) {
    found.push(current);
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut > 0 ? current.slice(0, cut) : '';
  }
  const short = path.replace(/^(attributes|location|home|contact|onBehalfOf|consent)\./, '');
  return short !== path ? [...found, ...candidates(short)] : found;
}

/** A name for a field that is not on the form: the interface's word for it, else "another piece of information". */
function nameOf(path) {
  for (const candidate of candidates(path)) {
    const key = `fieldName.${candidate.replace(/\[\d+\]/g, '')}`;
    if (has(key)) {
      return t(key);
    }
  }
  return t('form.otherField');
}

/** Whether a node comes before another in the page. */
function byPlace(a, b) {
  if (!a.node || !b.node) {
    return a.node ? -1 : b.node ? 1 : 0;
  }
  return a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Shows field errors on a form, from the browser's checks or the API's problem: one sentence per field ("label :
 * message") next to it, with aria-invalid; the summary at the top lists them in the order of the form, each a link
 * to its field; the focus goes to the first field in error. An error about something not on the form is said in
 * the summary with a name for it, never its raw path; a field is never named twice.
 * @param {object} box an errorBox
 * @param {string} message the summary's first line
 * @param {Array} errors [{field, code, message}] (message in the interface's language, read after the label)
 * @param {object} controls by API field path ("title", "home", "attributes.goods"): {label, setError, focusTarget}
 * @param {Array} [details] lines to say first (a limit's explanation)
 */
export function showFieldErrors(box, message, errors, controls = {}, details = []) {
  const sentences = new Map();
  const others = new Map();
  for (const error of errors) {
    if (!error) {
      continue;
    }
    const key = candidates(error.field || '').find((candidate) => controls[candidate]);
    if (key) {
      const control = controls[key];
      if (!sentences.has(control)) {
        sentences.set(control, fieldSentence(control.label || nameOf(key), error.message));
      }
    } else {
      const name = error.field ? nameOf(error.field) : null;
      const text = name ? fieldSentence(name, error.message) : error.message;
      const key = name && name !== t('form.otherField') ? name : (error.field || text);
      if (text && !others.has(key)) {
        others.set(key, text);
      }
    }
  }
  const items = [];
  for (const control of new Set(Object.values(controls))) {
    const sentence = sentences.get(control) || null;
    control.setError(sentence);
    if (sentence) {
      const target = control.focusTarget ? control.focusTarget() : null;
      items.push({ text: sentence, target, node: target });
    }
  }
  items.sort(byPlace);
  const first = items.length ? items[0].target : null;
  box.showErrors(message, details, [...items, ...[...others.values()].map((text) => ({ text }))], first);
}

/** Clears the errors shown on a form's fields and its summary. */
export function clearErrors(box, controls = {}) {
  for (const control of new Set(Object.values(controls))) {
    control.setError(null);
  }
  box.hide();
}

/**
 * Checks a form's fields in the browser before anything is sent (`control.check()`, with the API's limits): every
 * problem is shown at once, as the API's would be, and false is returned; true when nothing is wrong.
 * @param {Array} [more] further errors found by the form itself ({field, code, message})
 */
export function checkForm(box, controls, more = []) {
  const errors = [];
  for (const [name, control] of Object.entries(controls)) {
    const problem = control.check ? control.check() : null;
    if (problem) {
      errors.push({ field: name, ...problem });
    }
  }
  errors.push(...more);
  if (errors.length) {
    showFieldErrors(box, t('form.errorsTitle'), errors, controls);
    return false;
  }
  clearErrors(box, controls);
  return true;
}

/** What a suspended account is told when it signs in: until when, from the problem's suspendedUntil. */
function suspendedText(error) {
  const until = error.problem.suspendedUntil;
  return until ? t('error.suspendedUntil', { date: formatDate(until) }) : t('error.suspended');
}

/** A 429: the limit was reached, and when to try again (Retry-After). */
function tooManyText(error) {
  return error.retryAfter !== null && error.retryAfter !== undefined
    ? t('error.tooManyRetry', { when: formatWait(error.retryAfter) }) : t('error.tooMany');
}

/** The text to show for a failed call. */
export function problemText(error) {
  if (error instanceof ApiError) {
    if (error.status === 0 || error.status >= 500) {
      return t('error.server');
    }
    if (error.status === 401) {
      return t('error.unauthorized');
    }
    if (error.status === 403) {
      return error.isType('account-suspended') ? (error.problem.detail || suspendedText(error)) : t('error.forbidden');
    }
    if (error.status === 404) {
      return t('error.notFound');
    }
    if (error.status === 429) {
      return tooManyText(error);
    }
    return error.problem.detail || error.problem.title || t('error.invalid');
  }
  return t('error.network');
}

/**
 * What completes the text above: for a 429, the API's own words (which limit was reached); for a suspended
 * account, the end of the suspension in this device's time (the API's detail says it in UTC). Empty otherwise.
 */
export function problemDetails(error) {
  if (!(error instanceof ApiError)) {
    return [];
  }
  if (error.status === 429 && error.problem.detail) {
    return [error.problem.detail];
  }
  if (error.status === 403 && error.isType('account-suspended') && error.problem.detail && error.problem.suspendedUntil) {
    return [t('error.suspendedLocal', { date: formatDate(error.problem.suspendedUntil) })];
  }
  return [];
}

/**
 * Shows an API error on a form: its field errors on the fields and in the summary (see showFieldErrors), anything
 * else in the summary alone.
 * @param {object} fields map from API field path to control ({label, setError, focusTarget})
 */
export function showProblem(box, error, fields = {}) {
  const errors = error instanceof ApiError && Array.isArray(error.problem.errors) ? error.problem.errors : [];
  if (errors.length && error.status < 500) {
    showFieldErrors(box, t('form.errorsTitle'), errors, fields, problemDetails(error));
    return;
  }
  for (const control of new Set(Object.values(fields))) {
    control.setError(null);
  }
  box.show(problemText(error), problemDetails(error));
}

/** Grey placeholder cards, hidden from screen readers (the loading is announced once, in words). */
export function skeletonCards(count = 3, tag = 'li') {
  return Array.from({ length: count }, () => h(tag, { class: 'card skeleton', 'aria-hidden': 'true' },
    h('span', { class: 'sk-line short' }), h('span', { class: 'sk-line' }), h('span', { class: 'sk-line' })));
}

/** While a screen loads: a skeleton of cards, busy, and "Chargement…" said once to screen readers. */
export function loading(main) {
  clear(main);
  main.append(h('div', { class: 'loading', 'aria-busy': 'true' },
    h('span', { class: 'sk-line title', 'aria-hidden': 'true' }), h('div', { class: 'cards' }, skeletonCards(3, 'div'))));
  announce(t('common.loading'));
}

export function failure(main, error) {
  page(main, t('error.title'), h('p', { class: 'notice error-box' }, problemText(error)),
    h('p', null, h('a', { href: '#/' }, t('common.backHome'))));
}

export function radioGroup(legend, name, options, selected, { required = false } = {}) {
  const inputs = [];
  const errorId = uid(`${name}-error`);
  const error = h('p', { class: 'error', id: errorId, hidden: true });
  const group = h('fieldset', { class: 'field', 'aria-describedby': errorId }, h('legend', null, required ? `${legend} ${t('form.requiredMark')}` : legend),
    h('div', { class: 'inline-choices' }, options.map((option) => {
      const id = uid(name);
      const input = h('input', { type: 'radio', id, name, value: option.value, checked: String(option.value) === String(selected) });
      inputs.push(input);
      return h('div', { class: 'choice' }, input, h('label', { for: id }, option.label));
    })), error);
  const value = () => {
    const checked = inputs.find((i) => i.checked);
    return checked ? checked.value : null;
  };
  return {
    element: group,
    label: legend,
    value,
    focusTarget: () => inputs.find((i) => i.checked) || inputs[0],
    check: () => (group.closest('[hidden]') ? null : checkValue(value() || '', { required })),
    setError: (message) => markError(error, inputs, message),
  };
}

export function checkbox(label, attrs = {}) {
  const id = attrs.id || uid('check');
  const input = h('input', { type: 'checkbox', ...attrs, id });
  return { element: h('div', { class: 'choice' }, input, h('label', { for: id }, label)), input };
}

/** Runs an action from a button, disabling it meanwhile; errors go to the box. */
export async function busy(button, box, action) {
  button.disabled = true;
  try {
    if (box) {
      box.hide();
    }
    return await action();
  } catch (error) {
    if (box) {
      box.show(problemText(error), problemDetails(error));
    } else {
      announce(problemText(error));
    }
    return undefined;
  } finally {
    button.disabled = false;
  }
}
