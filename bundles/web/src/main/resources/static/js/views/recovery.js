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
 * Account recovery: a forgotten password (ask for a link, then choose a new password from it), proving the email
 * address from the link mailed at registration, and the banner shown while the address is not proved.
 * The links come by mail: #/reset-password/{token} and #/verify-email/{token}.
 */

import { h, announce } from '../dom.js';
import { t } from '../i18n.js';
import { post, ApiError } from '../api.js';
import { signedIn, currentAccount, setCurrentAccount } from '../session.js';
import { page, field, errorBox, showProblem, busy, checkForm } from '../ui.js';
import { navigate } from '../nav.js';

/** #/forgot-password: the address to mail a link to. The answer is the same whether it has an account or not. */
export async function renderForgot(main) {
  page(main, t('recovery.forgotTitle'), h('p', null, t('recovery.forgotIntro')));
  const box = errorBox();
  const email = field(t('register.email'), { type: 'email', name: 'email', autocomplete: 'username' }, { required: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('recovery.forgotSubmit'));
  const done = h('p', { class: 'notice', role: 'status', tabindex: '-1', hidden: true });
  const form = h('form', { novalidate: true, 'aria-label': t('recovery.forgotTitle') }, box.element, email.wrapper,
    h('div', { class: 'actions' }, submit));
  main.append(form, done, h('p', null, h('a', { href: '#/signin' }, t('recovery.backToSignin'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const address = email.input.value.trim();
    if (!checkForm(box, { email })) {
      return;
    }
    await busy(submit, box, async () => {
      try {
        await post('/password-resets', { email: address });
        form.hidden = true;
        done.textContent = t('recovery.forgotSent', { email: address });
        done.hidden = false;
        done.focus();
        announce(done.textContent);
      } catch (error) {
        showProblem(box, error, { email });
      }
    });
  });
}

/** #/reset-password/{token}: the new password. */
export async function renderReset(main, params) {
  page(main, t('recovery.resetTitle'));
  const box = errorBox();
  const password = field(t('account.newPassword'), { type: 'password', name: 'password', autocomplete: 'new-password', minlength: 10 },
    { required: true, help: t('register.passwordHelp') });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('recovery.resetSubmit'));
  const form = h('form', { novalidate: true, 'aria-label': t('recovery.resetTitle') }, box.element, password.wrapper,
    h('div', { class: 'actions' }, submit));
  main.append(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!checkForm(box, { password })) {
      return;
    }
    await busy(submit, box, async () => {
      try {
        await post(`/password-resets/${encodeURIComponent(params.token)}`, { password: password.input.value });
        sessionStorage.setItem('entraide.notice', t('recovery.resetDone'));
        navigate('/signin');
      } catch (error) {
        if (isDeadLink(error)) {
          deadLink(main, t('recovery.resetTitle'), h('a', { href: '#/forgot-password' }, t('recovery.askAgain')));
          return;
        }
        showProblem(box, error, { password });
      }
    });
  });
}

/** #/verify-email/{token}: proves the address at once, and says so. */
export async function renderVerify(main, params) {
  page(main, t('recovery.verifyTitle'), h('p', { role: 'status' }, t('common.loading')));
  try {
    await post('/accounts/email-verifications', { token: params.token });
  } catch (error) {
    if (isDeadLink(error)) {
      const account = currentAccount();
      if (account && account.emailVerified) {
        done(main);
        return;
      }
      deadLink(main, t('recovery.verifyTitle'), signedIn() ? resendButton() : h('a', { href: '#/signin' }, t('signin.title')));
      return;
    }
    throw error;
  }
  const account = currentAccount();
  if (account) {
    setCurrentAccount({ ...account, emailVerified: true });
  }
  done(main);
}

function done(main) {
  page(main, t('recovery.verifyTitle'), h('p', { class: 'notice', role: 'status' }, t('recovery.verified')),
    h('p', null, h('a', { href: signedIn() ? '#/feed' : '#/signin', class: 'button primary' }, t('recovery.continue'))));
}

/** While the signed-in resident's address is not proved: a reminder with a button mailing a new link. */
export function verificationBanner() {
  const account = currentAccount();
  if (!account || account.emailVerified !== false) {
    return null;
  }
  return h('div', { class: 'notice banner', role: 'note' },
    h('p', null, t('recovery.banner', { email: account.email })), resendButton());
}

function resendButton() {
  const status = h('span', { role: 'status' });
  const button = h('button', { type: 'button', class: 'secondary' }, t('recovery.resend'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await post('/accounts/email-verifications/resend');
      status.textContent = ` ${t('recovery.resent')}`;
    } catch (error) {
      status.textContent = ` ${error instanceof ApiError && error.status === 429 ? t('recovery.resendLater')
        : error instanceof ApiError && error.status === 409 ? t('recovery.verified') : t('error.network')}`;
    } finally {
      button.disabled = false;
    }
  });
  return h('span', null, button, status);
}

function isDeadLink(error) {
  return error instanceof ApiError && (error.status === 410 || error.status === 400);
}

function deadLink(main, title, next) {
  page(main, title, h('p', { class: 'notice error-box', role: 'alert' }, t('recovery.deadLink')), h('p', null, next));
}
