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
 * Proposing an operation for an actor one manages (generic fields, then the type's schema), and changing one:
 * the same fields, filled with its values; the type is chosen once.
 */

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { get, post, patch, operationTypes } from '../api.js';
import { currentAccount } from '../session.js';
import { page, field, errorBox, radioGroup, errorSlot } from '../ui.js';
import { typeFieldsFor, changeForm, onTypedSubmit, labelOf } from '../schema.js';
import { homePicker } from '../home.js';
import { navigate } from '../nav.js';

/** A datetime-local value as the instant it names in the browser's time zone; empty is no date. */
function instant(local) {
  return local ? new Date(local).toISOString() : undefined;
}

/** An instant as a datetime-local value, in the browser's time zone (the control has no zone of its own). */
function localValue(iso) {
  if (!iso) {
    return undefined;
  }
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

/**
 * Title, description, dates and place, filled with an existing operation's values when given. The place starts at
 * the operation's (or, for a new one, the actor's public address) and is sent only when the manager moves it.
 */
function operationFields(operation, actor) {
  const title = field(t('operationForm.titleField'), { type: 'text', name: 'title', minlength: 3, maxlength: 120, value: operation ? operation.title : undefined }, { required: true });
  const description = field(t('actorForm.description'), { name: 'description', maxlength: 4000, rows: 5, value: operation ? operation.description : undefined }, { tag: 'textarea', required: true });
  const starts = field(t('operationForm.startsAt'), { type: 'datetime-local', name: 'startsAt', value: localValue(operation && operation.startsAt) });
  const ends = field(t('operationForm.endsAt'), { type: 'datetime-local', name: 'endsAt', value: localValue(operation && operation.endsAt) });
  const initial = operation ? operation.location : actor.location;
  const place = homePicker({ legend: t('operationForm.location'), help: t('operationForm.locationHelp'), initial,
    initialLabel: operation ? t('operationForm.currentLocation') : t('operationForm.actorLocation'), chosenKey: 'place.chosen',
    label: t('fieldName.location') });
  return {
    controls: { title, description, startsAt: starts, endsAt: ends, location: place },
    /** An end before the start, said before anything is sent. */
    more: () => (starts.input.value && ends.input.value && ends.input.value <= starts.input.value
      ? [{ field: 'endsAt', code: 'before_start', message: t('check.beforeStart') }] : []),
    elements: [title.wrapper, description.wrapper, starts.wrapper, ends.wrapper, place.element],
    /** The fields as the API takes them; on a change an emptied date is sent as null, which removes it. */
    body(changing) {
      const date = (control) => instant(control.input.value) || (changing ? null : undefined);
      return {
        title: title.input.value.trim(),
        description: description.input.value.trim(),
        startsAt: date(starts),
        endsAt: date(ends),
        location: place.value() !== initial ? place.value() : undefined,
      };
    },
  };
}

/** Sends the form, then opens the operation. */
function onSubmit(form, parts) {
  onTypedSubmit(form, { ...parts, more: parts.fields.more, done: (operation) => navigate(`/operations/${encodeURIComponent(operation.id)}`) });
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
  const fields = operationFields(null, actor);
  const typeError = h('p', { class: 'error', hidden: true });
  const status = radioGroup(t('operationForm.status'), 'status', [
    { value: 'PUBLISHED', label: t('operation.status.PUBLISHED') }, { value: 'DRAFT', label: t('operation.status.DRAFT') }], 'PUBLISHED');
  fields.controls.type = errorSlot(t('operationForm.type'), typeSelect, typeError);
  fields.controls.status = status;
  const typeFields = typeFieldsFor(types, typeSelect, 'operation');
  const submit = h('button', { type: 'submit', class: 'primary' }, t('operationForm.submit'));
  const form = h('form', { novalidate: true, class: 'wide-form', id: 'operation-form', 'aria-label': t('operationForm.title') }, box.element,
    h('div', { class: 'field' }, h('label', { for: typeId }, `${t('operationForm.type')} ${t('form.requiredMark')}`), typeSelect, typeError),
    ...fields.elements, status.element, typeFields.element,
    h('div', { class: 'actions' }, submit, h('a', { class: 'btn secondary', href: `#/actors/${encodeURIComponent(actor.id)}` }, t('common.cancel'))));
  main.append(form);
  onSubmit(form, { box, fields, schema: typeFields.current, submit,
    send: (attributes) => post(`/actors/${encodeURIComponent(actor.id)}/operations`,
      { type: typeSelect.value, ...fields.body(false), status: status.value(), attributes }) });
}

/** Changing an operation: the actor's managers only, while its type is installed (the API refuses otherwise). */
export async function renderChange(main, params) {
  const path = `/operations/${encodeURIComponent(params.id)}`;
  const [operation, types] = await Promise.all([get(path), operationTypes()]);
  const actor = await get(`/actors/${encodeURIComponent(operation.actorId)}`);
  const me = currentAccount();
  page(main, t('operationForm.changeTitle', { title: operation.title }), h('p', null, t('operationForm.for', { name: actor.name })));
  const fields = operationFields(operation, actor);
  const parts = changeForm(main, { me, managerIds: actor.managerIds, type: types.find((candidate) => candidate.key === operation.type),
    typeAvailable: operation.typeAvailable, notManager: t('operationForm.notManager'), id: 'operation-form',
    label: t('operationForm.changeTitle', { title: operation.title }), elements: fields.elements,
    help: t('operationForm.changeHelp'), attributes: operation.attributes, idPrefix: 'operation', cancel: `#${path}` });
  if (!parts) {
    return;
  }
  const { form, box, schema, submit } = parts;
  onSubmit(form, { box, fields, schema: () => schema, submit,
    send: (attributes) => patch(path, { ...fields.body(true), attributes }) });
}
