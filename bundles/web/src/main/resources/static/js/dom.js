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
 * Building the DOM without HTML strings: every piece of text becomes a text node, so nothing a user
 * wrote can ever be parsed as markup. There is no innerHTML anywhere in the application.
 */

/**
 * Creates an element.
 * @param {string} tag the element name
 * @param {object} [attrs] attributes; functions under "on..." become listeners; false/null are left out
 * @param {...(Node|string|number|Array|null|undefined)} children text (as text nodes) or nodes
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) {
        continue;
      }
      if (key.startsWith('on') && typeof value === 'function') {
        el.addEventListener(key.slice(2).toLowerCase(), value);
      } else if (key === 'class') {
        el.className = value;
      } else if (key === 'value' && 'value' in el) {
        el.value = value;
      } else if (key === 'checked' || key === 'selected') {
        el[key] = Boolean(value);
      } else {
        el.setAttribute(key, value === true ? '' : String(value));
      }
    }
  }
  append(el, children);
  return el;
}

/** Appends text or nodes (arrays flattened) to a parent. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child of an element. */
export function clear(el) {
  while (el.firstChild) {
    el.firstChild.remove();
  }
  return el;
}

let counter = 0;

/** A fresh id for label/input pairs. */
export function uid(prefix = 'f') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** Tells screen readers something happened (the status region is polite). */
export function announce(text) {
  const status = document.getElementById('status');
  if (status) {
    status.textContent = '';
    window.setTimeout(() => { status.textContent = text; }, 50);
  }
}

/** A link to a client route. */
export function link(route, text, attrs = {}) {
  return h('a', { href: `#${route}`, ...attrs }, text);
}

/** An http(s) URL a user typed, as a safe link; anything else as plain text. */
export function safeExternalLink(url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') {
      return h('a', { href: parsed.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, url);
    }
  } catch {
    // not a URL: shown as text below
  }
  return document.createTextNode(url);
}

/** A phone number as a link that calls it (tel:, digits and a leading + only); text alone if nothing is left. */
export function telLink(phone) {
  const number = String(phone).trim().replace(/(?!^\+)[^\d]/g, '');
  return /\d/.test(number) ? h('a', { href: `tel:${number}`, class: 'tel' }, phone) : document.createTextNode(phone);
}
