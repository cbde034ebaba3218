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

/** Signing in. */

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { post } from '../api.js';
import { remember, setCurrentAccount } from '../session.js';
import { page, field, errorBox, showProblem, checkbox, checkForm } from '../ui.js';
import { navigate } from '../nav.js';

export async function render(main) {
  // A screen that sent the resident here may leave a word for them, such as "password changed".
  const notice = sessionStorage.getItem('entraide.notice');
  sessionStorage.removeItem('entraide.notice');
  page(main, t('signin.title'), notice ? h('p', { class: 'notice', role: 'status' }, notice) : null);
  const box = errorBox();
  const email = field(t('register.email'), { type: 'email', name: 'email', autocomplete: 'username' }, { required: true });
  const password = field(t('register.password'), { type: 'password', name: 'password', autocomplete: 'current-password' }, { required: true });
  const stay = checkbox(t('signin.remember'));
  const submit = h('button', { type: 'submit', class: 'primary' }, t('signin.submit'));
  const forgot = h('p', null, h('a', { href: '#/forgot-password' }, t('signin.forgot')));
  const form = h('form', { novalidate: true, 'aria-label': t('signin.title') }, box.element, email.wrapper, password.wrapper, forgot, stay.element,
    h('p', { class: 'help' }, t('signin.rememberHelp')),
    h('div', { class: 'actions' }, submit),
    h('p', null, t('signin.noAccount'), ' ', h('a', { href: '#/register' }, t('signin.registerLink'))));
  main.append(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!checkForm(box, { email, password })) {
      return;
    }
    submit.disabled = true;
    try {
      const session = await post('/sessions', { email: email.input.value.trim(), password: password.input.value });
      remember(session, stay.input.checked);
      setCurrentAccount(null);
      const after = sessionStorage.getItem('entraide.after');
      sessionStorage.removeItem('entraide.after');
      navigate(after && after.startsWith('/') ? after : '/feed');
    } catch (error) {
      showProblem(box, error, { email, password });
    } finally {
      submit.disabled = false;
    }
  });
}
