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

/*
 * Entraide's service worker: keeps the application shell (HTML, every view's script, styles, messages) so
 * that the app opens without a network. It never touches /api/: answers holding personal data are
 * neither cached nor served from here (the last screens a resident read are kept by the page itself, in
 * IndexedDB, per account, erased at sign-out: js/offline.js). Shell files are fetched from the network first,
 * the cache is the fallback, so an update of the bundle shows at the next load. Leaflet is not copied at
 * install (most screens have no map, and maps need the network for their tiles): it is kept once a map used it.
 *
 * It also shows web push notifications: the message (decrypted by the browser) is {"title","body","url","tag"},
 * and a click opens or focuses the app at its url (a route after '#'). The tag is the notification's id, so a
 * message pushed twice is shown once.
 */
const CACHE = 'entraide-shell-v6';
const SHELL = [
  '/',
  '/index.html',
  '/manifest.json',
  '/css/app.css',
  '/icons/icon.svg',
  '/i18n/fr.json',
  '/i18n/en.json',
  '/app-config.json',
  '/js/api.js',
  '/js/app.js',
  '/js/config.js',
  '/js/dialog.js',
  '/js/dom.js',
  '/js/home.js',
  '/js/i18n.js',
  '/js/map.js',
  '/js/nav.js',
  '/js/offline.js',
  '/js/push.js',
  '/js/schema.js',
  '/js/session.js',
  '/js/ui.js',
  '/js/views/account.js',
  '/js/views/actor-form.js',
  '/js/views/actor-managers.js',
  '/js/views/actor.js',
  '/js/views/actors.js',
  '/js/views/alerts.js',
  '/js/views/common.js',
  '/js/views/conversations.js',
  '/js/views/dashboard.js',
  '/js/views/feed.js',
  '/js/views/landing.js',
  '/js/views/me.js',
  '/js/views/moderation-actions.js',
  '/js/views/moderation.js',
  '/js/views/notification-settings.js',
  '/js/views/notifications.js',
  '/js/views/onboarding.js',
  '/js/views/operation-form.js',
  '/js/views/operation.js',
  '/js/views/post-form.js',
  '/js/views/post.js',
  '/js/views/profile.js',
  '/js/views/recovery.js',
  '/js/views/relay.js',
  '/js/views/relays-moderation.js',
  '/js/views/safety.js',
  '/js/views/sheet.js',
  '/js/views/signin.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

function isShell(url) {
  return url.origin === self.location.origin && !url.pathname.startsWith('/api/') && url.pathname !== '/api';
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || !isShell(url) || request.headers.has('Authorization')) {
    return;
  }
  const key = request.mode === 'navigate' ? '/index.html' : url.pathname;
  event.respondWith(fetch(request).then((response) => {
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(key, copy));
    }
    return response;
  }).catch(() => caches.match(key).then((cached) => cached || Response.error())));
});

self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = {};
  }
  const options = {
    body: typeof message.body === 'string' ? message.body : '',
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-192.png',
    data: { url: typeof message.url === 'string' ? message.url : '#/' },
  };
  if (typeof message.tag === 'string') {
    options.tag = message.tag;
  }
  const title = typeof message.title === 'string' && message.title ? message.title : 'Entraide';
  event.waitUntil(self.registration.showNotification(title, options));
});

/** The app's address for a route: only '#/...' routes of this origin, never elsewhere. */
function appUrl(route) {
  const hash = typeof route === 'string' && route.startsWith('#/') ? route : '#/';
  return new URL(`/${hash}`, self.location.origin).href;
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = appUrl(event.notification.data && event.notification.data.url);
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
    const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
    if (!open) {
      return self.clients.openWindow(target);
    }
    return open.focus().then((focused) => (focused || open).navigate(target))
      .catch(() => self.clients.openWindow(target));
  }));
});
