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
 * Creating an actor, or changing it (its managers): the generic fields, then the fields of its type, drawn from
 * the type's schema. A type is chosen at creation and cannot be changed afterwards.
 */

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { get, post, patch, actorTypes, categories as loadCategories } from '../api.js';
import { currentAccount } from '../session.js';
import { page, field, errorBox, checkbox, errorSlot } from '../ui.js';
import { typeFieldsFor, changeForm, onTypedSubmit, labelOf } from '../schema.js';
import { homePicker } from '../home.js';
import { navigate } from '../nav.js';

/** What the actor helps with: one checkbox per post category, those of an existing actor ticked. */
function helpsWithFields(actor, categories) {
  const chosen = new Set((actor && actor.helpsWith) || []);
  const boxes = categories.map((category) => ({ key: category.key,
    control: checkbox(category.label, { name: 'helpsWith', value: category.key, checked: chosen.has(category.key) }) }));
  const error = h('p', { class: 'error', id: 'helps-with-error', hidden: true });
  const element = h('fieldset', { class: 'field', id: 'helps-with', 'aria-describedby': 'helps-with-help helps-with-error' },
    h('legend', null, t('actorForm.helpsWith')), h('p', { class: 'help', id: 'helps-with-help' }, t('actorForm.helpsWithHelp')),
    h('div', { class: 'inline-choices' }, boxes.map((box) => box.control.element)), error);
  return {
    ...errorSlot(t('actorForm.helpsWith'), boxes.length ? boxes[0].control.input : element, error),
    element,
    value: () => boxes.filter((box) => box.control.input.checked).map((box) => box.key),
  };
}

/** The generic fields of an actor, filled with an existing one's values when given. */
function actorFields(actor, categories) {
  const contact = (actor && actor.contact) || {};
  const name = field(t('actorForm.name'), { type: 'text', name: 'name', minlength: 2, maxlength: 120, value: actor ? actor.name : undefined }, { required: true });
  const description = field(t('actorForm.description'), { name: 'description', maxlength: 4000, rows: 5, value: actor ? actor.description : undefined }, { tag: 'textarea', required: true });
  const address = field(t('actorForm.address'), { type: 'text', name: 'address', minlength: 3, maxlength: 300, autocomplete: 'street-address', value: (actor && actor.address) || undefined }, { help: t('actorForm.addressHelp') });
  const phone = field(t('actor.phone'), { type: 'tel', name: 'phone', minlength: 4, maxlength: 40, autocomplete: 'tel', value: contact.phone || undefined });
  const email = field(t('actor.email'), { type: 'email', name: 'email', maxlength: 254, value: contact.email || undefined });
  const website = field(t('actor.website'), { type: 'url', name: 'website', maxlength: 300, value: contact.website || undefined }, { help: t('actorForm.websiteHelp') });
  // No default position for a new actor: an actor's position is public, and the manager's home must never become it.
  const location = homePicker({ legend: t('actorForm.location'), help: t('actorForm.locationHelp'),
    initial: actor ? actor.location : undefined, initialLabel: actor ? t('actorForm.currentLocation') : undefined,
    chosenKey: 'place.chosen', required: true, label: t('fieldName.location') });
  const helpsWith = helpsWithFields(actor, categories);
  const value = (control) => control.input.value.trim();
  return {
    controls: { name, description, address, phone, email, website, location, helpsWith },
    elements: [name.wrapper, description.wrapper, address.wrapper,
      h('fieldset', { class: 'field' }, h('legend', null, t('actorForm.contact')), phone.wrapper, email.wrapper, website.wrapper),
      helpsWith.element, location.element],
    /** The fields as the API takes them; an emptied optional field is sent empty, which clears it on a change. */
    body(changing) {
      const given = { phone: value(phone) || undefined, email: value(email) || undefined, website: value(website) || undefined };
      return {
        name: value(name),
        description: value(description),
        location: location.value(),
        address: value(address) || (changing ? '' : undefined),
        contact: Object.values(given).some(Boolean) || changing ? given : undefined,
        helpsWith: helpsWith.value(),
      };
    },
  };
}

/** Sends the form (a position is required, and checked before anything is sent), then opens the actor. */
function onSubmit(form, parts) {
  onTypedSubmit(form, { ...parts, done: (actor) => navigate(`/actors/${encodeURIComponent(actor.id)}`) });
}

export async function render(main, params, query) {
  if (params.id) {
    await renderChange(main, params.id);
    return;
  }
  const [types, categories] = await Promise.all([actorTypes(), loadCategories()]);
  page(main, t('actorForm.title'), h('p', null, t('actorForm.intro')));
  if (!types.length) {
    main.append(h('p', { class: 'notice' }, t('actorForm.noTypes')));
    return;
  }
  const box = errorBox();
  const typeId = 'actor-type';
  const typeSelect = h('select', { id: typeId, name: 'type', required: true },
    types.map((type) => h('option', { value: type.key, selected: type.key === query.type }, labelOf(type))));
  const fields = actorFields(null, categories);
  const typeError = h('p', { class: 'error', hidden: true });
  fields.controls.type = errorSlot(t('actorForm.type'), typeSelect, typeError);
  const typeFields = typeFieldsFor(types, typeSelect, 'actor');
  const submit = h('button', { type: 'submit', class: 'primary' }, t('actorForm.submit'));
  const form = h('form', { novalidate: true, class: 'wide-form', id: 'actor-form', 'aria-label': t('actorForm.title') }, box.element,
    h('div', { class: 'field' }, h('label', { for: typeId }, `${t('actorForm.type')} ${t('form.requiredMark')}`), typeSelect, typeError),
    ...fields.elements, typeFields.element,
    h('div', { class: 'actions' }, submit, h('a', { class: 'btn secondary', href: '#/actors' }, t('common.cancel'))));
  main.append(form);
  onSubmit(form, { box, fields, schema: typeFields.current, submit,
    send: (attributes) => post('/actors', { type: typeSelect.value, ...fields.body(false), attributes }) });
}

/** Changing an actor: its managers only, and only while its type is installed (the API refuses otherwise). */
async function renderChange(main, id) {
  const path = `/actors/${encodeURIComponent(id)}`;
  const [actor, types, categories] = await Promise.all([get(path), actorTypes(), loadCategories()]);
  const me = currentAccount();
  page(main, t('actorForm.changeTitle', { name: actor.name }));
  const fields = actorFields(actor, categories);
  const parts = changeForm(main, { me, managerIds: actor.managerIds, type: types.find((candidate) => candidate.key === actor.type),
    typeAvailable: actor.typeAvailable, notManager: t('actorForm.notManager'), id: 'actor-form',
    label: t('actorForm.changeTitle', { name: actor.name }), elements: fields.elements, attributes: actor.attributes,
    idPrefix: 'actor', cancel: `#${path}` });
  if (!parts) {
    return;
  }
  const { form, box, schema, submit } = parts;
  onSubmit(form, { box, fields, schema: () => schema, submit,
    send: (attributes) => patch(path, { ...fields.body(true), attributes }) });
}
