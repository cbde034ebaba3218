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
import { get, patch, whenUnauthorized, categories } from './api.js';
import { signedIn, forget, currentAccount, setCurrentAccount } from './session.js';
import { failure, loading } from './ui.js';
import { releaseMaps } from './map.js';
import { navigate, leaveScreen, renderNav, refreshBadge, setRouter } from './nav.js';
import { isOffline, markOnline, translateOffline } from './offline.js';

/**
 * A view's module, loaded when one of its screens is first opened (a dynamic import): `feed.render(...)` imports
 * views/feed.js, then calls its render. The first screen thus loads only its own code.
 */
function lazy(load) {
  return new Proxy({}, { get: (target, name) => Object.assign((...args) => load().then((module) => module[name](...args)),
    { preload: load }) });
}

const onboarding = lazy(() => import('./views/onboarding.js'));
const signin = lazy(() => import('./views/signin.js'));
const feed = lazy(() => import('./views/feed.js'));
const postView = lazy(() => import('./views/post.js'));
const postForm = lazy(() => import('./views/post-form.js'));
const conversations = lazy(() => import('./views/conversations.js'));
const notifications = lazy(() => import('./views/notifications.js'));
const actors = lazy(() => import('./views/actors.js'));
const actorView = lazy(() => import('./views/actor.js'));
const actorForm = lazy(() => import('./views/actor-form.js'));
const operationView = lazy(() => import('./views/operation.js'));
const operationForm = lazy(() => import('./views/operation-form.js'));
const account = lazy(() => import('./views/account.js'));
const alerts = lazy(() => import('./views/alerts.js'));
const moderation = lazy(() => import('./views/moderation.js'));
const recovery = lazy(() => import('./views/recovery.js'));
const notificationSettings = lazy(() => import('./views/notification-settings.js'));
const profile = lazy(() => import('./views/profile.js'));
const relay = lazy(() => import('./views/relay.js'));
const dashboard = lazy(() => import('./views/dashboard.js'));
const landing = lazy(() => import('./views/landing.js'));
const me = lazy(() => import('./views/me.js'));

/** Routes: pattern, view, whether it needs a signed-in resident, and the nav entry it belongs to. */
const ROUTES = [
  ['/', landing.render, false, null],
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

let accountAsked = null;

async function loadAccount() {
  if (!signedIn()) {
    setCurrentAccount(null);
    return null;
  }
  if (!currentAccount()) {
    try {
      accountAsked = accountAsked || get('/me').finally(() => { accountAsked = null; });
      setCurrentAccount(await accountAsked);
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
  translateOffline();
}

async function route_() {
  const current = ++renderCount;
  leaveScreen();
  releaseMaps();
  if (isOffline() && navigator.onLine) {
    markOnline();
  }
  const { path, query } = parseHash();
  if (path === '/' && signedIn()) {
    navigate('/feed');
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
    const banner = currentAccount() && currentAccount().emailVerified === false ? await recovery.verificationBanner() : null;
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
  // The first screen's code and the account are asked for at once, while the settings and messages come.
  match(parseHash().path === '/' && signedIn() ? '/feed' : parseHash().path)?.view.preload?.().catch(() => {});
  if (signedIn()) {
    loadAccount().catch(() => {});
  }
  // The messages of the language saved on this device (or French) come with the settings; the operator's default
  // language, if it is another one and nothing was saved, replaces them.
  const guess = initialLanguage(null);
  await Promise.all([loadConfig(), setLanguage(guess, false)]);
  if (initialLanguage(config().defaultLanguage) !== guess) {
    await setLanguage(initialLanguage(config().defaultLanguage), false);
  }
  if (signedIn()) {
    categories().catch(() => {}); // the feed, a resident's first screen, needs their labels
  }
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
  // Back online after reading offline: the screen is drawn again from the network.
  window.addEventListener('online', () => {
    if (isOffline()) {
      markOnline();
      route_();
    }
  });
  await route_();
  // The worker is installed once the first screen shows, so that its copy of the shell does not compete with it.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error) => console.warn('service worker', error));
  }
}

start();
