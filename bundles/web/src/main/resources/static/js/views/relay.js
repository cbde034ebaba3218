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
 * A relay's screens (role RELAY): "Mes bénéficiaires", the people without internet they publish for. Each is
 * registered with their consent (how and when it was given); the relay changes their first name, place and phone,
 * exports everything about them (GET /me/beneficiaries/{id}/export) or erases them when consent is withdrawn
 * (DELETE, which removes their posts too), and publishes for them (#/posts/new?beneficiary=id).
 */

import { h, clear, uid, announce, telLink } from '../dom.js';
import { t, formatDate, formatDay } from '../i18n.js';
import { get, post, patch, del, saveFile } from '../api.js';
import { isRelay } from '../session.js';
import { page, field, errorBox, showProblem, radioGroup, problemText, busy, checkForm, errorSlot } from '../ui.js';
import { createMap } from '../map.js';
import { findPlaces } from '../home.js';
import { openDialog } from '../dialog.js';
import { navigate } from '../nav.js';

const BASE = '/me/beneficiaries';

/** Where the beneficiary lives, as shown to their relay: the commune's name, or a point on the map. */
function placeText(beneficiary) {
  if (beneficiary.commune) {
    return beneficiary.commune.name || beneficiary.commune.inseeCode;
  }
  return beneficiary.location ? t('relay.placePoint') : t('relay.placeNone');
}

function consentText(consent) {
  if (!consent) {
    return t('relay.consentNone');
  }
  return t('relay.consentText', { method: t(`relay.method.${consent.method}`), date: formatDay(consent.obtainedAt),
    by: consent.recordedBy ? consent.recordedBy.displayName : '', at: formatDate(consent.recordedAt) });
}

/** The export: everything the platform holds about the beneficiary, saved as a JSON file. */
async function exportOne(beneficiary) {
  const data = await get(`${BASE}/${encodeURIComponent(beneficiary.id)}/export`);
  saveFile(JSON.stringify(data, null, 2), `entraide-beneficiaire-${beneficiary.firstName}.json`, 'application/json');
  announce(t('relay.exported', { name: beneficiary.firstName }));
}

/** Consent withdrawn: said plainly first, then the beneficiary and all about them are erased. */
async function erase(beneficiary, redraw) {
  const erased = await openDialog({
    title: t('relay.eraseTitle', { name: beneficiary.firstName }),
    intro: [t('relay.eraseIntro'), h('ul', { class: 'consequences' }, h('li', null, t('relay.eraseWhat1')),
      h('li', null, t('relay.eraseWhat2')), h('li', null, t('relay.eraseWhat3')))],
    confirm: t('relay.eraseConfirm'),
    danger: true,
    action: async () => {
      await del(`${BASE}/${encodeURIComponent(beneficiary.id)}`);
      return true;
    },
  });
  if (erased) {
    announce(t('relay.erased', { name: beneficiary.firstName }));
    await redraw();
  }
}

function beneficiaryCard(beneficiary, redraw) {
  const id = encodeURIComponent(beneficiary.id);
  const exportButton = h('button', { type: 'button', class: 'secondary' }, t('relay.export'),
    h('span', { class: 'visually-hidden' }, ` : ${beneficiary.firstName}`));
  exportButton.addEventListener('click', () => busy(exportButton, null, () => exportOne(beneficiary)));
  const eraseButton = h('button', { type: 'button', class: 'danger' }, t('relay.erase'),
    h('span', { class: 'visually-hidden' }, ` : ${beneficiary.firstName}`));
  eraseButton.addEventListener('click', () => erase(beneficiary, redraw));
  const details = [h('dt', null, t('relay.place')), h('dd', null, placeText(beneficiary))];
  if (beneficiary.phone) {
    details.push(h('dt', null, t('relay.phone')), h('dd', null, telLink(beneficiary.phone)));
  }
  details.push(h('dt', null, t('relay.consent')), h('dd', null, consentText(beneficiary.consent)),
    h('dt', null, t('relay.posts')), h('dd', null, String(beneficiary.posts ?? 0)));
  return h('li', { class: 'card beneficiary', 'data-beneficiary-id': beneficiary.id },
    h('h2', { class: 'title-text' }, beneficiary.firstName),
    h('dl', { class: 'details' }, details),
    h('div', { class: 'actions' },
      isRelay() ? h('a', { class: 'btn', href: `#/posts/new?beneficiary=${id}` }, t('relay.publishFor', { name: beneficiary.firstName })) : null,
      h('a', { class: 'btn secondary', href: `#/relay/beneficiaries/${id}/edit` }, t('relay.change'),
        h('span', { class: 'visually-hidden' }, ` : ${beneficiary.firstName}`)),
      exportButton, eraseButton));
}

/** "Mes bénéficiaires": GET /me/beneficiaries. A relay whose role was withdrawn still lists, exports and erases. */
export async function renderList(main) {
  page(main, t('relay.title'), h('p', null, t('relay.intro')));
  if (isRelay()) {
    main.append(h('div', { class: 'actions' }, h('a', { class: 'btn', href: '#/relay/beneficiaries/new' }, t('relay.add'))));
  } else {
    main.append(h('p', { class: 'notice' }, t('relay.notRelay')));
  }
  const holder = h('div', { id: 'beneficiaries' });
  main.append(holder);
  const redraw = async () => {
    let items;
    try {
      items = (await get(BASE, { limit: 100 })).items || [];
    } catch (error) {
      clear(holder).append(h('p', { class: 'notice error-box' }, error.status === 403 ? t('relay.only') : problemText(error)));
      return;
    }
    clear(holder).append(items.length
      ? h('ul', { class: 'cards', id: 'beneficiary-list', 'aria-label': t('relay.title') }, items.map((b) => beneficiaryCard(b, redraw)))
      : h('p', { class: 'empty' }, t('relay.empty')));
  };
  await redraw();
}

/**
 * Where the beneficiary lives: their commune, found by the gazetteer's search (GET /places?q=, the INSEE code is
 * sent), or a point tapped on the map (kept private: their relay alone sees it). One or the other.
 */
function placePicker(existing) {
  let chosen = existing ? (existing.commune ? { commune: existing.commune.inseeCode } : existing.location ? { location: existing.location } : null) : null;
  let changed = false;
  const searchId = uid('commune');
  const query = h('input', { type: 'search', id: searchId, name: 'commune-search', autocomplete: 'off' });
  const results = h('ul', { class: 'places', 'aria-label': t('home.results') });
  const summary = h('p', { class: 'notice', id: 'beneficiary-place', 'aria-live': 'polite' },
    existing ? t('relay.placeChosen', { place: placeText(existing) }) : t('relay.placeNotChosen'));
  const error = h('p', { class: 'error', hidden: true });
  let pointMarker = null;
  const mapped = createMap({ label: t('relay.mapLabel'), small: true, centre: existing && existing.location ? existing.location : undefined,
    zoom: existing && existing.location ? 13 : undefined, onTap: (point) => {
      const location = { lat: Number(point.lat.toFixed(6)), lon: Number(point.lon.toFixed(6)) };
      choose({ location }, t('relay.placePoint'));
      if (pointMarker) {
        pointMarker.remove();
      }
      pointMarker = mapped.marker(location, 'HOME');
    } });
  if (existing && existing.location) {
    pointMarker = mapped.marker(existing.location, 'HOME');
  }
  function choose(value, label) {
    chosen = value;
    changed = true;
    error.hidden = true;
    summary.textContent = t('relay.placeChosen', { place: label });
    announce(summary.textContent);
  }
  function search(event) {
    event.preventDefault();
    return findPlaces(query.value, results, (place) => {
      choose({ commune: place.inseeCode }, place.commune || place.name);
      if (pointMarker) {
        pointMarker.remove();
        pointMarker = null;
      }
      if (place.location) {
        mapped.map.setView([place.location.lat, place.location.lon], 12);
      }
      clear(results);
    });
  }
  query.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      search(event);
    }
  });
  const element = h('fieldset', { class: 'field home-picker', id: 'beneficiary-place-picker' },
    h('legend', null, `${t('relay.place')} ${t('form.requiredMark')}`),
    h('p', { class: 'help' }, t('relay.placeHelp')),
    h('label', { for: searchId }, t('relay.communeSearch')),
    h('div', { class: 'row' }, query, h('button', { type: 'button', class: 'secondary', onclick: search }, t('home.search'))),
    results, h('p', { class: 'help' }, t('relay.tapHelp')), mapped.element, summary, error);
  return {
    ...errorSlot(t('relay.place'), query, error, () => (chosen ? null : { code: 'required', message: t('check.place') })),
    element,
    /** What to send: the place chosen ({commune} or {location}), or, when changing, nothing if it was not touched. */
    value: (changing) => (changing && !changed ? {} : chosen || {}),
    chosen: () => chosen,
  };
}

/** Today, as the value of a date input (the device's day). */
function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The instant consent was obtained: now when it was today, else noon UTC that day (never in the future). */
function consentInstant(date) {
  if (!date || date === today()) {
    return new Date().toISOString();
  }
  return `${date}T12:00:00Z`;
}

/** The consent part of the new beneficiary form: what it means, how it was given (oral, written), and when. */
function consentFields() {
  const method = radioGroup(t('relay.consentMethod'), 'consent-method', [
    { value: 'ORAL', label: t('relay.method.ORAL') }, { value: 'WRITTEN', label: t('relay.method.WRITTEN') }], null, { required: true });
  const date = field(t('relay.consentDate'), { type: 'date', name: 'consent-date', value: today(), max: today() }, { required: true, help: t('relay.consentDateHelp') });
  const error = h('p', { class: 'error', hidden: true });
  const element = h('fieldset', { class: 'field', id: 'consent-fields' }, h('legend', null, t('relay.consent')),
    h('div', { class: 'notice', id: 'consent-explained' }, h('p', null, h('strong', null, t('relay.consentWhatTitle'))),
      h('ul', null, h('li', null, t('relay.consentWhat1')), h('li', null, t('relay.consentWhat2')), h('li', null, t('relay.consentWhat3')),
        h('li', null, t('relay.consentWhat4')))),
    method.element, date.wrapper, error);
  return {
    ...errorSlot(t('relay.consent'), method.focusTarget(), error),
    element,
    method,
    date,
    value: () => ({ method: method.value(), obtainedAt: consentInstant(date.input.value) }),
  };
}

/** Adding (POST /me/beneficiaries) or changing (PATCH, consent excepted) a beneficiary. */
export async function renderForm(main, params) {
  const editing = Boolean(params.id);
  const existing = editing ? await get(`${BASE}/${encodeURIComponent(params.id)}`) : null;
  page(main, editing ? t('relay.changeTitle', { name: existing.firstName }) : t('relay.addTitle'));
  const box = errorBox();
  const firstName = field(t('relay.firstName'), { type: 'text', name: 'firstName', maxlength: 40, autocomplete: 'off', value: existing ? existing.firstName : '' },
    { required: true, help: t('relay.firstNameHelp') });
  const phone = field(t('relay.phone'), { type: 'tel', name: 'phone', maxlength: 30, autocomplete: 'off', value: existing && existing.phone ? existing.phone : '' },
    { help: t('relay.phoneHelp') });
  const place = placePicker(existing);
  const consent = editing ? null : consentFields();
  const submit = h('button', { type: 'submit', class: 'primary' }, editing ? t('relay.save') : t('relay.addSubmit'));
  const form = h('form', { novalidate: true, class: 'wide-form', id: 'beneficiary-form', 'aria-label': editing ? t('relay.changeTitle', { name: existing.firstName }) : t('relay.addTitle') },
    box.element, firstName.wrapper, place.element, phone.wrapper,
    editing ? h('p', { class: 'help' }, t('relay.consentKept', { consent: consentText(existing.consent) })) : consent.element,
    h('div', { class: 'actions' }, submit, h('a', { class: 'btn secondary', href: '#/relay' }, t('common.cancel'))));
  main.append(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const controls = { firstName, commune: place, location: place, phone,
      ...(consent ? { 'consent.method': consent.method, 'consent.obtainedAt': consent.date, consent } : {}) };
    if (!checkForm(box, controls)) {
      return;
    }
    const body = { firstName: firstName.input.value.trim(), ...place.value(editing), phone: phone.input.value.trim() || (editing ? '' : undefined) };
    submit.disabled = true;
    try {
      if (editing) {
        await patch(`${BASE}/${encodeURIComponent(params.id)}`, body);
      } else {
        await post(BASE, { ...body, consent: consent.value() });
      }
      announce(editing ? t('relay.saved') : t('relay.added', { name: body.firstName }));
      navigate('/relay');
    } catch (error) {
      showProblem(box, error, controls);
    } finally {
      submit.disabled = false;
    }
  });
}
