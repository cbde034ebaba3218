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

/** The application shell: settings, language, the routes and the hash router (navigation itself is nav.js). */

import { announce } from './dom.js';
import { loadConfig, config } from './config.js';
import { initialLanguage, setLanguage, language, t } from './i18n.js';
import { get, patch, whenUnauthorized } from './api.js';
import { signedIn, forget, currentAccount, setCurrentAccount } from './session.js';
import { failure, loading } from './ui.js';
import { releaseMaps } from './map.js';
import { navigate, leaveScreen, renderNav, refreshBadge, setRouter } from './nav.js';
import * as onboarding from './views/onboarding.js';
import * as signin from './views/signin.js';
import * as feed from './views/feed.js';
import * as postView from './views/post.js';
import * as postForm from './views/post-form.js';
import * as conversations from './views/conversations.js';
import * as notifications from './views/notifications.js';
import * as actors from './views/actors.js';
import * as actorView from './views/actor.js';
import * as actorForm from './views/actor-form.js';
import * as operationView from './views/operation.js';
import * as operationForm from './views/operation-form.js';
import * as account from './views/account.js';
import * as alerts from './views/alerts.js';
import * as moderation from './views/moderation.js';
import * as recovery from './views/recovery.js';
import * as notificationSettings from './views/notification-settings.js';
import * as profile from './views/profile.js';
import * as relay from './views/relay.js';
import * as dashboard from './views/dashboard.js';
import * as me from './views/me.js';

/** Routes: pattern, view, whether it needs a signed-in resident, and the nav entry it belongs to. */
const ROUTES = [
  ['/register', onboarding.render, false, 'register'],
  ['/signin', signin.render, false, 'signin'],
  ['/forgot-password', recovery.renderForgot, false, 'signin'],
  ['/reset-password/:token', recovery.renderReset, false, 'signin'],
  ['/verify-email/:token', recovery.renderVerify, false, null],
  ['/feed', feed.render, true, 'feed'],
  ['/posts/new', postForm.render, true, 'feed'],
  ['/posts/:id/edit', postForm.render, true, 'feed'],
  ['/posts/:id', postView.render, true, 'feed'],
  ['/conversations', conversations.renderList, true, 'conversations'],
  ['/conversations/:id', conversations.renderOne, true, 'conversations'],
  ['/notifications', notifications.render, true, 'notifications'],
  ['/actors', actors.render, true, 'actors'],
  ['/actors/new', actorForm.render, true, 'actors'],
  ['/actors/:id/operations/new', operationForm.render, true, 'actors'],
  ['/actors/:id/edit', actorForm.render, true, 'actors'],
  ['/actors/:id', actorView.render, true, 'actors'],
  ['/operations/:id/edit', operationForm.renderChange, true, 'actors'],
  ['/operations/:id', operationView.render, true, 'actors'],
  ['/account', account.render, true, 'account'],
  ['/alerts', alerts.render, true, 'account'],
  ['/settings/notifications', notificationSettings.render, true, 'account'],
  ['/unsubscribe/:token', notificationSettings.renderUnsubscribe, false, null],
  ['/moderation', moderation.render, true, 'moderation'],
  ['/moderation/log', moderation.renderLog, true, 'moderation'],
  ['/moderation/relays', moderation.renderRelays, true, 'moderation'],
  ['/dashboard', dashboard.render, true, 'moderation'],
  ['/relay', relay.renderList, true, 'relay'],
  ['/relay/beneficiaries/new', relay.renderForm, true, 'relay'],
  ['/relay/beneficiaries/:id/edit', relay.renderForm, true, 'relay'],
  ['/accounts/:id', profile.render, true, null],
  ['/me', me.render, true, 'me'],
];

const main = document.getElementById('main');
let renderCount = 0;

function parseHash() {
  const raw = window.location.hash.replace(/^#/, '') || '/';
  const [path, search] = raw.split('?');
  return { path: path || '/', query: Object.fromEntries(new URLSearchParams(search || '')) };
}

function match(path) {
  for (const [pattern, view, needsSession, section] of ROUTES) {
    const names = [];
    const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (all, name) => { names.push(name); return '([^/]+)'; })}$`);
    const found = path.match(regex);
    if (found) {
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { view, needsSession, section, params };
    }
  }
  return null;
}

async function loadAccount() {
  if (!signedIn()) {
    setCurrentAccount(null);
    return null;
  }
  if (!currentAccount()) {
    try {
      setCurrentAccount(await get('/me'));
    } catch (error) {
      if (error.status === 401) {
        forget();
        return null;
      }
      throw error;
    }
  }
  return currentAccount();
}

export async function refreshAccount() {
  setCurrentAccount(null);
  return loadAccount();
}

function translateShell() {
  const switcher = document.getElementById('lang-switch');
  const other = language() === 'fr' ? 'en' : 'fr';
  switcher.textContent = t(`lang.switchTo.${other}`);
  switcher.setAttribute('lang', other);
  switcher.setAttribute('aria-label', t(`lang.switchLabel.${other}`));
  document.getElementById('skip-link').textContent = t('nav.skip');
  document.getElementById('footer-text').textContent = t('footer.text');
  document.querySelector('meta[name="description"]').setAttribute('content', t('app.description'));
}

async function route_() {
  const current = ++renderCount;
  leaveScreen();
  releaseMaps();
  const { path, query } = parseHash();
  if (path === '/') {
    navigate(signedIn() ? '/feed' : '/register');
    return;
  }
  const found = match(path);
  if (!found) {
    renderNav(null);
    failure(main, { status: 404 });
    return;
  }
  if (found.needsSession && !signedIn()) {
    sessionStorage.setItem('entraide.after', `${path}${window.location.hash.includes('?') ? `?${window.location.hash.split('?')[1]}` : ''}`);
    navigate('/signin');
    return;
  }
  loading(main);
  try {
    await loadAccount();
    if (current !== renderCount) {
      return;
    }
    renderNav(found.section);
    translateShell();
    await found.view(main, found.params, query);
    if (current !== renderCount) {
      return;
    }
    const banner = recovery.verificationBanner();
    if (banner) {
      main.querySelector('h1')?.after(banner);
    }
    const heading = main.querySelector('h1');
    if (heading && document.activeElement !== heading && !main.contains(document.activeElement)) {
      heading.focus({ preventScroll: false });
    }
    refreshBadge();
  } catch (error) {
    console.error(error);
    failure(main, error);
  }
}

async function switchLanguage() {
  const other = language() === 'fr' ? 'en' : 'fr';
  await setLanguage(other);
  translateShell();
  if (signedIn() && currentAccount()) {
    patch('/me', { locale: other }).then((updated) => setCurrentAccount(updated)).catch(() => {});
  }
  await route_();
  announce(t('lang.changed'));
  document.getElementById('lang-switch').focus();
}

async function start() {
  setRouter(route_);
  await loadConfig();
  await setLanguage(initialLanguage(config().defaultLanguage), false);
  translateShell();
  // A session that ended (signed out elsewhere, expired, revoked by a suspension) leads to the sign-in screen; on
  // that screen already, only the menu changes, so that the form is not drawn again under the resident's fingers.
  whenUnauthorized(() => {
    if (parseHash().path === '/signin') {
      renderNav('signin');
    } else {
      navigate('/signin');
    }
  });
  document.getElementById('lang-switch').addEventListener('click', switchLanguage);
  document.getElementById('skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  window.addEventListener('hashchange', () => {
    if (window.location.hash.startsWith('#/') || window.location.hash === '') {
      route_();
    }
  });
  // A client route reached by its path (the server answers index.html) becomes its hash route.
  if (window.location.pathname !== '/' && window.location.pathname !== '/index.html' && !window.location.hash) {
    const path = window.location.pathname;
    window.history.replaceState(null, '', `/#${path}`);
  }
  window.setInterval(refreshBadge, 60000);
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error) => console.warn('service worker', error));
  }
  await route_();
}

start();
