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

/*
 * A look before signing up (issue 19, point 9): a visitor without an account opens the app, types a commune, and
 * sees the open posts around it on a map and in a list, the local actors and the operations, without anyone's
 * name; then the invitation to join leads to the onboarding with the commune already chosen.
 *
 *   BASE_URL=http://localhost:8181 node landing.test.mjs
 */
import { BASE, RUN, log, step, check, axe, shoot, screen, ready, newResident, run } from './lib.mjs';

const API = `${BASE}/api/v1`;
const AJACCIO = { lat: 41.9192, lon: 8.7386 };

async function api(method, path, body, token) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(`${API}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  check(response.ok, `${method} ${path}: ${response.status} ${text.slice(0, 400)}`);
  return text ? JSON.parse(text) : null;
}

/** A resident of Ajaccio registered through the API, with two posts, an association and its donation box. */
async function neighbourhood() {
  const email = `landing.${RUN}@example.fr`;
  const password = 'Un aperçu avant de rejoindre, 2026';
  const displayName = `Capucine Aperçu ${RUN}`;
  await api('POST', '/accounts', { email, password, displayName, home: AJACCIO });
  const { token } = await api('POST', '/sessions', { email, password });
  const near = { lat: AJACCIO.lat + 0.004, lon: AJACCIO.lon - 0.003 };
  const request = `Courses au marché ${RUN}`;
  const offer = `Prêt d'une perceuse ${RUN}`;
  await api('POST', '/posts', { kind: 'REQUEST', category: 'errands', title: request, body: 'Pour samedi matin, merci !', location: near }, token);
  await api('POST', '/posts', { kind: 'OFFER', category: 'errands', title: offer, body: 'Elle attend au garage.', location: AJACCIO }, token);
  const actorName = `Solidarité ajaccienne ${RUN}`;
  const actor = await api('POST', '/actors', { type: 'association', name: actorName, description: 'Aide alimentaire et visites',
    location: { lat: 41.9265, lon: 8.7345 }, address: 'Cours Napoléon, Ajaccio',
    contact: { phone: '04 95 00 00 00' },
    attributes: { fieldOfAction: 'solidarity', rna: 'W2A1002345', lookingForVolunteers: false } }, token);
  const operationTitle = `Boîte à livres ${RUN}`;
  await api('POST', `/actors/${encodeURIComponent(actor.id)}/operations`, { type: 'donation-box', title: operationTitle,
    attributes: { acceptedItems: ['books'], accessHours: { sat: [['09:00', '18:00']] } } }, token);
  return { displayName, request, offer, actorName, operationTitle };
}

async function scenario(browser) {
  let seeded;
  await step('a resident of Ajaccio posts, and runs an association with a donation box (through the API)', async () => {
    seeded = await neighbourhood();
  });

  const visitor = await newResident(browser, 'Visitor');
  const { page } = visitor;

  await step('without an account, the app opens on the landing page, which says what Entraide is', async () => {
    await screen(page, '/');
    await page.getByRole('heading', { level: 1, name: "L'entraide entre voisins, près de chez vous" }).waitFor();
    check(page.url().endsWith('#/'), `the landing stays at #/ (${page.url()})`);
    check((await page.locator('main .landing-intro').innerText()).includes('voisins'), 'a sentence says what Entraide is');
    await page.getByRole('link', { name: 'Rejoindre vos voisins' }).waitFor();
    await axe(page, 'landing');
    await shoot(page, 'landing');
  });

  await step('typing "Ajaccio" shows the open posts, actors and operations around it, without any author', async () => {
    await page.getByLabel('Votre commune ou code postal').fill('Ajaccio');
    await page.getByRole('button', { name: 'Voir autour' }).click();
    await page.locator('.landing-search .places button', { hasText: /^Ajaccio/ }).first().click();
    await page.getByRole('heading', { level: 2, name: /Ajaccio et alentours/ }).waitFor({ timeout: 15000 });
    const posts = page.locator('#landing-posts');
    await posts.getByText(seeded.request).waitFor();
    await posts.getByText(seeded.offer).waitFor();
    await page.locator('#landing-actors').getByText(seeded.actorName).waitFor();
    await page.locator('#landing-operations').getByText(seeded.operationTitle).waitFor();
    const text = await page.locator('body').innerText();
    check(!text.includes(seeded.displayName) && !text.includes('Capucine'), 'no author name anywhere on the page');
    check(await page.locator('main a.person').count() === 0, 'no link to anyone');
    const legend = page.getByRole('list', { name: 'Légende de la carte' });
    for (const entry of ['Demande', 'Offre', 'Acteur local', 'Opération']) {
      await legend.getByText(entry, { exact: true }).waitFor();
    }
    const markers = await page.locator('.landing-preview .leaflet-interactive').count();
    check(markers >= 4, `the posts, actor and operation are on the map (${markers} markers)`);
    log(`     landing around Ajaccio: ${await posts.locator('li').count()} posts, ${markers} markers`);
    await axe(page, 'landing around Ajaccio');
    await shoot(page, 'landing-ajaccio');
  });

  await step('the invitation to join leads to the onboarding, the commune already chosen', async () => {
    await page.getByRole('link', { name: 'Rejoindre vos voisins', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Bienvenue sur Entraide' }).waitFor();
    await ready(page);
    await page.locator('.home-picker').getByText('Domicile choisi : Ajaccio.').waitFor();
    check(page.url().includes('#/register?'), `the onboarding (${page.url()})`);
    await shoot(page, 'landing-register');
  });

  await step('signed in, #/ is the feed again', async () => {
    const email = `landing.second.${RUN}@example.fr`;
    const password = 'Un aperçu avant de rejoindre, 2026';
    await page.getByLabel(/Votre prénom ou pseudonyme/).fill('Basile');
    await page.getByLabel(/Adresse e-mail/).fill(email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Autour de chez vous' }).waitFor({ timeout: 15000 });
    await ready(page);
    await screen(page, '/');
    await page.getByRole('heading', { level: 1, name: 'Autour de chez vous' }).waitFor();
    await page.locator('main').getByText(seeded.request).first().waitFor();
    await page.locator('main').getByText(seeded.displayName).first().waitFor();
  });

  await visitor.context.close();
}

run('landing', scenario);
