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

/** Onboarding: create an account with a home and a radius, then sign in straight away. */

import { h } from '../dom.js';
import { t, language } from '../i18n.js';
import { post, radiusOptions } from '../api.js';
import { remember, setCurrentAccount } from '../session.js';
import { page, field, errorBox, showProblem, radioGroup, checkbox, checkForm } from '../ui.js';
import { homePicker } from '../home.js';
import { navigate } from '../nav.js';

export async function radii() {
  try {
    const options = await radiusOptions();
    return { offered: options.offeredKm && options.offeredKm.length ? options.offeredKm : [5, 10, 25, 50], byDefault: options.defaultKm || 10 };
  } catch {
    // unavailable: the usual radii
    return { offered: [5, 10, 25, 50], byDefault: 10 };
  }
}

/** The commune a visitor chose on the landing page (#/register?lat&lon&place), so they need not type it again. */
function chosenOnLanding(query) {
  const lat = Number(query && query.lat);
  const lon = Number(query && query.lon);
  if (!query || !query.lat || !query.lon || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    return {};
  }
  return { initial: { lat, lon }, initialLabel: query.place };
}

export async function render(main, params, query) {
  const { offered, byDefault } = await radii();
  page(main, t('register.title'), h('p', null, t('register.intro')));
  const box = errorBox();
  const name = field(t('register.displayName'), { type: 'text', name: 'displayName', autocomplete: 'nickname', minlength: 2, maxlength: 60 },
    { required: true, help: t('register.displayNameHelp') });
  const email = field(t('register.email'), { type: 'email', name: 'email', autocomplete: 'email' }, { required: true });
  const password = field(t('register.password'), { type: 'password', name: 'password', autocomplete: 'new-password', minlength: 10 },
    { required: true, help: t('register.passwordHelp') });
  const home = homePicker({ required: true, ...chosenOnLanding(query) });
  const radius = radioGroup(t('register.radius'), 'radiusKm', offered.map((km) => ({ value: km, label: t('radius.option', { km }) })), byDefault);
  const stay = checkbox(t('signin.remember'));
  const submit = h('button', { type: 'submit', class: 'primary' }, t('register.submit'));
  const form = h('form', { novalidate: true, class: 'wide-form', 'aria-label': t('register.title') },
    box.element, name.wrapper, email.wrapper, password.wrapper, home.element, radius.element, stay.element,
    h('div', { class: 'actions' }, submit),
    h('p', null, t('register.haveAccount'), ' ', h('a', { href: '#/signin' }, t('register.signinLink'))));
  main.append(form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const controls = { displayName: name, email, password, home, radiusKm: radius };
    if (!checkForm(box, controls)) {
      return;
    }
    const chosenHome = home.value();
    submit.disabled = true;
    const credentials = { email: email.input.value.trim(), password: password.input.value };
    try {
      const account = await post('/accounts', {
        ...credentials,
        displayName: name.input.value.trim(),
        home: chosenHome,
        locale: language(),
        radiusKm: Number(radius.value()),
      });
      const session = await post('/sessions', credentials);
      remember(session, stay.input.checked);
      setCurrentAccount(null);
      if (account && account.id) {
        sessionStorage.setItem('entraide.welcome', '1');
      }
      navigate('/feed');
    } catch (error) {
      showProblem(box, error, controls);
    } finally {
      submit.disabled = false;
    }
  });
}
