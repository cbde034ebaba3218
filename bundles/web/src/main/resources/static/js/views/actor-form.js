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

/** Creating an actor: the generic fields, then the fields of the chosen type, drawn from its schema. */

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { post, actorTypes } from '../api.js';
import { page, field, errorBox, showProblem } from '../ui.js';
import { typeFieldsFor, readAttributes, labelOf } from '../schema.js';
import { homePicker } from '../home.js';
import { navigate } from '../app.js';

export async function render(main, params, query) {
  const types = await actorTypes();
  page(main, t('actorForm.title'), h('p', null, t('actorForm.intro')));
  if (!types.length) {
    main.append(h('p', { class: 'notice' }, t('actorForm.noTypes')));
    return;
  }
  const box = errorBox();
  const typeId = 'actor-type';
  const typeSelect = h('select', { id: typeId, name: 'type', required: true },
    types.map((type) => h('option', { value: type.key, selected: type.key === query.type }, labelOf(type))));
  const name = field(t('actorForm.name'), { type: 'text', name: 'name', maxlength: 120 }, { required: true });
  const description = field(t('actorForm.description'), { name: 'description', maxlength: 4000, rows: 5 }, { tag: 'textarea', required: true });
  const address = field(t('actorForm.address'), { type: 'text', name: 'address', maxlength: 300, autocomplete: 'street-address' }, { help: t('actorForm.addressHelp') });
  const phone = field(t('actor.phone'), { type: 'tel', name: 'phone', maxlength: 30, autocomplete: 'tel' });
  const email = field(t('actor.email'), { type: 'email', name: 'email', maxlength: 200 });
  const website = field(t('actor.website'), { type: 'url', name: 'website', maxlength: 300 }, { help: t('actorForm.websiteHelp') });
  name.label = t('actorForm.name');
  description.label = t('actorForm.description');
  address.label = t('actorForm.address');
  // No default position: an actor's position is public, and the manager's home must never become it.
  const location = homePicker({ legend: t('actorForm.location'), help: t('actorForm.locationHelp') });
  const typeFields = typeFieldsFor(types, typeSelect, 'actor');
  const submit = h('button', { type: 'submit', class: 'primary' }, t('actorForm.submit'));
  const form = h('form', { novalidate: true, class: 'wide-form', id: 'actor-form', 'aria-label': t('actorForm.title') }, box.element,
    h('div', { class: 'field' }, h('label', { for: typeId }, `${t('actorForm.type')} ${t('form.requiredMark')}`), typeSelect),
    name.wrapper, description.wrapper, address.wrapper,
    h('fieldset', { class: 'field' }, h('legend', null, t('actorForm.contact')), phone.wrapper, email.wrapper, website.wrapper),
    location.element, typeFields.element,
    h('div', { class: 'actions' }, submit, h('a', { class: 'btn secondary', href: '#/actors' }, t('common.cancel'))));
  main.append(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    box.hide();
    const schema = typeFields.current();
    const attributes = readAttributes(schema, box);
    if (attributes === null) {
      return;
    }
    if (!location.value()) {
      location.setError(t('actorForm.locationRequired'));
      box.show(t('error.invalid'), [t('actorForm.locationRequired')]);
      return;
    }
    location.setError(null);
    const contact = { phone: phone.input.value.trim() || undefined, email: email.input.value.trim() || undefined, website: website.input.value.trim() || undefined };
    submit.disabled = true;
    try {
      const actor = await post('/actors', {
        type: typeSelect.value,
        name: name.input.value.trim(),
        description: description.input.value.trim(),
        location: location.value(),
        address: address.input.value.trim() || undefined,
        contact: Object.values(contact).some(Boolean) ? contact : undefined,
        attributes,
      });
      navigate(`/actors/${encodeURIComponent(actor.id)}`);
    } catch (error) {
      const byField = error.fieldErrors ? error.fieldErrors() : {};
      schema.showErrors(byField);
      showProblem(box, error, { name, description, address, phone, email, website, location });
    } finally {
      submit.disabled = false;
    }
  });
}
