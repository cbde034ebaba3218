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
 * The web app's first screen on a slow phone (docs/benchmarks.md, "Web app: the first screen"). Debian's Chromium
 * (/usr/bin/chromium) through the e2e suite's playwright-core, a 390 × 844 phone viewport, CDP throttling: 1.6 Mbit/s
 * down, 750 kbit/s up, 150 ms latency, CPU 4× slower. A resident near Ajaccio with posts around is made through the
 * API; each run is a new browser context (cold cache, no service worker yet) opening /#/feed signed in, and reports:
 *
 * - the time from the navigation to the first real post card visible (not the skeleton, not "Chargement…");
 * - the JS and CSS bytes transferred (compressed, as on the wire) for that screen.
 *
 *   BASE_URL=http://localhost:8181 node benchmarks/web/first-screen.mjs [runs]
 *
 * (run `npm ci` in itests/e2e once). A figure, never an assertion: the e2e suite checks sizes, not timings.
 */
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../itests/e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const BASE = (process.env.BASE_URL || 'http://localhost:8181').replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const RUNS = Number(process.argv[2] || process.env.BENCH_RUNS || 5);
const TAG = Date.now().toString(36);
const PASSWORD = 'Banc-de-mesure-2026';
const AJACCIO = { lat: 41.9192, lon: 8.7386 };

async function api(method, path, body, token) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(`${BASE}/api/v1${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return response.status === 204 ? null : response.json();
}

async function resident(name, offset) {
  const email = `bench-${name.toLowerCase()}-${TAG}@example.fr`;
  await api('POST', '/accounts', { email, password: PASSWORD, displayName: name,
    home: { lat: AJACCIO.lat + offset, lon: AJACCIO.lon + offset }, locale: 'fr' });
  return api('POST', '/sessions', { email, password: PASSWORD });
}

async function seed() {
  // Three authors of four posts each: an account younger than a day may publish five posts a day (abuse limits,
  // docs/operators.md), which a default distribution enforces.
  const authors = [await resident('Paule', 0.004), await resident('Ghjuvanni', 0.005), await resident('Maria', 0.006)];
  const categories = await api('GET', '/categories');
  for (let i = 0; i < 12; i++) {
    await api('POST', '/posts', { kind: i % 3 ? 'REQUEST' : 'OFFER', category: categories[i % categories.length].key,
      title: `Mesure ${TAG} n° ${i + 1}`, body: 'Un coup de main pour porter des courses au deuxième étage, samedi matin.' },
    authors[i % authors.length].token);
  }
  return resident('Lecteur', 0.002);
}

async function once(browser, session) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
    isMobile: true, hasTouch: true, locale: 'fr-FR' });
  await context.addInitScript((value) => sessionStorage.setItem('entraide.session', value), JSON.stringify(session));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150,
    downloadThroughput: (1.6 * 1000 * 1000) / 8, uploadThroughput: (750 * 1000) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const types = new Map();
  const bytes = { js: 0, css: 0, other: 0 };
  const files = [];
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, { type: event.type, url: event.response.url }));
  cdp.on('Network.loadingFinished', (event) => {
    const seen = types.get(event.requestId);
    if (!seen) {
      return;
    }
    const kind = seen.type === 'Script' ? 'js' : seen.type === 'Stylesheet' ? 'css' : 'other';
    bytes[kind] += event.encodedDataLength;
    if (kind !== 'other') {
      files.push(`${new URL(seen.url).pathname} ${event.encodedDataLength}`);
    }
  });
  const started = Date.now();
  await page.goto(`${BASE}/#/feed`, { waitUntil: 'commit' });
  await page.locator('#feed-list li.post-card:not(.skeleton) a').first().waitFor({ state: 'visible', timeout: 60000 });
  const firstCard = Date.now() - started;
  await page.waitForLoadState('networkidle');
  await context.close();
  return { firstCard, js: bytes.js, css: bytes.css, files };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
try {
  const session = await seed();
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await once(browser, session);
    results.push(result);
    console.log(`[bench] run ${i + 1}: first post card ${result.firstCard} ms, JS ${result.js} B, CSS ${result.css} B`);
  }
  console.log(`[bench] files of the last run:\n  ${results[results.length - 1].files.join('\n  ')}`);
  const kb = (n) => (n / 1024).toFixed(1);
  const js = median(results.map((r) => r.js));
  const css = median(results.map((r) => r.css));
  console.log(`[bench] ${RUNS} runs, median: first post card ${median(results.map((r) => r.firstCard))} ms `
    + `(min ${Math.min(...results.map((r) => r.firstCard))}, max ${Math.max(...results.map((r) => r.firstCard))}); `
    + `JS ${kb(js)} KiB + CSS ${kb(css)} KiB = ${kb(js + css)} KiB transferred`);
} finally {
  await browser.close();
}
