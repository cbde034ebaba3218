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

/** Proposing an operation for an actor one manages: generic fields, then the type's schema. */

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { get, post, operationTypes } from '../api.js';
import { page, field, errorBox, showProblem, radioGroup } from '../ui.js';
import { typeFieldsFor, readAttributes, labelOf } from '../schema.js';
import { navigate } from '../app.js';

function instant(local) {
  return local ? new Date(local).toISOString() : undefined;
}

export async function render(main, params) {
  const [actor, types] = await Promise.all([get(`/actors/${encodeURIComponent(params.id)}`), operationTypes()]);
  page(main, t('operationForm.title'), h('p', null, t('operationForm.for', { name: actor.name })));
  if (!types.length) {
    main.append(h('p', { class: 'notice' }, t('operationForm.noTypes')));
    return;
  }
  const box = errorBox();
  const typeId = 'operation-type';
  const typeSelect = h('select', { id: typeId, name: 'type', required: true },
    types.map((type) => h('option', { value: type.key }, labelOf(type))));
  const title = field(t('operationForm.titleField'), { type: 'text', name: 'title', maxlength: 120 }, { required: true });
  const description = field(t('actorForm.description'), { name: 'description', maxlength: 4000, rows: 5 }, { tag: 'textarea', required: true });
  const starts = field(t('operationForm.startsAt'), { type: 'datetime-local', name: 'startsAt' });
  const ends = field(t('operationForm.endsAt'), { type: 'datetime-local', name: 'endsAt' });
  title.label = t('operationForm.titleField');
  description.label = t('actorForm.description');
  starts.label = t('operationForm.startsAt');
  ends.label = t('operationForm.endsAt');
  const status = radioGroup(t('operationForm.status'), 'status', [
    { value: 'PUBLISHED', label: t('operation.status.PUBLISHED') }, { value: 'DRAFT', label: t('operation.status.DRAFT') }], 'PUBLISHED');
  const typeFields = typeFieldsFor(types, typeSelect, 'operation');
  const submit = h('button', { type: 'submit', class: 'primary' }, t('operationForm.submit'));
  const form = h('form', { novalidate: true, class: 'wide-form', id: 'operation-form', 'aria-label': t('operationForm.title') }, box.element,
    h('div', { class: 'field' }, h('label', { for: typeId }, `${t('operationForm.type')} ${t('form.requiredMark')}`), typeSelect),
    title.wrapper, description.wrapper, starts.wrapper, ends.wrapper, status.element,
    h('p', { class: 'help' }, t('operationForm.locationHelp')), typeFields.element,
    h('div', { class: 'actions' }, submit, h('a', { class: 'btn secondary', href: `#/actors/${encodeURIComponent(actor.id)}` }, t('common.cancel'))));
  main.append(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    box.hide();
    const schema = typeFields.current();
    const attributes = readAttributes(schema, box);
    if (attributes === null) {
      return;
    }
    submit.disabled = true;
    try {
      const operation = await post(`/actors/${encodeURIComponent(actor.id)}/operations`, {
        type: typeSelect.value,
        title: title.input.value.trim(),
        description: description.input.value.trim(),
        startsAt: instant(starts.input.value),
        endsAt: instant(ends.input.value),
        status: status.value(),
        attributes,
      });
      navigate(`/operations/${encodeURIComponent(operation.id)}`);
    } catch (error) {
      schema.showErrors(error.fieldErrors ? error.fieldErrors() : {});
      showProblem(box, error, { title, description, startsAt: starts, endsAt: ends });
    } finally {
      submit.disabled = false;
    }
  });
}
