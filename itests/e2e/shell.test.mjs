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
 * The shell on a phone (issue 19, points 4, 5 and 8):
 *
 *   BASE_URL=http://localhost:8181 node shell.test.mjs
 *
 * The server writes index.html and the manifest in the browser's language. Marie and Bruno register near Ajaccio;
 * she asks for help, he finds the request in the first screen of his feed (filters folded), reads where it is
 * (commune and distance), and answers from the post's page, whose answer form comes before the map. She sees the
 * unread badge on the Messages tab and reads "Bruno a répondu à votre demande « … »" from "Moi", which lists what
 * the tab bar leaves out. The tab bar stays whole at 320 px and 200 % text, in French and in English. An actor's
 * phone is a tel: link; maps carry a legend. Dark mode (prefers-color-scheme) passes axe on the main screens, colour
 * contrast included. Screenshots, light and dark, go to SCREENSHOT_DIR.
 */
import { BASE, RUN, PHONE, SHOTS, check, axe, shoot, screen, ready, newResident, register, siret, fillRequiredSchemaFields, step,
  run } from './lib.mjs';

/** Every tab of the bar lies inside the viewport, and nothing on the screen scrolls sideways. */
async function tabBarFits(page, label) {
  const viewport = page.viewportSize();
  const tabs = page.locator('#nav a.tab');
  check((await tabs.count()) === 5, `${label}: five tabs, not ${await tabs.count()}`);
  for (const tab of await tabs.all()) {
    const box = await tab.boundingBox();
    const name = (await tab.innerText()).replace(/\s+/g, ' ');
    check(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5,
      `${label}: the tab "${name}" lies outside the ${viewport.width}×${viewport.height} screen: ${JSON.stringify(box)}`);
  }
  const label_ = page.locator('#nav .tab-label');
  for (const text of await label_.all()) {
    const overflow = await text.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    check(!overflow, `${label}: a tab label overflows its tab: ${await text.innerText()}`);
  }
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (sideways > 0) {
    // Names the widest elements that stick out, to say what to fix.
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .map((el) => [el, el.getBoundingClientRect().right + window.scrollX]).filter(([, right]) => right > window.innerWidth + 1)
      .sort((a, b) => b[1] - a[1]).slice(0, 8)
      .map(([el, right]) => `${el.tagName.toLowerCase()}#${el.id}.${el.getAttribute('class')} ${Math.round(right)} "${(el.textContent || '').slice(0, 30)}"`));
    check(false, `${label}: the page scrolls sideways by ${sideways} px: ${wide.join(', ')}`);
  }
}

async function largeText(page, on) {
  await page.evaluate((size) => { document.documentElement.style.fontSize = size; }, on ? '200%' : '');
  await page.waitForTimeout(200);
}

async function scenario(browser) {
  await step('index.html and the manifest come in the language the browser prefers', async () => {
    const english = await fetch(`${BASE}/`, { headers: { 'Accept-Language': 'en-GB,en;q=0.9,fr;q=0.5' } });
    const html = await english.text();
    check(html.includes('<html lang="en">') && html.includes('Skip to content'), 'English shell');
    check((english.headers.get('vary') || '').includes('Accept-Language'), 'Vary: Accept-Language');
    const french = await (await fetch(`${BASE}/feed`, { headers: { 'Accept-Language': 'fr-FR,fr;q=0.9' } })).text();
    check(french.includes('<html lang="fr">') && french.includes('Aller au contenu'), 'French shell');
    const manifest = await (await fetch(`${BASE}/manifest.json`, { headers: { 'Accept-Language': 'en' } })).json();
    check(manifest.lang === 'en' && !/voisins/.test(manifest.description), `English manifest ${JSON.stringify(manifest)}`);
  });

  const marie = await newResident(browser, 'Marie');
  const bruno = await newResident(browser, 'Bruno');
  const password = 'Pluie douce sur Ajaccio, 9 ânes';
  const title = `Courses samedi ${RUN}`;
  let postUrl;

  await step('Marie and Bruno register near Ajaccio; Marie asks for help with her shopping', async () => {
    await register(marie.page, { name: 'Marie', email: `marie.${RUN}@example.fr`, password });
    await register(bruno.page, { name: 'Bruno', email: `bruno.shell.${RUN}@example.fr`, password, tap: true });
    await marie.page.getByRole('link', { name: 'Publier une demande ou une offre' }).first().click();
    await ready(marie.page);
    check((await marie.page.locator('#nav a.tab[data-nav="publish"]').getAttribute('aria-current')) === 'page', 'the Publier tab is current');
    await marie.page.getByLabel("demandez de l'aide").check();
    await marie.page.locator('#post-category').selectOption({ index: 1 });
    await marie.page.getByLabel(/^Titre/).fill(title);
    await marie.page.getByLabel(/^Description/).fill('Quelqu\'un pour porter mes courses samedi matin ?');
    await marie.page.getByRole('button', { name: 'Publier' }).click();
    await marie.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await ready(marie.page);
    postUrl = marie.page.url();
  });

  await step('on a phone, the first post starts in the first screen of the feed; the filters fold into one control', async () => {
    for (const size of [PHONE, { width: 320, height: 640 }]) {
      await bruno.page.setViewportSize(size);
      await screen(bruno.page, '/feed');
      const first = bruno.page.locator('#feed-list .post-card').first();
      await first.waitFor();
      const box = await first.boundingBox();
      check(box.y + 48 <= size.height, `the first post starts at ${box.y} px, below the first screen (${size.height} px)`);
      check(!(await bruno.page.getByRole('combobox', { name: 'Type' }).isVisible()), 'the filters are folded');
      check(/Demandes et offres · Toutes les catégories/.test(await bruno.page.locator('#feed-filters summary').innerText()),
        'the folded filters say which are on');
    }
    await bruno.page.setViewportSize(PHONE);
    await bruno.page.locator('#feed-filters summary').click();
    await bruno.page.getByRole('combobox', { name: 'Type' }).selectOption('REQUEST');
    // The summary names the active filter, and the filters stay open while one is on.
    await bruno.page.locator('#feed-filters summary', { hasText: 'Demande · ' }).waitFor();
    await ready(bruno.page);
    await bruno.page.getByRole('combobox', { name: 'Type' }).waitFor();
    await shoot(bruno.page, 'shell-feed');
  });

  await step('each post says where it is, commune and distance; "Répondre" comes before the map', async () => {
    const postId = decodeURIComponent(postUrl.split('/posts/')[1]);
    const card = bruno.page.locator(`#feed-list .post-card[data-post-id="${postId}"]`);
    await card.waitFor();
    const where = await card.locator('.distance').innerText();
    check(/km/.test(where), `a rounded distance: ${where}`);
    const json = await bruno.page.evaluate(async (id) => {
      const stored = JSON.parse(sessionStorage.getItem('entraide.session') || localStorage.getItem('entraide.session'));
      const response = await fetch(`/api/v1/posts/${id}`, { headers: { Authorization: `Bearer ${stored.token}` } });
      return response.json();
    }, postId);
    if (json.commune && json.commune.name) {
      check(where.startsWith(`${json.commune.name} · `), `the card names the commune: ${where}`);
    }
    await card.getByRole('link', { name: title }).click();
    await ready(bruno.page);
    check(/km/.test(await bruno.page.locator('#post-where').innerText()), 'the post page says where');
    const answer = await bruno.page.locator('#answer-form').boundingBox();
    const map = await bruno.page.locator('main .map').boundingBox();
    check(answer && map && answer.y < map.y, `the answer form (${answer && answer.y}) comes before the map (${map && map.y})`);
    await bruno.page.locator('main .map-legend').getByText('Demande').waitFor();
    await shoot(bruno.page, 'shell-post');
    await bruno.page.getByRole('textbox', { name: /^Votre message/ }).fill('Je passe samedi à 9 h, avec ma voiture.');
    await bruno.page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await bruno.page.getByRole('heading', { level: 1, name: 'Conversation avec Marie' }).waitFor();
  });

  await step('Marie sees the unread badge on Messages, and reads who answered from "Moi"', async () => {
    await screen(marie.page, '/feed');
    const badge = marie.page.locator('#nav a.tab[data-nav="conversations"] #unread-badge');
    await badge.waitFor({ state: 'visible', timeout: 15000 });
    const box = await badge.boundingBox();
    check(box.x >= 0 && box.x + box.width <= PHONE.width && box.y + box.height <= PHONE.height, `the badge is on screen: ${JSON.stringify(box)}`);
    await marie.page.getByRole('link', { name: /^Moi\b/ }).click();
    await ready(marie.page);
    const main = marie.page.locator('main');
    for (const name of [/^Notifications/, 'Mes alertes', 'Mon compte', 'Réglages des notifications']) {
      await main.getByRole('link', { name, exact: true }).waitFor();
    }
    await main.getByRole('button', { name: 'Switch to English' }).waitFor();
    await main.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    check((await marie.page.locator('#nav a.tab[data-nav="me"]').getAttribute('aria-current')) === 'page', 'the Moi tab is current');
    await axe(marie.page, 'Moi');
    await shoot(marie.page, 'shell-me');
    await main.getByRole('link', { name: /^Notifications/ }).click();
    await ready(marie.page);
    await main.getByRole('link', { name: `Bruno a répondu à votre demande « ${title} »` }).waitFor();
    await shoot(marie.page, 'shell-notifications');
    await main.getByRole('link', { name: `Bruno a répondu à votre demande « ${title} »` }).click();
    await marie.page.getByRole('heading', { level: 1, name: 'Conversation avec Bruno' }).waitFor();
    await badge.waitFor({ state: 'hidden', timeout: 15000 });
  });

  await step('the tab bar stays whole at 320 px and at 200 % text, in French and in English', async () => {
    await marie.page.setViewportSize({ width: 320, height: 640 });
    for (const [language, routes] of [['fr', ['/feed', '/me', postUrl.split('#')[1]]], ['en', ['/feed', '/me']]]) {
      if (language === 'en') {
        await marie.page.getByRole('button', { name: 'Switch to English' }).click();
        await marie.page.getByRole('link', { name: 'Feed' }).waitFor();
      }
      for (const route of routes) {
        await screen(marie.page, route);
        await tabBarFits(marie.page, `${language} ${route} at 320 px`);
        await largeText(marie.page, true);
        await tabBarFits(marie.page, `${language} ${route} at 320 px and 200 % text`);
        await largeText(marie.page, false);
      }
    }
    await screen(marie.page, '/me');
    await largeText(marie.page, true);
    await marie.page.screenshot({ path: `${SHOTS}/shell-me-en-320x640-text200.png` });
    await largeText(marie.page, false);
    await marie.page.getByRole('button', { name: 'Passer en français' }).first().click();
    await marie.page.getByRole('link', { name: 'Fil' }).waitFor();
    await marie.page.setViewportSize(PHONE);
  });

  let actorUrl;
  await step('an actor\'s phone number is a tel: link; the actors map has a legend', async () => {
    await screen(marie.page, '/actors/new');
    await marie.page.getByLabel(/Type d'acteur/).selectOption('producer');
    await marie.page.getByLabel(/^Nom/).fill(`Jardin de Marie ${RUN}`);
    await marie.page.getByLabel(/^Description/).first().fill('Des légumes du jardin, à prendre sur place.');
    await marie.page.getByLabel(/^Téléphone/).fill('04 95 12 34 56');
    await marie.page.getByLabel('Chercher votre commune ou code postal').fill('Ajaccio');
    await marie.page.getByRole('button', { name: 'Chercher', exact: true }).click();
    await marie.page.locator('.places button').first().click();
    await marie.page.locator('.home-picker').getByText(/Ajaccio/).first().waitFor();
    await fillRequiredSchemaFields(marie.page, '#type-fields', { siret: siret() });
    await marie.page.getByRole('button', { name: 'Créer la page' }).click();
    await marie.page.getByRole('heading', { level: 1, name: `Jardin de Marie ${RUN}` }).waitFor({ timeout: 15000 });
    await ready(marie.page);
    actorUrl = marie.page.url();
    const tel = marie.page.locator('main a[href="tel:0495123456"]');
    check((await tel.innerText()) === '04 95 12 34 56', 'the number shown as typed, calling the digits');
    await marie.page.locator('main .map-legend').getByText('Acteur local').waitFor();
    await screen(marie.page, '/actors');
    await marie.page.locator('main .map-legend').getByText('Votre domicile (vous seul le voyez)').waitFor();
  });

  await step('dark mode follows the system, and axe finds nothing serious on the main screens', async () => {
    const conversation = bruno.page.url().split('#')[1];
    for (const { page } of [marie, bruno]) {
      await page.emulateMedia({ colorScheme: 'dark' });
    }
    await screen(marie.page, '/feed');
    const background = await marie.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    check(background === 'rgb(18, 20, 23)', `a dark background: ${background}`);
    for (const [resident, route, name] of [[marie, '/feed', 'feed'], [bruno, postUrl.split('#')[1], 'post'],
      [marie, postUrl.split('#')[1], 'post (author)'], [marie, '/conversations', 'conversations'], [bruno, conversation, 'conversation'],
      [marie, '/notifications', 'notifications'], [marie, '/me', 'me'], [marie, actorUrl.split('#')[1], 'actor'],
      [bruno, '/actors', 'actors'], [marie, '/account', 'account'], [marie, '/posts/new', 'post form'],
      [marie, '/actors/new', 'actor form'], [marie, '/alerts', 'alerts'], [marie, '/settings/notifications', 'notification settings'],
      [bruno, '/moderation', 'moderation (refused)'], [bruno, '/dashboard', 'dashboard (refused)'], [bruno, '/relay', 'relay (refused)']]) {
      await screen(resident.page, route);
      await axe(resident.page, `${name} (dark)`);
      await shoot(resident.page, `shell-dark-${name.replace(/\W+/g, '-')}`);
    }
    await screen(bruno.page, '/feed?view=map');
    await bruno.page.locator('main .map-legend').getByText('Offre').waitFor();
    await axe(bruno.page, 'feed map (dark)');
    await shoot(bruno.page, 'shell-dark-feed-map');
    for (const { page } of [marie, bruno]) {
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await screen(marie.page, '/feed');
    await axe(marie.page, 'feed (light)');
  });

  await step('dark mode: the screens of a visitor without an account pass axe too', async () => {
    const visitor = await newResident(browser, 'Visiteur');
    await visitor.page.emulateMedia({ colorScheme: 'dark' });
    for (const [route, name] of [['/', 'landing'], ['/signin', 'sign in'], ['/register', 'onboarding'], ['/forgot-password', 'forgotten password']]) {
      await screen(visitor.page, route);
      await axe(visitor.page, `${name} (dark)`);
      await shoot(visitor.page, `shell-dark-${name.replace(/\W+/g, '-')}`);
    }
    await visitor.context.close();
  });
}

run('shell', scenario);
