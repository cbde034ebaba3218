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
import { t, formatDate, formatWait } from './i18n.js';
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
 * A labelled input.
 * @returns {{wrapper: HTMLElement, input: HTMLElement, setError: Function}}
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
  return {
    wrapper,
    input,
    setError(message) {
      error.textContent = message || '';
      error.hidden = !message;
      if (message) {
        input.setAttribute('aria-invalid', 'true');
      } else {
        input.removeAttribute('aria-invalid');
      }
    },
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
    hide() {
      clear(box);
      box.hidden = true;
    },
  };
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
 * Shows an API error on a form: per field where the API named it, and in the summary.
 * @param {object} fields map from API field name to {setError}
 */
export function showProblem(box, error, fields = {}) {
  const byField = error instanceof ApiError ? error.fieldErrors() : {};
  const details = [];
  for (const [name, control] of Object.entries(fields)) {
    const message = byField[name];
    control.setError(message);
    if (message) {
      details.push(`${control.label || name} : ${message}`);
    }
  }
  for (const [name, message] of Object.entries(byField)) {
    if (!fields[name] && !name.includes('.')) {
      details.push(`${name} : ${message}`);
    } else if (!fields[name] && !fields[name.split('.').pop()]) {
      details.push(`${name} : ${message}`);
    }
  }
  box.show(problemText(error), [...new Set([...problemDetails(error), ...details])]);
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

export function radioGroup(legend, name, options, selected) {
  const inputs = [];
  const group = h('fieldset', { class: 'field' }, h('legend', null, legend),
    h('div', { class: 'inline-choices' }, options.map((option) => {
      const id = uid(name);
      const input = h('input', { type: 'radio', id, name, value: option.value, checked: String(option.value) === String(selected) });
      inputs.push(input);
      return h('div', { class: 'choice' }, input, h('label', { for: id }, option.label));
    })));
  return {
    element: group,
    value: () => {
      const checked = inputs.find((i) => i.checked);
      return checked ? checked.value : null;
    },
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
