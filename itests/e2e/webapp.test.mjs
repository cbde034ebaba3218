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
 * End-to-end test of the Entraide web app against a running distribution, in Debian's Chromium
 * (/usr/bin/chromium), with axe-core on every screen.
 *
 *   BASE_URL=http://localhost:8181 node webapp.test.mjs
 *
 * Two residents register near Ajaccio through the onboarding; one posts a request (titled with an XSS
 * payload, which must stay text), the other finds it in the feed and on the map, reports it, answers, and they
 * converse; she reports one of his messages and opens his profile; an actor and a home-delivery operation are
 * created through the schema-rendered forms and the other resident takes part; the language switch changes the
 * interface; she blocks him from their conversation (he can no longer write to her) and unblocks him from her
 * account. A moderator (MODERATOR_EMAIL) hides the reported post from the queue with a reason (the card then
 * offers only "Rétablir"; the author reads that it is hidden, and why in her notifications, and the reporter is told
 * the outcome), restores it, dismisses the message's report, reads
 * the log, verifies the actor (its badge then shows) and suspends the other resident, whose sign-in then says
 * until when, then reinstates him. Screenshots go to SCREENSHOT_DIR
 * (default ../target/screenshots). Map tiles are blocked: the app must stay usable without them.
 * Exit code 0 when every check passed.
 */
import { readFileSync } from 'node:fs';
import { BASE, XSS, RUN, RELAYS_MERGED, DASHBOARD_MERGED, PHONE, problems, log, step, check, axe, shoot, screen, ready,
  dialogOf, accountIdOf, signIn, mailLink, newResident, register, siret, fillRequiredSchemaFields, run } from './lib.mjs';

async function scenario(browser) {
  await step('the app is served at / with its security headers, and the API still answers', async () => {
    const response = await fetch(`${BASE}/`);
    check(response.status === 200, `GET / ${response.status}`);
    const csp = response.headers.get('content-security-policy') || '';
    check(csp.includes("script-src 'self'") && !csp.includes('unsafe-inline'), `CSP ${csp}`);
    check(csp.includes("frame-ancestors 'none'"), 'frame-ancestors');
    check(/img-src [^;]*https:\/\//.test(csp), `img-src allows the tile host: ${csp}`);
    check(response.headers.get('x-content-type-options') === 'nosniff', 'nosniff');
    check(Boolean(response.headers.get('referrer-policy')), 'Referrer-Policy');
    const fallback = await fetch(`${BASE}/feed`);
    check(fallback.status === 200 && (await fallback.text()).includes('/js/app.js'), 'client routes answer the index page');
    const health = await fetch(`${BASE}/api/v1/health`);
    check(health.status === 200, `API health ${health.status}`);
    const config = await (await fetch(`${BASE}/app-config.json`)).json();
    check(typeof config.tileUrl === 'string' && config.defaultLanguage, 'app-config.json');
  });

  const alice = await newResident(browser, 'Alice');
  const bruno = await newResident(browser, 'Bruno');
  const aliceEmail = `alice.${RUN}@example.fr`;
  const brunoEmail = `bruno.${RUN}@example.fr`;
  const password = 'Lune bleue sur Vico, 7 chats';
  let postUrl;
  let conversationUrl;
  let reportedMessageId;
  let actorUrl;
  let operationUrl;
  let actorPlace;

  await step('onboarding: Alice registers, her home found by searching the places', async () => {
    await screen(alice.page, '/register');
    await axe(alice.page, 'onboarding');
    await shoot(alice.page, 'onboarding');
    await register(alice.page, { name: 'Alice', email: aliceEmail, password });
  });

  await step('an empty feed says what to do; axe on the feed', async () => {
    await axe(alice.page, 'feed (empty or not)');
    const empty = alice.page.locator('#feed-empty');
    if (await empty.count()) {
      check(/Lancez-vous/.test(await empty.textContent()), 'empty state text');
    }
  });

  await step('Alice posts a request titled with an XSS payload; it shows as text', async () => {
    await alice.page.getByRole('link', { name: 'Publier une demande ou une offre' }).first().click();
    await ready(alice.page);
    await axe(alice.page, 'new post');
    await alice.page.getByLabel("demandez de l'aide").check();
    await alice.page.locator('#post-category').selectOption({ index: 1 });
    await alice.page.getByLabel(/^Titre/).fill(XSS);
    await alice.page.getByLabel(/^Description/).fill('Je ne peux plus porter mes courses. Quelqu\'un pour le samedi matin ?');
    await alice.page.getByLabel(/^Disponibilités/).fill('le samedi matin');
    await alice.page.getByRole('button', { name: 'Publier' }).click();
    await alice.page.getByRole('heading', { level: 1, name: XSS }).waitFor();
    await ready(alice.page);
    postUrl = alice.page.url();
    check((await alice.page.locator('main h1').textContent()) === XSS, 'title shown as the characters typed');
    check((await alice.page.locator('main img[src="x"]').count()) === 0, 'no img element injected');
    await axe(alice.page, 'post (author)');
  });

  await step('onboarding: Bruno registers nearby, his home tapped on the map', async () => {
    await register(bruno.page, { name: 'Bruno', email: brunoEmail, password, tap: true });
  });

  await step('Bruno finds the request in his feed, as a list and on the map (without tiles)', async () => {
    await screen(bruno.page, '/feed');
    const card = bruno.page.locator('#feed-list .post-card', { hasText: XSS }).first();
    await card.waitFor();
    check(/km/.test(await card.locator('.distance').textContent()), 'a rounded distance');
    await shoot(bruno.page, 'feed');
    await bruno.page.getByRole('button', { name: 'Carte' }).click();
    await ready(bruno.page);
    await bruno.page.locator('.leaflet-container').waitFor();
    await bruno.page.waitForFunction(() => document.querySelectorAll('.leaflet-interactive').length >= 2);
    await bruno.page.locator('main').getByText('Le fond de carte ne se charge pas').waitFor({ timeout: 10000 });
    await shoot(bruno.page, 'feed-map');
    await axe(bruno.page, 'feed map');
    // The request's marker is a keyboard control named by its kind and title (the title stays text).
    const pin = bruno.page.getByRole('button', { name: `Demande : ${XSS}` });
    await pin.focus();
    await bruno.page.keyboard.press('Enter');
    await bruno.page.locator('.leaflet-popup a', { hasText: XSS }).waitFor();
    check(await bruno.page.evaluate(() => Boolean(document.activeElement && document.activeElement.closest('.leaflet-popup'))),
      'Enter on a marker moves the focus into its popup');
    await bruno.page.getByRole('button', { name: 'Liste' }).click();
    await ready(bruno.page);
    await bruno.page.locator('#feed-filters summary').click();
    await bruno.page.getByRole('combobox', { name: 'Type' }).selectOption('OFFER');
    await ready(bruno.page);
    check((await bruno.page.locator('#feed-list .post-card', { hasText: XSS }).count()) === 0, 'the kind filter leaves the request out');
    await bruno.page.getByRole('combobox', { name: 'Type' }).selectOption('REQUEST');
    await ready(bruno.page);
    await bruno.page.locator('#feed-list .post-card', { hasText: XSS }).first().waitFor();
  });

  await step('Bruno answers the post, which opens the conversation', async () => {
    await bruno.page.locator('#feed-list .post-card a', { hasText: XSS }).first().click();
    await ready(bruno.page);
    check((await bruno.page.locator('main h1').textContent()) === XSS, 'the XSS title is text for Bruno too');
    await axe(bruno.page, 'post (reader)');
    await shoot(bruno.page, 'post');
    const report = bruno.page.locator('main button[data-report="POST"]');
    await report.click();
    const dialog = dialogOf(bruno.page);
    await dialog.getByRole('heading', { name: 'Signaler cette annonce' }).waitFor();
    check(await dialog.getByRole('textbox', { name: /Pourquoi signalez-vous/ }).evaluate((el) => el === document.activeElement),
      'the report dialog puts the focus on its reason');
    await dialog.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await dialog.locator('[role="alert"]').getByText(/Pourquoi signalez-vous[^:]* : est obligatoire/).waitFor();
    await dialog.getByRole('textbox', { name: /Pourquoi signalez-vous/ }).fill('Titre étrange, peut-être un essai de piratage.');
    await dialog.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await dialog.getByText('votre signalement a été transmis').waitFor();
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await dialog.waitFor({ state: 'detached' });
    check(await report.evaluate((el) => el === document.activeElement), 'closing the dialog gives the focus back to "Signaler"');
    check(await bruno.page.locator('main section.safety').getByRole('button', { name: 'Bloquer Alice' }).count() === 1,
      'the reader may block the author from the post');
    check(await bruno.page.locator('main section.safety').getByRole('button', { name: 'Masquer les annonces de Alice' }).count() === 1,
      'the reader may mute the author from the post');
    check(await bruno.page.locator('main dl').getByRole('link', { name: 'Alice' }).getAttribute('href') === `#/accounts/${await accountIdOf(alice.page)}`,
      "the author's name leads to her profile");
    await bruno.page.getByRole('button', { name: 'Suivre' }).click();
    await bruno.page.getByRole('button', { name: /Suivi/ }).waitFor();
    await bruno.page.getByRole('textbox', { name: /^Votre message/ }).fill('Bonjour, je peux passer samedi à 10 h.');
    await bruno.page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await bruno.page.getByRole('heading', { level: 1, name: 'Conversation avec Alice' }).waitFor();
    await ready(bruno.page);
    await bruno.page.locator('#messages').getByText('je peux passer samedi').waitFor();
    conversationUrl = bruno.page.url();
    await axe(bruno.page, 'conversation');
  });

  await step('Alice sees the notification badge, reads and replies', async () => {
    await screen(alice.page, '/feed');
    await alice.page.locator('#unread-badge:not([hidden])').waitFor({ timeout: 10000 });
    await alice.page.getByRole('link', { name: /^Moi\b/ }).click();
    await alice.page.getByRole('link', { name: /Notifications/ }).click();
    await ready(alice.page);
    await axe(alice.page, 'notifications');
    await alice.page.getByRole('link', { name: 'Messages' }).click();
    await ready(alice.page);
    await axe(alice.page, 'conversations');
    await alice.page.getByRole('link', { name: 'Conversation avec Bruno' }).first().click();
    await ready(alice.page);
    await alice.page.locator('#messages').getByText('je peux passer samedi').waitFor();
    await alice.page.getByRole('textbox', { name: /^Votre message/ }).fill('Merci Bruno, à samedi !');
    await alice.page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await alice.page.locator('#messages').getByText('Merci Bruno').waitFor();
    await bruno.page.reload();
    await ready(bruno.page);
    await bruno.page.locator('#messages').getByText('Merci Bruno').waitFor();
  });

  await step("Alice reports Bruno's message from the conversation, then opens his profile", async () => {
    await screen(alice.page, conversationUrl.split('#')[1]);
    const message = alice.page.locator('#messages li', { hasText: 'je peux passer samedi' });
    check(await alice.page.locator('#messages li.mine button[data-report]').count() === 0, 'no report button on my own messages');
    reportedMessageId = await message.getAttribute('data-message-id');
    await message.getByRole('button', { name: 'Signaler le message de Bruno' }).click();
    const dialog = dialogOf(alice.page);
    await dialog.getByRole('heading', { name: 'Signaler ce message' }).waitFor();
    await dialog.getByRole('textbox', { name: /Pourquoi signalez-vous/ }).fill('Il insiste pour venir chez moi.');
    await axe(alice.page, 'report dialog (a message)');
    await shoot(alice.page, 'report-dialog');
    await dialog.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await dialog.getByText('votre signalement a été transmis').waitFor();
    await alice.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await alice.page.locator('#conversation-person').getByRole('link', { name: 'Bruno' }).click();
    await alice.page.getByRole('heading', { level: 1, name: 'Bruno' }).waitFor();
    await ready(alice.page);
    await alice.page.locator('main').getByText(/^Membre depuis le /).waitFor();
    check(await alice.page.locator('#profile-actions button[data-report="ACCOUNT"]').count() === 1, 'a profile can be reported');
    check(await alice.page.locator('#profile-moderation').count() === 0, 'no moderation section for a resident');
    await axe(alice.page, 'profile');
    await shoot(alice.page, 'profile');
  });

  await step('Alice creates a producer through the schema-rendered form', async () => {
    await screen(alice.page, '/actors');
    await axe(alice.page, 'actor spaces');
    await alice.page.getByRole('link', { name: "Créer la page d'un acteur" }).first().click();
    await ready(alice.page);
    await alice.page.getByLabel(/Type d'acteur/).selectOption('producer');
    await alice.page.getByLabel(/^Nom/).fill(`Ferme du Prunelli ${RUN}`);
    await alice.page.getByLabel(/^Description/).first().fill('Légumes et fromages de la vallée, livrés chez vous.');
    await alice.page.getByLabel(/^Adresse publique/).fill('Route de Bastelicaccia, Ajaccio');
    await alice.page.getByLabel('Chercher votre commune ou code postal').fill('Ajaccio');
    await alice.page.getByRole('button', { name: 'Chercher', exact: true }).click();
    await alice.page.locator('.places button').first().click();
    await alice.page.locator('.home-picker').getByText(/Ajaccio/).first().waitFor();
    await fillRequiredSchemaFields(alice.page, '#type-fields', { siret: siret() });
    await axe(alice.page, 'create actor');
    await alice.page.getByRole('button', { name: 'Créer la page' }).click();
    await alice.page.getByRole('heading', { level: 1, name: `Ferme du Prunelli ${RUN}` }).waitFor({ timeout: 15000 });
    await ready(alice.page);
    actorUrl = alice.page.url();
    await axe(alice.page, 'actor page (manager)');
  });

  await step('Alice proposes a home delivery through the schema-rendered form', async () => {
    await alice.page.getByRole('link', { name: 'Proposer une opération' }).click();
    await ready(alice.page);
    await alice.page.getByLabel(/Type d'opération/).selectOption('home-delivery');
    await alice.page.getByLabel(/^Titre/).fill('Paniers livrés le mardi');
    await alice.page.getByLabel(/^Description/).first().fill('Un panier de saison livré à domicile.');
    await fillRequiredSchemaFields(alice.page, '#type-fields', { deliveryRadiusKm: 20 });
    await axe(alice.page, 'create operation');
    await alice.page.getByRole('button', { name: "Proposer l'opération" }).click();
    await alice.page.getByRole('heading', { level: 1, name: 'Paniers livrés le mardi' }).waitFor({ timeout: 15000 });
    await ready(alice.page);
    operationUrl = alice.page.url();
    const created = await alice.page.evaluate(async (path) => (await fetch(`/api/v1${path}`)).json(), operationUrl.split('#')[1]);
    actorPlace = created.location;
    await axe(alice.page, 'operation page (manager)');
  });

  await step('Bruno sees the actor page and joins the home delivery', async () => {
    await bruno.page.goto(actorUrl);
    await ready(bruno.page);
    await bruno.page.locator('#actor-operations').getByText('Paniers livrés le mardi').waitFor();
    await axe(bruno.page, 'actor page');
    await shoot(bruno.page, 'actor');
    await bruno.page.locator('#actor-operations a', { hasText: 'Paniers livrés le mardi' }).click();
    await ready(bruno.page);
    await fillRequiredSchemaFields(bruno.page, '#participation-form');
    await axe(bruno.page, 'operation page (participant)');
    await bruno.page.getByRole('button', { name: 'Envoyer ma participation' }).click();
    await bruno.page.locator('#participation-done').getByText("C'est noté").waitFor();
    await screen(alice.page, operationUrl.split('#')[1]);
    await alice.page.locator('#participations').getByText('Bruno').waitFor();
  });

  await step('Alice, who manages the producer, accepts Bruno\'s participation', async () => {
    const participations = alice.page.locator('#participations');
    await participations.getByText('reçue').waitFor();
    await axe(alice.page, 'operation page (manager, a participation received)');
    await participations.getByRole('button', { name: /^Accepter la participation de Bruno/ }).click();
    await participations.getByText('acceptée').waitFor();
    check(await participations.getByRole('button').count() === 0, 'no answer left to give once accepted');
    await alice.page.reload();
    await ready(alice.page);
    await alice.page.locator('#participations').getByText('acceptée').waitFor();
  });

  await step('Alice closes the home delivery, then publishes it again', async () => {
    await alice.page.getByRole('button', { name: "Clore l'opération" }).click();
    await alice.page.locator('main').getByText('Terminée', { exact: true }).first().waitFor();
    await alice.page.getByRole('button', { name: 'Publier à nouveau' }).waitFor();
    await screen(bruno.page, operationUrl.split('#')[1]);
    await bruno.page.locator('main').getByText('Terminée', { exact: true }).first().waitFor();
    check(await bruno.page.locator('#participation-form').count() === 0, 'no participation form on a closed operation');
    check(await bruno.page.getByRole('button', { name: 'Publier à nouveau' }).count() === 0, 'no status button for a non-manager');
    await alice.page.getByRole('button', { name: 'Publier à nouveau' }).click();
    await alice.page.locator('main').getByText('Publiée', { exact: true }).first().waitFor();
    await alice.page.getByRole('button', { name: "Clore l'opération" }).waitFor();
  });

  await step('Alice changes the home delivery: new title, an end date, then none; Bruno is told', async () => {
    await alice.page.getByRole('link', { name: "Modifier l'opération" }).click();
    await ready(alice.page);
    const form = alice.page.locator('#operation-form');
    check(await form.locator('input[name="title"]').inputValue() === 'Paniers livrés le mardi', 'the change form shows the current title');
    check(await form.locator('input[name="endsAt"]').inputValue() === '', 'no end date yet');
    await form.locator('input[name="title"]').fill('Paniers livrés mardi et vendredi');
    await form.locator('input[name="endsAt"]').fill('2027-06-30T18:00');
    await form.locator('.home-picker').getByText("Lieu choisi : le lieu actuel de l'opération.").waitFor();
    const map = form.locator('.home-picker .map');
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    await alice.page.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 - 30);
    await form.locator('.home-picker').getByText('Lieu choisi : le point choisi sur la carte.').waitFor();
    await axe(alice.page, 'change operation');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await alice.page.getByRole('heading', { level: 1, name: 'Paniers livrés mardi et vendredi', exact: true }).waitFor({ timeout: 15000 });
    await ready(alice.page);
    await alice.page.locator('main dl').getByText('Fin', { exact: true }).waitFor();
    const moved = await alice.page.evaluate(async (path) => (await fetch(`/api/v1${path}`)).json(), operationUrl.split('#')[1]);
    check(Math.abs(moved.location.lat - actorPlace.lat) + Math.abs(moved.location.lon - actorPlace.lon) > 0.0001,
      `the tapped place is the operation's place: ${JSON.stringify(moved.location)}`);
    await screen(bruno.page, '/notifications');
    await bruno.page.locator('main').getByText('« Paniers livrés mardi et vendredi » a changé de lieu ou de dates').first().waitFor();
    await screen(bruno.page, operationUrl.split('#')[1]);
    await bruno.page.getByRole('heading', { level: 1, name: 'Paniers livrés mardi et vendredi' }).waitFor();
    check(await bruno.page.getByRole('link', { name: "Modifier l'opération" }).count() === 0, 'no change link for a non-manager');
    await alice.page.getByRole('link', { name: "Modifier l'opération" }).click();
    await ready(alice.page);
    await alice.page.locator('#operation-form input[name="endsAt"]').fill('');
    await alice.page.locator('#operation-form').getByRole('button', { name: 'Enregistrer' }).click();
    await alice.page.getByRole('heading', { level: 1, name: 'Paniers livrés mardi et vendredi', exact: true }).waitFor({ timeout: 15000 });
    await ready(alice.page);
    check(await alice.page.locator('main dl').getByText('Fin', { exact: true }).count() === 0, 'the emptied end date is gone');
  });

  await step('Alice edits the producer\'s page: her values are there, the change is saved', async () => {
    await screen(alice.page, actorUrl.split('#')[1]);
    await alice.page.getByRole('link', { name: 'Modifier la page' }).click();
    await ready(alice.page);
    const form = alice.page.locator('#actor-form');
    const name = form.locator('input[name="name"]');
    check(await name.inputValue() === `Ferme du Prunelli ${RUN}`, 'the edit form shows the current name');
    check(await form.locator('input[name="address"]').inputValue() === 'Route de Bastelicaccia, Ajaccio',
      'the edit form shows the current address');
    await name.fill(`Ferme du Prunelli ${RUN}, paniers`);
    await form.locator('input[name="address"]').fill('');
    await axe(alice.page, 'edit actor');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await alice.page.getByRole('heading', { level: 1, name: `Ferme du Prunelli ${RUN}, paniers` }).waitFor({ timeout: 15000 });
    await ready(alice.page);
    check(!(await alice.page.locator('main').textContent()).includes('Route de Bastelicaccia'), 'the emptied address is gone');
    await screen(bruno.page, actorUrl.split('#')[1]);
    await bruno.page.getByRole('heading', { level: 1, name: `Ferme du Prunelli ${RUN}, paniers` }).waitFor();
    check(await bruno.page.getByRole('link', { name: 'Modifier la page' }).count() === 0, 'no edit link for a non-manager');
  });

  await step('Alice invites Bruno to co-manage the producer with a code; he joins, then leaves', async () => {
    await screen(alice.page, actorUrl.split('#')[1]);
    await alice.page.getByRole('button', { name: 'Inviter un co-responsable' }).click();
    const code = (await alice.page.locator('#actor-invitation .invitation-code').textContent()).trim();
    check(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(code), `an invitation code is shown: ${code}`);
    await axe(alice.page, 'actor page (managers, an invitation shown)');
    await screen(bruno.page, actorUrl.split('#')[1]);
    await bruno.page.getByText('On vous a confié un code pour gérer cette page ?').click();
    await bruno.page.getByLabel(/^Code d'invitation/).fill('ABCD-EFGH-JKMN');
    await bruno.page.getByRole('button', { name: 'Devenir co-responsable' }).click();
    await bruno.page.locator('#actor-join .error-box').waitFor();
    await axe(bruno.page, 'actor page (a wrong invitation code)');
    await bruno.page.getByLabel(/^Code d'invitation/).fill(code.toLowerCase());
    await bruno.page.getByRole('button', { name: 'Devenir co-responsable' }).click();
    await bruno.page.locator('#actor-managers').getByText('Bruno (vous)').waitFor({ timeout: 15000 });
    check(await bruno.page.getByRole('link', { name: 'Modifier la page' }).count() === 1, 'the co-manager may change the page');
    check(await bruno.page.locator('#actor-managers li').count() === 2, 'two managers are listed');
    await screen(alice.page, '/notifications');
    await alice.page.locator('main').getByText(/gère désormais/).first().waitFor();
    await bruno.page.getByRole('button', { name: 'Ne plus gérer cette page' }).click();
    await bruno.page.getByText('On vous a confié un code pour gérer cette page ?').waitFor({ timeout: 15000 });
    check(await bruno.page.getByRole('link', { name: 'Modifier la page' }).count() === 0, 'Bruno manages the page no more');
  });

  let category;
  await step('Alice ticks what the producer helps with; its page shows it, and the "Aide pour…" filter finds it', async () => {
    category = (await alice.page.evaluate(async () => (await fetch('/api/v1/categories', { headers: { 'Accept-Language': 'fr' } })).json()))[0];
    await screen(alice.page, `${actorUrl.split('#')[1]}/edit`);
    const helps = alice.page.locator('#helps-with');
    await helps.getByRole('checkbox', { name: category.label, exact: true }).check();
    await axe(alice.page, 'edit actor (helps with)');
    await alice.page.locator('#actor-form').getByRole('button', { name: 'Enregistrer' }).click();
    await alice.page.locator('#actor-helps-with').getByText(category.label, { exact: true }).waitFor({ timeout: 15000 });
    await axe(alice.page, 'actor page (helps with)');
    await screen(bruno.page, '/actors');
    await bruno.page.getByLabel('Aide pour…').selectOption(category.key);
    await bruno.page.waitForURL(new RegExp(`helpsWith=${category.key}`));
    await ready(bruno.page);
    await bruno.page.locator(`#actor-list li[data-actor-id="${decodeURIComponent(actorUrl.split('/actors/')[1])}"]`).waitFor();
    await axe(bruno.page, 'actors helping with a category');
    const other = (await bruno.page.evaluate(async () => (await fetch('/api/v1/categories')).json())).find((c) => c.key !== category.key);
    await screen(bruno.page, `/actors?helpsWith=${other.key}`);
    check(await bruno.page.locator(`#actor-list li[data-actor-id="${decodeURIComponent(actorUrl.split('/actors/')[1])}"]`).count() === 0,
      'an actor that does not help with a category is not listed under it');
  });

  await step("Bruno's unanswered request is passed on to the producer after a day: he reads so, Alice finds it on its page", async () => {
    check(process.env.ESCALATION_URL, 'ESCALATION_URL (WebAppIT) runs the escalation job');
    const title = `Bois à rentrer ${RUN}`;
    await screen(bruno.page, '/posts/new');
    await bruno.page.getByLabel("demandez de l'aide").check();
    await bruno.page.locator('#post-category').selectOption(category.key);
    await bruno.page.getByLabel(/^Titre/).fill(title);
    await bruno.page.getByLabel(/^Description/).fill('Une stère de bois à rentrer avant la pluie, je ne peux plus porter.');
    await bruno.page.getByRole('button', { name: 'Publier' }).click();
    await bruno.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await ready(bruno.page);
    const requestUrl = bruno.page.url();
    check(await bruno.page.locator('#escalations').count() === 0, 'nothing passed on yet');
    const ran = await fetch(`${process.env.ESCALATION_URL}/escalations-run?at=${encodeURIComponent(new Date(Date.now() + 25 * 3600000).toISOString())}`);
    check(ran.status === 200, `the escalation job ran (${ran.status}: ${await ran.text()})`);
    await screen(bruno.page, requestUrl.split('#')[1]);
    await bruno.page.locator('#escalations li[data-level="ACTORS"]').getByText(/votre demande a été transmise à \d+ association/).waitFor();
    await axe(bruno.page, 'post (author, passed on to actors)');
    await shoot(bruno.page, 'post-escalated');
    await screen(alice.page, actorUrl.split('#')[1]);
    await alice.page.locator('#escalated-requests').getByRole('link', { name: title }).click();
    await alice.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await screen(alice.page, actorUrl.split('#')[1]);
    await axe(alice.page, 'actor page (requests passed on)');
    await screen(bruno.page, actorUrl.split('#')[1]);
    check(await bruno.page.locator('#escalated-requests').count() === 0, 'only its managers see what was passed on to an actor');
  });

  await step('the language switch turns the interface and the API labels into English', async () => {
    await screen(bruno.page, postUrl.split('#')[1]);
    await bruno.page.getByRole('button', { name: 'Switch to English' }).click();
    await bruno.page.getByRole('link', { name: 'Feed' }).waitFor();
    await ready(bruno.page);
    check((await bruno.page.evaluate(() => document.documentElement.lang)) === 'en', 'html lang en');
    await bruno.page.locator('main').getByText('Request', { exact: true }).first().waitFor();
    await axe(bruno.page, 'post (English)');
    await screen(bruno.page, '/actors');
    await bruno.page.getByRole('heading', { level: 1, name: 'Local actors' }).waitFor();
    await axe(bruno.page, 'actor spaces (English)');
    await bruno.page.getByRole('button', { name: 'Passer en français' }).click();
    await bruno.page.getByRole('link', { name: 'Fil' }).waitFor();
  });

  await step('my account, moderation and sign-in screens pass axe', async () => {
    await screen(bruno.page, '/account');
    await axe(bruno.page, 'account');
    await screen(bruno.page, '/moderation');
    await bruno.page.locator('main').getByText('réservée aux modérateurs').waitFor();
    await axe(bruno.page, 'moderation (not a moderator)');
    await bruno.page.getByRole('link', { name: /^Moi\b/ }).click();
    await bruno.page.getByRole('button', { name: 'Se déconnecter' }).click();
    await bruno.page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    await ready(bruno.page);
    await axe(bruno.page, 'sign in');
    await bruno.page.getByLabel(/Adresse e-mail/).fill(brunoEmail);
    await bruno.page.getByLabel(/^Mot de passe/).fill(password);
    await bruno.page.getByRole('button', { name: 'Se connecter' }).click();
    await bruno.page.getByRole('heading', { level: 1, name: 'Autour de chez vous' }).waitFor();
  });

  await step('Alice blocks Bruno from their conversation: he can no longer write to her; she unblocks him from her account', async () => {
    await screen(alice.page, conversationUrl.split('#')[1]);
    await alice.page.locator('#conversation-person').getByRole('button', { name: 'Bloquer Bruno' }).click();
    const dialog = dialogOf(alice.page);
    await dialog.getByRole('heading', { name: 'Bloquer Bruno ?' }).waitFor();
    const said = await dialog.textContent();
    check(/pas informée/.test(said) && /ne verrez plus ses annonces/.test(said) && /ne pourra plus vous écrire/.test(said),
      `blocking says what it does first: ${said}`);
    check(await dialog.getByRole('button', { name: 'Annuler' }).evaluate((el) => el === document.activeElement),
      'the block dialog starts on "Annuler"');
    await axe(alice.page, 'block dialog');
    await dialog.getByRole('button', { name: 'Bloquer', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await alice.page.locator('#blocked-notice').getByText('Vous avez bloqué Bruno').waitFor();
    await alice.page.locator('#conversation-person').getByRole('button', { name: 'Débloquer Bruno' }).waitFor();
    await axe(alice.page, 'conversation (the other blocked)');
    await shoot(alice.page, 'conversation-blocked');

    await screen(bruno.page, conversationUrl.split('#')[1]);
    check(!(await bruno.page.locator('main').innerText()).includes('bloqué'), 'Bruno is not told he is blocked');
    await bruno.page.getByRole('textbox', { name: /^Votre message/ }).fill('Alors, samedi ou dimanche ?');
    await bruno.page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await bruno.page.locator('#message-form [role="alert"]').getByText('Vous ne pouvez plus écrire dans cette conversation.').waitFor();
    await screen(alice.page, conversationUrl.split('#')[1]);
    check(await alice.page.locator('#messages').getByText('samedi ou dimanche').count() === 0, 'the blocked message never arrived');

    await screen(alice.page, '/account');
    const blocked = alice.page.locator('#my-blocks');
    await blocked.getByRole('link', { name: 'Bruno' }).waitFor();
    await axe(alice.page, 'account (blocked and hidden people)');
    await blocked.getByRole('button', { name: 'Débloquer Bruno' }).click();
    await blocked.getByText('Vous ne bloquez personne.').waitFor();
  });

  if (process.env.MODERATOR_EMAIL) {
    const moderator = await newResident(browser, 'Moderator');
    await step('a moderator hides the reported post with a reason (the card then offers only "Rétablir"), restores it, dismisses the message', async () => {
      await signIn(moderator.page, process.env.MODERATOR_EMAIL, process.env.MODERATOR_PASSWORD);
      await moderator.page.getByRole('link', { name: /^Moi\b/ }).click();
      await moderator.page.getByRole('link', { name: 'Modération' }).click();
      await ready(moderator.page);
      const postId = decodeURIComponent(postUrl.split('/posts/')[1]);
      const card = moderator.page.locator(`#report-list li[data-target-type="POST"][data-target-id="${postId}"]`);
      await card.waitFor();
      check((await card.locator('h2').textContent()) === XSS, 'the card shows what was reported, as text');
      await card.getByText('Titre étrange, peut-être un essai de piratage.').waitFor();
      await card.getByRole('link', { name: 'Alice' }).waitFor();
      check(await card.getByRole('button', { name: /^Rétablir/ }).count() === 0, 'a visible post offers no "Rétablir"');
      await axe(moderator.page, 'moderation queue');
      await shoot(moderator.page, 'moderation-queue');
      await card.getByRole('button', { name: /^Masquer/ }).click();
      const dialog = dialogOf(moderator.page);
      await dialog.getByRole('heading', { name: 'Masquer cette annonce' }).waitFor();
      await dialog.getByRole('button', { name: 'Masquer', exact: true }).click();
      await dialog.locator('[role="alert"]').waitFor();
      await dialog.getByRole('textbox', { name: /^Raison/ }).fill('Titre trompeur : merci de décrire votre demande.');
      await axe(moderator.page, 'hide dialog');
      await dialog.getByRole('button', { name: 'Masquer', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await card.getByText('Masqué par la modération.').waitFor();
      const hiddenButtons = await card.getByRole('button').allTextContents();
      check(hiddenButtons.length === 1 && hiddenButtons[0].startsWith('Rétablir'), `a hidden post offers only "Rétablir": ${hiddenButtons}`);
      await axe(moderator.page, 'moderation queue (a post hidden)');

      await screen(alice.page, postUrl.split('#')[1]);
      await alice.page.locator('main [data-hidden-notice="POST"]').getByText('Masqué par la modération.').waitFor();
      await axe(alice.page, 'post (author, hidden by the moderators)');
      await screen(alice.page, '/notifications');
      await alice.page.locator('main').getByText(/La modération a masqué votre annonce .*Titre trompeur : merci de décrire votre demande\./).first().waitFor();
      await screen(bruno.page, '/notifications');
      await bruno.page.locator('main').getByText(/que vous avez signalé, a été masqué par la modération/).first().waitFor();

      await card.getByRole('button', { name: /^Rétablir/ }).click();
      await dialogOf(moderator.page).getByRole('button', { name: 'Rétablir', exact: true }).click();
      await dialogOf(moderator.page).waitFor({ state: 'detached' });
      await card.getByRole('button', { name: /^Masquer/ }).waitFor();
      check(await card.getByRole('button', { name: /^Rétablir/ }).count() === 0, 'a restored post offers no "Rétablir"');

      const message = moderator.page.locator(`#report-list li[data-target-type="MESSAGE"][data-target-id="${reportedMessageId}"]`);
      await message.waitFor();
      check((await message.locator('h2').textContent()) === 'Bonjour, je peux passer samedi à 10 h.', 'the card shows the message reported');
      await message.getByText('Il insiste pour venir chez moi.').waitFor();
      await message.getByRole('button', { name: /^Classer sans suite/ }).click();
      await dialogOf(moderator.page).getByRole('button', { name: 'Classer sans suite', exact: true }).click();
      await message.getByText('Classé sans suite.').waitFor();
      check(await message.getByRole('button').count() === 0, 'nothing left to do on a dismissed card');

      await moderator.page.getByRole('link', { name: 'Journal' }).click();
      await moderator.page.getByRole('heading', { level: 1, name: 'Journal de modération' }).waitFor();
      await ready(moderator.page);
      const log = moderator.page.locator('#moderation-log');
      await log.locator('li[data-action="HIDE"]', { hasText: 'Titre trompeur' }).first().waitFor();
      await log.locator('li[data-action="RESTORE"]').first().waitFor();
      await log.locator('li[data-action="DISMISS"]').first().waitFor();
      await axe(moderator.page, 'moderation log');
      await shoot(moderator.page, 'moderation-log');
    });

    await step('the moderator verifies the producer after checking its SIRET; the badge shows for everyone', async () => {
      await screen(moderator.page, actorUrl.split('#')[1]);
      const identifier = moderator.page.locator('main dl .identifier');
      await identifier.waitFor();
      check(/^SIRET [\d ]{14,17}$/.test((await identifier.textContent()).trim()), `the identifier is shown: ${await identifier.textContent()}`);
      await moderator.page.locator('main dl').getByRole('link', { name: /registre public/ }).waitFor();
      const section = moderator.page.locator('#actor-verification');
      await section.getByRole('button', { name: 'Vérifier' }).waitFor();
      check(await section.getByRole('button').count() === 1, 'one verification action at a time');
      await section.getByRole('button', { name: 'Vérifier' }).click();
      const dialog = dialogOf(moderator.page);
      await dialog.getByText(/identifiant SIRET [\d ]{14,17}/).waitFor();
      await dialog.getByRole('button', { name: 'Vérifier', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await ready(moderator.page);
      await moderator.page.locator('#actor-verification').getByRole('button', { name: 'Retirer la vérification' }).waitFor();
      check(await moderator.page.locator('#actor-verification').getByRole('button').count() === 1, 'one verification action at a time');
      await axe(moderator.page, 'actor page (moderator, verified)');
      await shoot(moderator.page, 'actor-moderator');
      await screen(alice.page, '/actors');
      const badge = alice.page.locator(`#actor-list li[data-actor-id="${decodeURIComponent(actorUrl.split('/actors/')[1])}"] .tag.verified`);
      await badge.waitFor();
      check(/Vérifié/.test(await badge.textContent()) && /contrôlée par la modération/.test(await badge.textContent()),
        'the badge says what it means to screen readers');
      await alice.page.locator('#operation-list .tag.verified').first().waitFor();
    });

    await step('the moderator suspends Bruno from his profile: signing in says until when; reinstated, he signs in', async () => {
      const brunoId = await accountIdOf(bruno.page);
      await screen(moderator.page, `/accounts/${brunoId}`);
      const section = moderator.page.locator('#profile-moderation');
      await section.getByRole('button', { name: 'Suspendre le compte' }).click();
      const dialog = dialogOf(moderator.page);
      await dialog.getByRole('textbox', { name: /^Raison/ }).fill('Messages insistants signalés.');
      const until = new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10);
      await dialog.getByLabel(/^Jusqu'au/).fill(until);
      await axe(moderator.page, 'suspend dialog');
      await dialog.getByRole('button', { name: 'Suspendre le compte' }).click();
      await dialog.waitFor({ state: 'detached' });
      await section.getByText(/Compte suspendu jusqu'au/).waitFor();
      check(await section.getByRole('button').count() === 1 && await section.getByRole('button', { name: 'Rétablir le compte' }).count() === 1,
        'a suspended account offers only "Rétablir le compte"');
      await axe(moderator.page, 'profile (moderator, suspended)');

      await screen(bruno.page, '/signin');
      await bruno.page.getByLabel(/Adresse e-mail/).fill(brunoEmail);
      await bruno.page.getByLabel(/^Mot de passe/).fill(password);
      await bruno.page.getByRole('button', { name: 'Se connecter' }).click();
      await bruno.page.locator('main [role="alert"]').getByText(/suspendu jusqu'au/).waitFor();
      await axe(bruno.page, 'sign in (suspended)');

      await section.getByRole('button', { name: 'Rétablir le compte' }).click();
      await dialogOf(moderator.page).getByRole('button', { name: 'Rétablir le compte' }).click();
      await section.getByRole('button', { name: 'Suspendre le compte' }).waitFor();
      await signIn(bruno.page, brunoEmail, password);
      await moderator.context.close();
    });

    if (RELAYS_MERGED) {
      await relaySteps(browser, { alice, bruno });
    } else {
      log('     (relay steps skipped: the relays backend of issue 18 (branch relays: /moderation/relays, /me/beneficiaries, '
        + '/posts/{id}/sheet) was not merged into this branch when the web app was built)');
    }
    if (DASHBOARD_MERGED) {
      await dashboardSteps(browser, { alice });
    } else {
      log('     (dashboard steps skipped: the territory dashboard backend of issue 18 (branch dashboard: '
        + 'GET /territories/{key}/dashboard) was not merged into this branch when the web app was built)');
    }
  } else {
    log('     (moderation step skipped: set MODERATOR_EMAIL and MODERATOR_PASSWORD to run it)');
  }

  if (process.env.MAIL_LINKS_URL) {
    await step('the address proved by the mailed link; a forgotten password reset by mail, then signed in; an alert near home and a notification setting', async () => {
      const chloe = await newResident(browser, 'Chloé');
      const chloeEmail = `chloe.${RUN}@example.fr`;
      const newPassword = 'Quatre ânes gris sous le pont de Calvi';
      await register(chloe.page, { name: 'Chloé', email: chloeEmail, password });
      await chloe.page.locator('main .banner').getByText(/Confirmez votre adresse/).waitFor();
      await axe(chloe.page, 'feed with the banner of an address to prove');
      await screen(chloe.page, `/verify-email/${await mailLink(chloeEmail, '/verify-email/')}`);
      await chloe.page.locator('main').getByText('Votre adresse e-mail est confirmée.').waitFor();
      check(await chloe.page.locator('main .banner').count() === 0, 'no banner once the address is proved');
      await chloe.page.getByRole('link', { name: /^Moi\b/ }).click();
      await chloe.page.getByRole('button', { name: 'Se déconnecter' }).click();
      await chloe.page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
      await chloe.page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
      await chloe.page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
      await ready(chloe.page);
      await axe(chloe.page, 'forgotten password');
      await chloe.page.getByLabel(/Adresse e-mail/).fill(chloeEmail);
      await chloe.page.getByRole('button', { name: 'Recevoir un lien' }).click();
      await chloe.page.locator('main').getByText(/un lien vient de lui être envoyé/).waitFor();
      const link = await mailLink(chloeEmail, '/reset-password/');
      await screen(chloe.page, `/reset-password/${link}`);
      await axe(chloe.page, 'new password');
      await chloe.page.locator('main input[name="password"]').fill(newPassword);
      await chloe.page.getByRole('button', { name: 'Changer le mot de passe' }).click();
      await chloe.page.locator('main').getByText(/Mot de passe changé/).waitFor();
      await chloe.page.getByLabel(/Adresse e-mail/).fill(chloeEmail);
      await chloe.page.getByLabel(/^Mot de passe/).fill(newPassword);
      await chloe.page.getByRole('button', { name: 'Se connecter' }).click();
      await chloe.page.getByRole('heading', { level: 1, name: 'Autour de chez vous' }).waitFor();
      await screen(chloe.page, `/reset-password/${link}`);
      await chloe.page.locator('main input[name="password"]').fill(`${newPassword} bis`);
      await chloe.page.getByRole('button', { name: 'Changer le mot de passe' }).click();
      await chloe.page.locator('main').getByText('Ce lien a expiré ou a déjà servi.').waitFor();
      await screen(chloe.page, '/account');
      await chloe.page.getByRole('link', { name: 'Mes alertes' }).click();
      await chloe.page.getByRole('heading', { level: 1, name: 'Mes alertes' }).waitFor();
      await ready(chloe.page);
      await axe(chloe.page, 'alerts near home');
      await chloe.page.getByLabel('Demandes', { exact: true }).check();
      await chloe.page.getByRole('button', { name: "Ajouter l'alerte" }).click();
      await chloe.page.locator('main .cards li').getByText(/Demandes · toutes les catégories · à moins de/).waitFor();
      const alerts = await (await fetch(`${BASE}/api/v1/me/alerts`, { headers: { Authorization: `Bearer ${await chloe.page.evaluate(() => JSON.parse(sessionStorage.getItem('entraide.session') || localStorage.getItem('entraide.session')).token)}` } })).json();
      check(alerts.length === 1 && alerts[0].kind === 'REQUEST', `the alert is stored: ${JSON.stringify(alerts)}`);
      await screen(chloe.page, '/settings/notifications');
      await axe(chloe.page, 'notification settings');
      await chloe.page.locator('select[name="email.post.status"]').selectOption('WEEKLY');
      await chloe.page.getByRole('button', { name: 'Enregistrer' }).click();
      await chloe.page.locator('main').getByText('Modifications enregistrées.').waitFor();
      await screen(chloe.page, '/settings/notifications');
      check(await chloe.page.locator('select[name="email.post.status"]').inputValue() === 'WEEKLY', 'the choice is kept');
      await chloe.context.close();
    });
  } else {
    log('     (mail step skipped: set MAIL_LINKS_URL to a server giving the links mailed, as WebAppIT does)');
  }

  await step('layouts hold at 360 px: no screen scrolls sideways', async () => {
    await alice.page.setViewportSize({ width: 360, height: 740 });
    const brunoProfile = `/accounts/${await accountIdOf(bruno.page)}`;
    for (const route of ['/feed', postUrl.split('#')[1], actorUrl.split('#')[1], operationUrl.split('#')[1], '/account', '/conversations',
      conversationUrl.split('#')[1], brunoProfile]) {
      await screen(alice.page, route);
      const overflow = await alice.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(overflow <= 1, `${route} is ${overflow}px wider than a 360 px screen`);
    }
    await alice.page.setViewportSize(PHONE);
  });

  await step('my account: export my data, then delete my account', async () => {
    await screen(alice.page, '/account');
    const [download] = await Promise.all([alice.page.waitForEvent('download'), alice.page.getByRole('button', { name: 'Exporter mes données' }).click()]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    check(JSON.stringify(exported).includes(aliceEmail), 'the export holds the account');
    await screen(bruno.page, '/account');
    await bruno.page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await bruno.page.locator('main').getByText('Cochez la case pour confirmer').waitFor();
    await bruno.page.getByLabel("Je comprends que c'est définitif").check();
    await bruno.page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await bruno.page.getByRole('heading', { level: 1, name: 'Bienvenue sur Entraide' }).waitFor();
    const signIn = await fetch(`${BASE}/api/v1/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: brunoEmail, password }) });
    check(signIn.status === 401, `a deleted account cannot sign in (${signIn.status})`);
  });

  await step('the service worker caches the app shell and nothing of /api', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    await context.route('**/*', (route) => (route.request().url().startsWith(BASE) ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(`${BASE}/#/register`);
    await ready(page);
    const keys = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 50 && !(await caches.keys()).length; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const names = await caches.keys();
      const all = [];
      for (const name of names) {
        const cache = await caches.open(name);
        all.push(...(await cache.keys()).map((request) => new URL(request.url).pathname));
      }
      return all;
    });
    check(keys.includes('/index.html') && keys.includes('/js/app.js'), `shell cached: ${keys.length} entries`);
    check(!keys.some((path) => path.startsWith('/api/')), 'no API response cached');
    const manifest = await (await fetch(`${BASE}/manifest.json`)).json();
    check(manifest.start_url && manifest.icons.length >= 2, 'manifest');
    await context.close();
  });

  await alice.context.close();
  await bruno.context.close();
  check(problems.length === 0, `browser problems:\n  ${problems.join('\n  ')}`);
}

/** A full reload of a route, so that the app asks GET /me again (a role granted meanwhile shows). */
async function reloadAt(page, route) {
  await screen(page, route);
  await page.reload();
  await ready(page);
}

/**
 * Issue 18, relays: a moderator grants Alice the RELAY role from the relays tab; she registers Marcelle (commune found
 * by the search, oral consent), publishes for her, Bruno answers (the relay's conversation says whom it is for), she
 * prints the sheet (it holds the request, Marcelle and Bruno's answer), exports Marcelle's data and erases her.
 */
async function relaySteps(browser, { alice, bruno }) {
  const aliceId = await accountIdOf(alice.page);
  const title = `Courses pour Marcelle ${RUN}`;
  let requestUrl;
  await step('a moderator makes Alice a relay from the "Relais" tab', async () => {
    const moderator = await newResident(browser, 'Moderator (relays)');
    await signIn(moderator.page, process.env.MODERATOR_EMAIL, process.env.MODERATOR_PASSWORD);
    await screen(moderator.page, '/moderation/relays');
    await axe(moderator.page, 'relays (moderation)');
    await moderator.page.getByLabel(/^Compte \(identifiant ou lien du profil\)/).fill(`${BASE}/#/accounts/${aliceId}`);
    await moderator.page.locator('#relay-grant-form').getByRole('button', { name: 'Donner le rôle de relais' }).click();
    const dialog = dialogOf(moderator.page);
    await dialog.getByRole('heading', { name: 'Faire de Alice un relais ?' }).waitFor();
    await axe(moderator.page, 'grant relay dialog');
    await dialog.getByRole('button', { name: 'Donner le rôle de relais' }).click();
    await dialog.waitFor({ state: 'detached' });
    await moderator.page.locator(`#relay-list li[data-relay-id="${aliceId}"]`).waitFor();
    await shoot(moderator.page, 'relays-moderation');
    await screen(moderator.page, '/moderation/log');
    await moderator.page.locator('#moderation-log li[data-action="RELAY_GRANT"]').first().waitFor();
    await moderator.context.close();
  });

  await step('Alice, relay, registers Marcelle with her oral consent', async () => {
    await reloadAt(alice.page, '/feed');
    await alice.page.getByRole('link', { name: /^Moi\b/ }).click();
    await alice.page.getByRole('link', { name: 'Mes bénéficiaires' }).click();
    await ready(alice.page);
    await axe(alice.page, 'my beneficiaries (empty)');
    await alice.page.getByRole('link', { name: 'Ajouter un bénéficiaire' }).click();
    await ready(alice.page);
    await alice.page.locator('#consent-explained').getByText(/retirer son accord à tout moment/).waitFor();
    await axe(alice.page, 'new beneficiary');
    await shoot(alice.page, 'beneficiary-form');
    await alice.page.getByRole('button', { name: 'Enregistrer le bénéficiaire' }).click();
    await alice.page.locator('#beneficiary-form [role="alert"]').waitFor();
    await alice.page.getByLabel(/^Prénom/).fill('Marcelle');
    await alice.page.getByLabel('Chercher sa commune').fill('Ajaccio');
    await alice.page.locator('#beneficiary-place-picker').getByRole('button', { name: 'Chercher', exact: true }).click();
    await alice.page.locator('#beneficiary-place-picker .places button').first().click();
    await alice.page.locator('#beneficiary-place').getByText(/Lieu choisi : Ajaccio/).waitFor();
    await alice.page.getByLabel(/^Téléphone/).fill('04 95 00 00 00');
    await alice.page.getByLabel('Accord oral').check();
    await alice.page.getByRole('button', { name: 'Enregistrer le bénéficiaire' }).click();
    const card = alice.page.locator('#beneficiary-list li', { hasText: 'Marcelle' });
    await card.waitFor({ timeout: 15000 });
    await card.getByText(/Accord oral/).waitFor();
    await axe(alice.page, 'my beneficiaries');
    await shoot(alice.page, 'beneficiaries');
  });

  await step('Alice publishes for Marcelle; Bruno answers; the conversation says whom it is for', async () => {
    await alice.page.locator('#beneficiary-list li', { hasText: 'Marcelle' }).getByRole('link', { name: 'Publier pour Marcelle' }).click();
    await alice.page.getByRole('heading', { level: 1, name: 'Publier pour Marcelle' }).waitFor();
    await ready(alice.page);
    check(await alice.page.locator('#post-beneficiary option:checked').textContent() === 'Marcelle', 'Marcelle is chosen');
    await axe(alice.page, 'new post for a beneficiary');
    await alice.page.getByLabel("demandez de l'aide").check();
    await alice.page.locator('#post-category').selectOption({ index: 1 });
    await alice.page.getByLabel(/^Titre/).fill(title);
    await alice.page.getByLabel(/^Description/).fill('Marcelle a besoin de pain et de lait le mardi matin.');
    await alice.page.getByRole('button', { name: 'Publier' }).click();
    await alice.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await ready(alice.page);
    requestUrl = alice.page.url();
    await alice.page.locator('main dl').getByText(/Marcelle/).first().waitFor();
    await screen(bruno.page, requestUrl.split('#')[1]);
    check(await bruno.page.getByRole('button', { name: 'Imprimer la fiche' }).count() === 0, 'only the relay prints the sheet');
    await bruno.page.locator('#answer-form textarea').fill('Je peux passer chez Marcelle mardi à 9 h.');
    await bruno.page.locator('#answer-form').getByRole('button').click();
    await bruno.page.locator('#conversation-beneficiary').getByText(/publiée pour Marcelle/).waitFor({ timeout: 15000 });
    await screen(alice.page, '/conversations');
    await alice.page.locator('#conversation-list li', { hasText: title }).getByText('Pour Marcelle', { exact: true }).waitFor();
    await axe(alice.page, 'conversations (a relay)');
  });

  await step('Alice prints the sheet: it holds the request, Marcelle and what Bruno wrote', async () => {
    await screen(alice.page, requestUrl.split('#')[1]);
    await alice.page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
    await alice.page.getByRole('button', { name: 'Imprimer la fiche' }).click();
    const sheet = alice.page.locator('#print-sheet');
    await sheet.getByText(title).first().waitFor();
    await sheet.getByText(/Marcelle/).first().waitFor();
    await sheet.getByText(/mardi à 9 h/).first().waitFor();
    check(await alice.page.evaluate(() => window.printed) === 1, 'the print dialog was asked for');
    check(await sheet.locator('script, style, [style], [onclick]').count() === 0, 'nothing of the sheet but text and plain elements');
    await axe(alice.page, 'post for a beneficiary, its sheet shown');
    await shoot(alice.page, 'sheet');
  });

  await step("Alice exports Marcelle's data, then erases her (consent withdrawn)", async () => {
    await screen(alice.page, '/relay');
    const card = alice.page.locator('#beneficiary-list li', { hasText: 'Marcelle' });
    const [download] = await Promise.all([alice.page.waitForEvent('download'), card.getByRole('button', { name: /^Exporter ses données/ }).click()]);
    const exported = readFileSync(await download.path(), 'utf8');
    check(exported.includes('Marcelle') && exported.includes(title), 'the export holds Marcelle and her request');
    await card.getByRole('button', { name: /^Effacer/ }).click();
    const dialog = dialogOf(alice.page);
    await dialog.getByText(/retire son consentement/).waitFor();
    await axe(alice.page, 'erase beneficiary dialog');
    await dialog.getByRole('button', { name: 'Tout effacer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await alice.page.locator('main').getByText("Vous n'accompagnez encore personne.", { exact: false }).waitFor();
    await screen(bruno.page, requestUrl.split('#')[1]).catch(() => {});
    check(!(await bruno.page.locator('main').textContent()).includes('pain et de lait'), 'the request written for her is gone');
  });
}

/**
 * Issue 18, the territory dashboard: the moderator reads the figures of the territory of their home (WebAppIT
 * writes one around Ajaccio), sees the chart and the unanswered requests, downloads the CSV; a resident is told the
 * dashboard is not theirs.
 */
async function dashboardSteps(browser, { alice }) {
  await step('the moderator reads the territory dashboard: figures, an SVG chart, unanswered requests, a CSV file', async () => {
    const moderator = await newResident(browser, 'Moderator (dashboard)');
    await signIn(moderator.page, process.env.MODERATOR_EMAIL, process.env.MODERATOR_PASSWORD);
    await screen(moderator.page, '/moderation');
    await moderator.page.getByRole('link', { name: 'Tableau de bord' }).click();
    await moderator.page.getByRole('heading', { level: 1, name: /^Tableau de bord : / }).waitFor({ timeout: 15000 });
    await ready(moderator.page);
    const requests = Number((await moderator.page.locator('#dashboard-figures li[data-figure="requests"] .figure-value').textContent()).replace(/\D/g, ''));
    check(requests >= 2, `the requests of the scenario are counted: ${requests}`);
    check(await moderator.page.locator('#dashboard-chart rect').count() > 0, 'the weekly series is drawn');
    check(await moderator.page.locator('#dashboard-weekly tbody tr').count() > 0, 'and given as a table');
    await moderator.page.locator('#dashboard-unanswered li').first().waitFor();
    check(await moderator.page.locator('#dashboard-communes tbody tr').count() > 0, 'the figures by commune');
    await axe(moderator.page, 'territory dashboard');
    await shoot(moderator.page, 'dashboard');
    const [download] = await Promise.all([moderator.page.waitForEvent('download'), moderator.page.getByRole('button', { name: 'Télécharger CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    check(csv.startsWith('week,start,requests,offers,answered_within_24h,participations'), `the CSV has its header: ${csv.slice(0, 80)}`);
    check(csv.trim().split('\n').length >= 2, 'and its weeks');
    const key = new URL(moderator.page.url().replace('#/', '')).searchParams.get('territory')
      || (await moderator.page.locator('input[name="territory"]').inputValue());
    await moderator.context.close();
    await screen(alice.page, `/dashboard?territory=${encodeURIComponent(key)}`);
    await alice.page.locator('#dashboard-refused').getByText(/réservé aux modérateurs/).waitFor();
    await axe(alice.page, 'territory dashboard (refused)');
  });
}

run('web app e2e', scenario);
