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
 * Issue 19, points 6 and 7: what shows while a list loads (a skeleton), when it is empty (the next step, which works)
 * and without a network (the last feed, conversation and notifications read, read-only, in the shell with its menu);
 * and the weight of the feed screen (JS+CSS transferred, Leaflet only where a map is shown). Sizes are checked here,
 * never timings: those are benchmarks/web/first-screen.mjs's.
 */
import { run, step, check, axe, shoot, screen, ready, newResident, signIn, BASE, PHONE, RUN, problems } from './lib.mjs';

const PASSWORD = 'Poids-plume-du-fil-2026';
const OFFLINE_BANNER = 'Hors connexion : voici ce que vous aviez lu, en lecture seule';
const bannerOf = (page) => page.locator('#offline-banner', { hasText: OFFLINE_BANNER });

async function api(method, path, body, token) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': 'fr' };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(`${BASE}/api/v1${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  if (!response.ok) {
    check(false, `${method} ${path}: ${response.status} ${await response.text().catch(() => '')}`);
  }
  return response.status === 204 ? null : response.json();
}

/** A resident made through the API, signed in: { email, token, accountId }. */
async function resident(name, home, radiusKm) {
  const email = `weight-${name.toLowerCase()}-${RUN}@example.fr`;
  await api('POST', '/accounts', { email, password: PASSWORD, displayName: name, home, locale: 'fr' });
  const session = await api('POST', '/sessions', { email, password: PASSWORD });
  if (radiusKm) {
    await api('PATCH', '/me', { radiusKm }, session.token);
  }
  return { email, ...session };
}

/**
 * A context of our own: service workers allowed unless told (lib's newResident blocks them), only the app's origin
 * reached, and, given a session, signed in from the first page (its token in sessionStorage).
 */
async function ownContext(browser, name, { serviceWorkers = 'allow', session = null } = {}) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', serviceWorkers });
  if (session) {
    await context.addInitScript((value) => sessionStorage.setItem('entraide.session', value),
      JSON.stringify({ token: session.token, expiresAt: session.expiresAt, accountId: session.accountId }));
  }
  await context.route('**/*', (route) => (route.request().url().startsWith(BASE) ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${name} page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) {
      problems.push(`${name} CSP: ${message.text()}`);
    }
  });
  return { context, page };
}

run('weight, loading, empty and offline states', async (browser) => {
  const ajaccio = { lat: 41.9192, lon: 8.7386 };
  const author = await resident('Paule', { lat: ajaccio.lat + 0.003, lon: ajaccio.lon + 0.003 });
  const categories = await api('GET', '/categories');
  const titles = [];
  let postId = null;
  for (let i = 0; i < 3; i++) {
    titles.push(`Poids ${RUN} n° ${i + 1}`);
    const created = await api('POST', '/posts', { kind: 'REQUEST', category: categories[0].key, title: titles[i],
      body: 'Porter des bouteilles d\'eau au troisième étage.' }, author.token);
    postId = created.id;
  }
  const reader = await resident('Lisa', { lat: ajaccio.lat + 0.001, lon: ajaccio.lon + 0.001 }, 10);
  const conversation = await api('POST', `/posts/${postId}/responses`, { message: `Je peux passer demain ${RUN}` }, reader.token);
  // The author writes back: Lisa has a notification to read, then to find again offline.
  await api('POST', `/conversations/${conversation.id}/messages`, { body: `Merci, à demain ${RUN}` }, author.token);

  await step('a skeleton shows while the feed loads, then the cards', async () => {
    const lisa = await newResident(browser, 'Lisa');
    await signIn(lisa.page, reader.email, PASSWORD);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await lisa.page.route('**/api/v1/feed*', async (route) => {
      await held;
      await route.continue();
    });
    await lisa.page.goto(`${BASE}/#/notifications`);
    await ready(lisa.page);
    await lisa.page.goto(`${BASE}/#/feed`);
    const skeleton = lisa.page.locator('#feed-list[aria-busy="true"] li.skeleton');
    await skeleton.first().waitFor({ state: 'visible', timeout: 15000 });
    check(await lisa.page.locator('main p:not(.visually-hidden)', { hasText: 'Chargement' }).count() === 0,
      'no "Chargement…" line on the screen');
    check(await lisa.page.locator('#feed-list li.skeleton[aria-hidden="true"]').count() >= 3, 'grey cards hidden from screen readers');
    // announce() writes the live region 50 ms after clearing it, so that screen readers hear it again: wait for it.
    await lisa.page.waitForFunction(() => (document.getElementById('status').textContent || '').includes('Chargement'), null,
      { timeout: 5000 }).catch(() => {});
    check((await lisa.page.locator('#status').textContent()).includes('Chargement'), 'the loading announced once in the live region');
    await axe(lisa.page, 'feed skeleton');
    await shoot(lisa.page, 'weight-skeleton');
    release();
    await lisa.page.locator('#feed-list li.post-card').filter({ hasText: titles[2] }).waitFor({ timeout: 15000 });
    check(await lisa.page.locator('#feed-list li.skeleton').count() === 0, 'the skeleton is gone');
    check(await lisa.page.locator('#feed-list').getAttribute('aria-busy') === 'false', 'the list is no longer busy');
    await lisa.context.close();
  });

  await step('empty states offer the next step, and widening the radius works', async () => {
    // Vico, 28 km north of Ajaccio: nobody posts there, with a 5 km radius.
    const far = await resident('Vanina', { lat: 42.1667, lon: 8.7975 }, 5);
    const vanina = await newResident(browser, 'Vanina');
    await signIn(vanina.page, far.email, PASSWORD);
    const empty = vanina.page.locator('#feed-empty');
    await empty.waitFor();
    const widen = empty.getByRole('button', { name: /Élargir à 10 km/ });
    await widen.waitFor();
    await empty.getByRole('link', { name: /Publier la première demande/ }).waitFor();
    await axe(vanina.page, 'feed empty');
    await shoot(vanina.page, 'weight-feed-empty');
    await widen.click();
    await vanina.page.getByText(/à moins de 10 km/).first().waitFor();
    check((await api('GET', '/me', null, far.token)).radiusKm === 10, 'the radius is now 10 km');

    await screen(vanina.page, '/conversations');
    const toFeed = vanina.page.locator('main .empty').getByRole('link', { name: /Voir le fil/ });
    await toFeed.waitFor();
    await axe(vanina.page, 'conversations empty');
    await screen(vanina.page, '/notifications');
    const alert = vanina.page.locator('main .empty').getByRole('link', { name: /Créer une alerte/ });
    await alert.waitFor();
    await axe(vanina.page, 'notifications empty');
    await shoot(vanina.page, 'weight-notifications-empty');
    await alert.click();
    await vanina.page.getByRole('heading', { level: 1, name: /alertes/i }).waitFor();
    await vanina.context.close();
  });

  await step('the feed screen transfers under 150 KB of JS+CSS, and Leaflet only where a map is shown', async () => {
    // A first visit, signed in: a new context (empty HTTP cache), the page's own requests counted.
    const { context, page: fresh } = await ownContext(browser, 'Lisa weight', { serviceWorkers: 'block', session: reader });
    const seen = [];
    fresh.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => null);
      seen.push({ url: request.url(), type: request.resourceType(), size: sizes ? sizes.responseBodySize : 0 });
    });
    await fresh.goto(`${BASE}/#/feed`);
    await fresh.locator('#feed-list li.post-card').first().waitFor();
    await fresh.waitForLoadState('networkidle');
    const weight = seen.filter((r) => r.type === 'script' || r.type === 'stylesheet');
    const total = weight.reduce((sum, r) => sum + r.size, 0);
    check(weight.length > 3 && total > 0, `scripts and styles counted: ${weight.length}`);
    check(total < 150 * 1024, `JS+CSS of the feed: ${total} B:\n  ${weight.map((r) => `${r.url} ${r.size}`).join('\n  ')}`);
    check(!seen.some((r) => /leaflet/.test(r.url)), 'no Leaflet on the feed list');
    seen.length = 0;
    await screen(fresh, '/notifications');
    await fresh.waitForLoadState('networkidle');
    check(!seen.some((r) => /leaflet/.test(r.url)), 'no Leaflet on the notifications');
    await screen(fresh, '/feed?view=map');
    await fresh.locator('.map.leaflet-container').waitFor();
    check(seen.some((r) => /\/dist\/leaflet\.js$/.test(r.url)), 'the minified leaflet.js loaded on the map');
    check(seen.some((r) => /\/dist\/leaflet\.css$/.test(r.url)), 'leaflet.css loaded on the map');
    check(!seen.some((r) => /leaflet-src/.test(r.url)), 'not the unminified sources');
    await context.close();
  });

  await step('offline, the shell shows the last feed, conversation and notifications read, read-only', async () => {
    const { context, page } = await ownContext(browser, 'Lisa offline');
    await signIn(page, reader.email, PASSWORD);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    check(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the service worker controls the page');
    await screen(page, '/feed');
    await page.locator('#feed-list li.post-card').filter({ hasText: titles[2] }).waitFor();
    await screen(page, '/conversations');
    await screen(page, `/conversations/${conversation.id}`);
    await page.locator('#messages').getByText(`Je peux passer demain ${RUN}`).waitFor();
    await screen(page, '/notifications');
    await screen(page, '/feed');
    await page.locator('#feed-list li.post-card').filter({ hasText: titles[2] }).waitFor();

    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await bannerOf(page).waitFor();
    await page.locator('#feed-list li.post-card').filter({ hasText: titles[2] }).waitFor();
    check(await page.locator('#nav a[href="#/conversations"]').isVisible(), 'the menu stays');
    const enabled = await page.locator('main button:not([disabled]), main select:not([disabled]), main input:not([disabled])').count();
    check(enabled === 0, `${enabled} controls that write stay enabled offline`);
    await axe(page, 'feed offline');
    await shoot(page, 'weight-offline-feed');
    // Publier is a tab of the menu, which stays: its form opens, and nothing in it can be sent.
    await page.locator('#nav a[href="#/posts/new"]').click();
    await ready(page);
    await bannerOf(page).waitFor();
    check(await page.locator('main button[type="submit"]').first().isDisabled(), 'publishing is off');

    await page.locator('#nav a[href="#/conversations"]').click();
    await page.locator(`a[href="#/conversations/${conversation.id}"]`).first().click();
    await page.locator('#messages').getByText(`Je peux passer demain ${RUN}`).waitFor();
    check(await page.getByRole('button', { name: 'Envoyer', exact: true }).isDisabled(), 'no message can be sent offline');
    check(await bannerOf(page).isVisible(), 'the banner stays');
    await axe(page, 'conversation offline');
    await shoot(page, 'weight-offline-conversation');
    // Notifications are under "Moi", a tab of the menu.
    await page.locator('#nav a[href="#/me"]').click();
    await ready(page);
    await page.locator('main a[href="#/notifications"]').click();
    await ready(page);
    await page.locator('main li.card').first().waitFor();
    check(await bannerOf(page).isVisible(), 'the notifications read offline, with the banner');

    await context.setOffline(false);
    await bannerOf(page).waitFor({ state: 'hidden', timeout: 15000 });
    // Back online the screen is drawn again from the network: its buttons work.
    await page.locator('main button:not([disabled])').first().waitFor({ timeout: 15000 });

    await screen(page, '/me');
    await page.locator('#sign-out').click();
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    const left = await page.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('entraide-offline');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('responses')) {
          resolve(0);
          return;
        }
        const count = db.transaction('responses').objectStore('responses').count();
        count.onsuccess = () => resolve(count.result);
      };
      open.onerror = () => resolve(-1);
    }));
    check(left === 0, `the offline copy is erased at sign-out (${left} left)`);
    await context.close();
  });

  check(problems.length === 0, `browser problems:\n  ${problems.join('\n  ')}`);
});
