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
 * Small modal dialogs on the browser's own <dialog>: it moves the focus in, keeps it there, closes on Escape,
 * and the focus goes back to the control that opened it. One asks for a confirmation, with the fields the
 * action needs (a reason, a date); the API's answer decides, and its errors are shown inside the dialog.
 */

import { h, uid } from './dom.js';
import { t } from './i18n.js';
import { errorBox, showProblem, checkForm } from './ui.js';
import { onLeave } from './nav.js';

/**
 * Opens a dialog.
 * @param {object} options
 * @param {string} options.title the dialog's heading, which names it
 * @param {Array} [options.intro] what it says before the fields (text or nodes)
 * @param {object} [options.fields] controls built by ui.field, by API field name, shown in this order
 * @param {string} options.confirm the label of the button that acts
 * @param {boolean} [options.danger] the action is one to think twice about (a red button; Cancel has the focus)
 * @param {Function} options.action async, given nothing: calls the API; what it returns is the dialog's result
 * @param {string} [options.done] shown once the action succeeded, with only a Close button; without it the
 *   dialog closes at once
 * @returns {Promise} the action's result once the dialog is closed, or undefined when it was cancelled
 */
export function openDialog({ title, intro = [], fields = {}, confirm, danger = false, action, done }) {
  return new Promise((resolve) => {
    const opener = document.activeElement;
    const titleId = uid('dialog-title');
    const box = errorBox();
    const controls = Object.values(fields);
    const submit = h('button', { type: 'submit', class: danger ? 'danger' : 'primary' }, confirm);
    const cancel = h('button', { type: 'button', class: 'secondary' }, t('common.cancel'));
    const form = h('form', { novalidate: true }, box.element, intro.map((part) => (typeof part === 'string' ? h('p', null, part) : part)),
      controls.map((control) => control.wrapper), h('div', { class: 'actions' }, submit, cancel));
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': titleId }, h('h2', { id: titleId }, title), form);
    let result;
    const close = () => dialog.close();
    cancel.addEventListener('click', close);
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener && opener.isConnected && typeof opener.focus === 'function') {
        opener.focus();
      }
      resolve(result);
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!checkForm(box, fields)) {
        return;
      }
      submit.disabled = true;
      try {
        result = await action();
      } catch (error) {
        showProblem(box, error, fields);
        submit.disabled = false;
        return;
      }
      if (!done) {
        close();
        return;
      }
      const closeButton = h('button', { type: 'button', class: 'primary' }, t('common.close'));
      closeButton.addEventListener('click', close);
      form.replaceChildren(h('p', { class: 'notice success', role: 'status' }, done), h('div', { class: 'actions' }, closeButton));
      closeButton.focus();
    });
    (document.getElementById('main') || document.body).append(dialog);
    dialog.showModal();
    (controls.length ? controls[0].input : (danger ? cancel : submit)).focus();
    onLeave(() => {
      if (dialog.open) {
        dialog.close();
      }
    });
  });
}
