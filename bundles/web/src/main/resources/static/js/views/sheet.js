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
 * The printable sheet of a post written for a beneficiary (GET /posts/{id}/sheet, its author only): fetched with
 * the token, shown on the page and handed to the browser's print dialog. The app's CSP lets no inline style or
 * script run, so the sheet is not opened as a page of its own: its HTML, its head and any style, script or attribute
 * (but class) left out, is read in an inert document (DOMParser runs nothing) and copied element by element, text as
 * text, keeping only plain structural elements; the app's print style then prints that part of the page alone, in
 * large type.
 */

import { h, clear, announce } from '../dom.js';
import { t } from '../i18n.js';
import { fetchText } from '../api.js';
import { busy, errorBox } from '../ui.js';

const KEPT = new Set(['p', 'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'b', 'i',
  'section', 'article', 'header', 'footer', 'div', 'span', 'br', 'time', 'blockquote', 'hr', 'small', 'caption']);
const DROPPED = new Set(['script', 'style', 'title', 'head', 'meta', 'link', 'template', 'iframe', 'object', 'embed', 'noscript']);
/** The sheet's headings, one level down: the page keeps its own h1. */
const HEADINGS = { h1: 'h2', h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h6', h6: 'h6' };

/** The sheet's classes the app knows, as the app's own: the request's text and the messages keep their line breaks. */
const CLASSES = { body: 'pre', text: 'pre', kind: 'tag' };

/** A copy of a node of the inert document: text as text nodes, kept elements rebuilt without their attributes. */
function copy(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    return document.createTextNode(node.textContent);
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return null;
  }
  const tag = node.tagName.toLowerCase();
  if (DROPPED.has(tag)) {
    return null;
  }
  const children = Array.from(node.childNodes, copy).filter(Boolean);
  const name = HEADINGS[tag] || (KEPT.has(tag) ? tag : null);
  if (!name) {
    const fragment = document.createDocumentFragment();
    fragment.append(...children);
    return fragment;
  }
  const element = document.createElement(name);
  const known = (node.getAttribute('class') || '').split(/\s+/).map((cls) => CLASSES[cls]).filter(Boolean);
  if (known.length) {
    element.className = known.join(' ');
  }
  if (name === 'th' && node.getAttribute('scope')) {
    element.setAttribute('scope', node.getAttribute('scope') === 'row' ? 'row' : 'col');
  }
  element.append(...children);
  return element;
}

/**
 * The sheet's body with no style, script or attribute but class: Chrome checks the page's CSP even while DOMParser
 * reads a document that runs nothing, and would report the sheet's own inline style as a violation. The server
 * escapes every text, so "<" only ever opens a tag; this is not the defence (the copy below is), only quiet.
 */
function plain(html) {
  const body = html.replace(/^[\s\S]*?<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, '');
  return body.replace(/<(script|style|template|noscript|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<([a-z][a-z0-9]*)\b([^>]*)>/gi, (all, tag, attributes) => {
      const kept = attributes.match(/\sclass\s*=\s*"([\w\s-]*)"/i);
      return kept ? `<${tag} class="${kept[1]}">` : `<${tag}>`;
    });
}

/** The sheet's body, as nodes of the page. */
export function sheetNodes(html) {
  const inert = new DOMParser().parseFromString(plain(html), 'text/html');
  return Array.from(inert.body.childNodes, copy).filter(Boolean);
}

/** Prints the part of the page holding the sheet alone (app.css, @media print), then puts the page back. */
function printSheet() {
  document.body.classList.add('printing-sheet');
  const done = () => {
    document.body.classList.remove('printing-sheet');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
  window.setTimeout(done, 1000);
}

/** "Imprimer la fiche": fetches the sheet in the page's language, shows it below the post and prints it. */
export function printSheetButton(item) {
  const box = errorBox();
  const button = h('button', { type: 'button', class: 'primary', id: 'print-sheet-button' }, t('sheet.print'));
  button.addEventListener('click', () => busy(button, box, async () => {
    const html = await fetchText(`/posts/${encodeURIComponent(item.id)}/sheet`, { accept: 'text/html' });
    let section = document.getElementById('print-sheet');
    if (!section) {
      section = h('section', { id: 'print-sheet', class: 'print-sheet', 'aria-labelledby': 'print-sheet-title' });
      document.getElementById('main').append(section);
    }
    clear(section);
    section.append(h('h2', { id: 'print-sheet-title', class: 'screen-only' }, t('sheet.title')), ...sheetNodes(html));
    announce(t('sheet.ready'));
    printSheet();
  }));
  return h('span', { class: 'sheet-action' }, button, box.element);
}
