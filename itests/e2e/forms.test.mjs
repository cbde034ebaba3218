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
 * The forms of the web app (issue 19, points 1 to 3): errors in the resident's language, one sentence per field next
 * to it introduced by the field's label, all at once and before anything is sent when the browser can tell; the
 * API's errors shown the same way; never a raw "attributes." path nor a field named twice; the summary's links, the
 * focus on the first field in error, aria-invalid and aria-describedby; axe on each form with its errors shown; and
 * the participation form of a Saturday-only home delivery offering only Saturday and only bread.
 *
 *   BASE_URL=http://localhost:8181 node forms.test.mjs
 */
import { BASE, RUN, step, check, axe, shoot, screen, ready, signIn, newResident, siret, fillRequiredSchemaFields, run } from './lib.mjs';

const PASSWORD = 'Lune bleue sur Vico, 7 chats';

/** Calls the API from the script (no browser): the parsed answer, or a failure naming the status. */
async function api(method, path, body, token, language = 'fr') {
  const headers = { Accept: 'application/json', 'Accept-Language': language };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(`${BASE}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  check(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** A resident registered through the API at this home, and their token. */
async function resident(name, home) {
  const email = `${name.toLowerCase()}.forms.${RUN}@example.fr`;
  await api('POST', '/accounts', { email, password: PASSWORD, displayName: name, home, locale: 'fr' });
  const session = await api('POST', '/sessions', { email, password: PASSWORD });
  return { email, token: session.token };
}

/** What the form shows: the sentences next to its fields, the summary's lines and links, the focused element. */
async function shown(page, form) {
  return page.locator(form).evaluate((element) => {
    const visible = (node) => !node.closest('[hidden]');
    const summary = element.querySelector('.error-box');
    const active = document.activeElement;
    return {
      sentences: [...element.querySelectorAll('.error')].filter(visible).map((node) => node.textContent.trim()).filter(Boolean),
      summary: summary && visible(summary) ? [...summary.querySelectorAll('li')].map((li) => li.textContent.trim()) : [],
      links: summary ? [...summary.querySelectorAll('li a')].map((a) => a.getAttribute('href')) : [],
      invalid: [...element.querySelectorAll('[aria-invalid="true"]')].map((node) => ({
        id: node.id,
        describedBy: (node.getAttribute('aria-describedby') || '').split(' ').map((id) => document.getElementById(id))
          .filter((described) => described && described.classList.contains('error') && !described.hidden)
          .map((described) => described.textContent.trim()),
      })),
      focused: active ? active.id : null,
      text: element.innerText,
    };
  });
}

/**
 * The rules every form keeps: each sentence is "label : message" (or "label: message"), each field once, no raw
 * path, each field in error described by its sentence, the summary listing the same sentences as links to fields,
 * the focus on the first field in error.
 */
function checkDisplay(seen, where) {
  check(seen.sentences.length > 0, `${where}: no error shown`);
  check(!/attributes\.|onBehalfOf\.|contact\./.test(seen.text), `${where}: a raw path is shown: ${seen.text}`);
  const fields = seen.sentences.map((sentence) => sentence.split(/ ?: /)[0]);
  check(new Set(fields).size === fields.length, `${where}: a field is named twice: ${seen.sentences.join(' | ')}`);
  check(new Set(seen.summary).size === seen.summary.length, `${where}: the summary repeats itself: ${seen.summary.join(' | ')}`);
  for (const sentence of seen.sentences) {
    check(/^[^:]+[^ :] ?: \S/.test(sentence), `${where}: not "label : message": ${sentence}`);
    check(seen.summary.includes(sentence), `${where}: "${sentence}" is not in the summary ${seen.summary.join(' | ')}`);
  }
  check(seen.invalid.length >= seen.sentences.length - 1, `${where}: fields in error without aria-invalid`);
  for (const field of seen.invalid) {
    check(field.describedBy.length === 1, `${where}: ${field.id} is not described by its one sentence (${field.describedBy})`);
  }
  check(seen.links.length > 0 && seen.links.every((href) => /^#[\w-]+$/.test(href)), `${where}: the summary's links ${seen.links}`);
  check(seen.focused === seen.links[0].slice(1), `${where}: the focus is on ${seen.focused}, not the first field in error ${seen.links[0]}`);
}

/** Records the API calls of this method to this path the page makes from now on. */
function recorder(page, method, path) {
  const calls = [];
  page.on('request', (request) => {
    if (request.method() === method && new URL(request.url()).pathname === `/api/v1${path}`) {
      calls.push(request.url());
    }
  });
  return calls;
}

/** A day, as a date input takes it, so many days from today. */
function day(offset) {
  return new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
}

async function scenario(browser) {
  const ajaccio = (await api('GET', '/places?q=Ajaccio&limit=1')).items[0].location;
  const mireille = await resident('Mireille', ajaccio);
  const { page } = await newResident(browser, 'Mireille');
  const posts = recorder(page, 'POST', '/posts');

  await step('French: an empty post form shows every problem at once, next to each field, and sends nothing', async () => {
    await signIn(page, mireille.email, PASSWORD);
    await screen(page, '/posts/new');
    await page.getByRole('button', { name: 'Publier' }).click();
    await page.locator('form .error-box a').first().waitFor();
    const seen = await shown(page, 'main form');
    checkDisplay(seen, 'post form (empty)');
    for (const expected of ['Catégorie : est obligatoire', 'Titre : est obligatoire', 'Description : est obligatoire']) {
      check(seen.sentences.includes(expected), `post form: "${expected}" missing from ${seen.sentences.join(' | ')}`);
    }
    check(seen.focused === 'post-category', `the focus goes to the first field in error, the category (${seen.focused})`);
    check(posts.length === 0, 'nothing was sent');
    await axe(page, 'post form with errors (fr)');
    await shoot(page, 'forms-post-errors-fr');
  });

  await step('French: a too short title is said with its label, the summary link takes to the field', async () => {
    const category = await page.locator('#post-category option').nth(1).getAttribute('value');
    await page.locator('#post-category').selectOption(category);
    await page.getByLabel(/^Titre/).fill('ab');
    await page.getByRole('button', { name: 'Publier' }).click();
    await page.locator('form .field .error', { hasText: 'Titre : 3 caractères au moins' }).waitFor();
    const seen = await shown(page, 'main form');
    checkDisplay(seen, 'post form (short title)');
    check(seen.sentences.length === 2 && seen.sentences.includes('Description : est obligatoire'), `two problems left: ${seen.sentences}`);
    await page.locator('#post-category').focus();
    await page.locator('form .error-box a', { hasText: 'Description' }).click();
    check(await page.getByLabel(/^Description/).evaluate((el) => el === document.activeElement), 'the summary link focuses its field');
    check(posts.length === 0, 'still nothing sent');
  });

  await step('French: what only the API knows (an expiry beyond the platform\'s limit) shows the same way', async () => {
    await page.getByLabel(/^Titre/).fill(`Aide au jardin ${RUN}`);
    await page.getByLabel(/^Description/).fill('Tailler la haie samedi matin.');
    await page.getByLabel(/^Jusqu'à quand/).fill(day(3650));
    await page.getByRole('button', { name: 'Publier' }).click();
    await page.locator('form .field .error', { hasText: /^Jusqu'à quand : / }).waitFor();
    check(posts.length === 1, `the form was sent once (${posts.length})`);
    const seen = await shown(page, 'main form');
    checkDisplay(seen, 'post form (API error)');
    check(seen.sentences.length === 1, `one sentence, next to the date: ${seen.sentences}`);
    check(!/ must | is /.test(seen.sentences[0]), `in French: ${seen.sentences[0]}`);
    check(seen.focused === (await page.getByLabel(/^Jusqu'à quand/).getAttribute('id')), 'the focus goes to the date');
    await axe(page, 'post form with an API error (fr)');
  });

  await step('French: the sign-in form checks before sending', async () => {
    const { page: visitor, context } = await newResident(browser, 'Visiteur');
    const sessions = recorder(visitor, 'POST', '/sessions');
    await screen(visitor, '/signin');
    await visitor.getByLabel(/Adresse e-mail/).fill('pas-une-adresse');
    await visitor.getByRole('button', { name: 'Se connecter' }).click();
    await visitor.locator('form .error-box a').first().waitFor();
    const seen = await shown(visitor, 'main form');
    checkDisplay(seen, 'sign-in form');
    check(seen.sentences.includes("Adresse e-mail : n'est pas une adresse e-mail"), `sign-in: ${seen.sentences}`);
    check(seen.sentences.includes('Mot de passe : est obligatoire'), `sign-in: ${seen.sentences}`);
    check(sessions.length === 0, 'no sign-in was tried');
    await axe(visitor, 'sign-in with errors');
    await screen(visitor, '/register');
    await visitor.getByLabel(/Votre prénom ou pseudonyme/).fill('A');
    await visitor.getByLabel(/^Mot de passe/).fill('court');
    await visitor.getByRole('button', { name: 'Créer mon compte' }).click();
    await visitor.locator('form .error-box a').first().waitFor();
    const onboarding = await shown(visitor, 'main form');
    checkDisplay(onboarding, 'onboarding');
    check(onboarding.sentences.length === 4, `name, email, password and home: ${onboarding.sentences.join(' | ')}`);
    check(onboarding.sentences.some((s) => /^Domicile : /.test(s)), `the home is named: ${onboarding.sentences}`);
    await axe(visitor, 'onboarding with errors');
    await shoot(visitor, 'forms-onboarding-errors');
    await context.close();
  });

  let operationId;
  let actorId;
  await step('the participation form of a Saturday-only home delivery offers only Saturday and only bread', async () => {
    const types = await api('GET', '/actor-types');
    check(types.some((type) => type.key === 'shop'), 'the shop type is installed');
    const actor = await api('POST', '/actors', { type: 'shop', name: `Épicerie ${RUN}`, description: 'Au coeur du village',
      location: ajaccio, attributes: { trade: 'bakery', openingHours: { sat: [['07:00', '13:00']] }, siret: siret() } }, mireille.token);
    const operation = await api('POST', `/actors/${actor.id}/operations`, { type: 'home-delivery', title: `Pain livré le samedi ${RUN}`,
      description: 'Le samedi seulement', status: 'PUBLISHED',
      attributes: { deliveryRadiusKm: 5, days: ['sat'], goods: ['bread'], deliveryFee: 0 } }, mireille.token);
    operationId = operation.id;
    actorId = actor.id;
    const general = (await api('GET', '/operation-types')).find((type) => type.key === 'home-delivery');
    const allDays = general.participationFields.find((field) => field.name === 'preferredDay').choices.length;
    check(allDays === 7, `the type knows every day (${allDays})`);

    const customer = await resident('Honorine', ajaccio);
    const { page: other, context } = await newResident(browser, 'Honorine');
    await signIn(other, customer.email, PASSWORD);
    await screen(other, `/operations/${operation.id}`);
    const form = other.locator('#participation-form');
    const days = await form.locator('select[name="preferredDay"] option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
    check(JSON.stringify(days) === '["sat"]', `only Saturday is offered: ${days}`);
    check(/Samedi/.test(await form.locator('select[name="preferredDay"]').innerText()), 'Saturday is labelled in French');
    const goods = await form.locator('input[name="goods"]').evaluateAll((boxes) => boxes.map((b) => b.value));
    check(JSON.stringify(goods) === '["bread"]', `only bread is offered: ${goods}`);
    const participations = recorder(other, 'POST', `/operations/${operation.id}/participations`);
    await form.getByRole('button', { name: 'Envoyer ma participation' }).click();
    await form.locator('.error-box a').first().waitFor();
    const seen = await shown(other, '#participation-form');
    checkDisplay(seen, 'participation form');
    check(participations.length === 0, 'nothing sent while required choices are missing');
    await axe(other, 'participation form with errors');
    await shoot(other, 'forms-participation-errors');
    await fillRequiredSchemaFields(other, '#participation-form', { preferredDay: 'sat', goods: ['bread'] });
    await form.getByRole('button', { name: 'Envoyer ma participation' }).click();
    await other.locator('#participation-done').waitFor();
    check(participations.length === 1, 'sent once all was right');
    await context.close();
  });

  await step('a participation the API refuses for something not on the form is named, never by its path', async () => {
    const far = await resident('Fabien', { lat: ajaccio.lat + 0.1, lon: ajaccio.lon });
    const { page: other, context } = await newResident(browser, 'Fabien');
    await signIn(other, far.email, PASSWORD);
    await screen(other, `/operations/${operationId}`);
    await fillRequiredSchemaFields(other, '#participation-form', { preferredDay: 'sat', goods: ['bread'] });
    await other.getByRole('button', { name: 'Envoyer ma participation' }).click();
    const summary = other.locator('#participation-form .error-box');
    await summary.locator('li').first().waitFor();
    const text = await summary.innerText();
    check(/Domicile : /.test(text), `the home is named in the summary: ${text}`);
    check(!/\bhome\b|attributes\./.test(text), `no raw path: ${text}`);
    await axe(other, 'participation refused by the API');
    await context.close();
  });

  await step('the actor form checks its type\'s fields too, and the SIRET the API refuses is said next to it', async () => {
    await screen(page, '/actors/new?type=shop');
    const actors = recorder(page, 'POST', '/actors');
    await page.getByRole('button', { name: 'Créer la page' }).click();
    await page.locator('#actor-form .error-box a').first().waitFor();
    const empty = await shown(page, '#actor-form');
    checkDisplay(empty, 'actor form (empty)');
    check(empty.sentences.some((s) => /^Nom : /.test(s)) && empty.sentences.some((s) => /^Lieu : /.test(s)), `generic fields: ${empty.sentences}`);
    check(actors.length === 0, 'nothing sent');
    await axe(page, 'actor form with errors');
    await shoot(page, 'forms-actor-errors');

    await page.getByLabel(/^Nom/).fill(`Boulangerie ${RUN}`);
    await page.getByLabel(/^Description/).fill('Pain au levain.');
    await page.getByLabel('Chercher votre commune ou code postal').fill('Ajaccio');
    await page.getByRole('button', { name: 'Chercher', exact: true }).click();
    await page.locator('.places button').first().click();
    const good = siret();
    const wrong = good.slice(0, 13) + String((Number(good[13]) + 1) % 10);
    await fillRequiredSchemaFields(page, '#type-fields', { siret: wrong, 'openingHours.sat': '07:00-13:00' });
    await page.getByRole('button', { name: 'Créer la page' }).click();
    await page.locator('#actor-form .field .error', { hasText: /SIRET/ }).waitFor();
    check(actors.length === 1, `sent once the browser found nothing (${actors.length})`);
    const seen = await shown(page, '#actor-form');
    checkDisplay(seen, 'actor form (API error)');
    check(seen.sentences.length === 1 && /SIRET[^:]* : /.test(seen.sentences[0]), `the SIRET, by its label: ${seen.sentences}`);
  });

  await step('the operation form: its type\'s fields, an end before the start, all said before sending', async () => {
    await screen(page, `/actors/${actorId}/operations/new`);
    const operations = recorder(page, 'POST', `/actors/${actorId}/operations`);
    await page.locator('#operation-type').selectOption('home-delivery');
    await page.getByLabel(/^Début/).fill('2027-03-10T10:00');
    await page.getByLabel(/^Fin/).fill('2027-03-09T10:00');
    await page.getByRole('button', { name: "Proposer l'opération" }).click();
    await page.locator('#operation-form .error-box a').first().waitFor();
    const seen = await shown(page, '#operation-form');
    checkDisplay(seen, 'operation form');
    for (const expected of ['Titre : est obligatoire', 'Fin : doit être après le début']) {
      check(seen.sentences.includes(expected), `operation form: "${expected}" missing from ${seen.sentences.join(' | ')}`);
    }
    check(seen.sentences.length >= 4, `the type's required fields too: ${seen.sentences.join(' | ')}`);
    check(operations.length === 0, 'nothing sent');
    await axe(page, 'operation form with errors');
    await shoot(page, 'forms-operation-errors');
  });

  await step('the account\'s password form checks both passwords before sending', async () => {
    await screen(page, '/account');
    const changes = recorder(page, 'PATCH', '/me');
    const form = 'form[aria-labelledby="password-title"]';
    await page.getByLabel(/^Nouveau mot de passe/).fill('court');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.locator(`${form} .error-box a`).first().waitFor();
    const seen = await shown(page, form);
    checkDisplay(seen, 'password form');
    check(JSON.stringify(seen.sentences) === JSON.stringify(['Mot de passe actuel : est obligatoire',
      'Nouveau mot de passe : 10 caractères au moins']), `password form: ${seen.sentences.join(' | ')}`);
    check(changes.length === 0, 'nothing sent');
    await axe(page, 'account with password errors');
  });

  await step('English: the same forms say it in English, with the English labels', async () => {
    await screen(page, '/posts/new');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'New request or offer' }).waitFor();
    await ready(page);
    const before = posts.length;
    await page.getByLabel(/^Title/).fill('ab');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.locator('form .error-box a').first().waitFor();
    const seen = await shown(page, 'main form');
    checkDisplay(seen, 'post form (en)');
    for (const expected of ['Category: is required', 'Title: at least 3 characters', 'Description: is required']) {
      check(seen.sentences.includes(expected), `English: "${expected}" missing from ${seen.sentences.join(' | ')}`);
    }
    check(posts.length === before, 'nothing sent');
    await axe(page, 'post form with errors (en)');
    await shoot(page, 'forms-post-errors-en');

    const category = await page.locator('#post-category option').nth(1).getAttribute('value');
    await page.locator('#post-category').selectOption(category);
    await page.getByLabel(/^Title/).fill(`Garden help ${RUN}`);
    await page.getByLabel(/^Description/).fill('Trimming the hedge on Saturday morning.');
    await page.getByLabel(/^Until when/).fill(day(3650));
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.locator('form .field .error', { hasText: /^Until when: / }).waitFor();
    const server = await shown(page, 'main form');
    checkDisplay(server, 'post form API error (en)');
    check(!/ doit | est /.test(server.sentences[0]), `the API's message in English: ${server.sentences[0]}`);
    check(posts.length === before + 1, 'sent once');

    await screen(page, `/operations/${operationId}`);
    const offered = await page.locator('#participation-form select[name="preferredDay"]').innerText();
    check(/Saturday/.test(offered) && !/Monday|Tuesday/.test(offered), `Saturday alone, in English: ${offered}`);
    await page.getByRole('button', { name: 'Passer en français' }).click();
    await page.locator('html[lang="fr"]').waitFor();
  });
}

run('forms e2e', scenario);
