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
 * Forms and detail views drawn from a type's field schema (GET /actor-types, /operation-types): a new
 * plugin brings its fields and labels, and needs no JavaScript. Kinds: TEXT, NUMBER, BOOLEAN, CHOICE,
 * MULTI_CHOICE, DATE, WEEKLY_HOURS, LOCATION. Each control checks what the browser can tell from the schema
 * (required, length, pattern, bounds, choices) before anything is sent; the API checks every value again.
 */

import { h, uid } from './dom.js';
import { t, formatDate, formatNumber, language } from './i18n.js';
import { errorBox, showProblem, checkForm, checkValue, markError } from './ui.js';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The longest TEXT attribute when a field names no maxLength (FieldSpec: core's limit). */
const TEXT_LIMIT = 2000;

function labelOf(thing) {
  return (thing.labels && thing.labels[language()]) || thing.label || thing.name || thing.key;
}

function labelText(field) {
  return field.required ? `${labelOf(field)} ${t('form.requiredMark')}` : labelOf(field);
}

/** "09:00-12:00, 14:00-18:00" to [["09:00","12:00"],["14:00","18:00"]]; null if unreadable. */
export function parseIntervals(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return [];
  }
  const intervals = [];
  for (const part of trimmed.split(/[,;]/)) {
    const match = part.trim().match(/^(\d{1,2})[:h](\d{2})\s*[-–]\s*(\d{1,2})[:h](\d{2})$/);
    if (!match) {
      return null;
    }
    const pad = (n) => n.padStart(2, '0');
    intervals.push([`${pad(match[1])}:${match[2]}`, `${pad(match[3])}:${match[4]}`]);
  }
  return intervals;
}

function formatIntervals(intervals) {
  return (intervals || []).map((pair) => `${pair[0]}-${pair[1]}`).join(', ');
}

/** One field: its control, how to read it, and where its error goes. */
function fieldControl(field, value, idPrefix) {
  const id = uid(`${idPrefix}-${field.name}`);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const help = field.help ? h('p', { class: 'help', id: helpId }, field.help) : null;
  const error = h('p', { class: 'error', id: errorId, hidden: true });
  const describedBy = [help ? helpId : null, errorId].filter(Boolean).join(' ');
  let wrapper;
  let read;
  let check;
  let invalidTargets = [];

  switch (field.kind) {
    case 'BOOLEAN': {
      const input = h('input', { type: 'checkbox', id, name: field.name, checked: value === true, 'aria-describedby': describedBy });
      wrapper = h('div', { class: 'field' }, h('div', { class: 'choice' }, input, h('label', { for: id }, labelOf(field))), help, error);
      read = () => input.checked;
      check = () => null;
      invalidTargets = [input];
      break;
    }
    case 'CHOICE': {
      const select = h('select', { id, name: field.name, required: field.required, 'aria-describedby': describedBy },
        h('option', { value: '' }, field.required ? t('form.choose') : t('form.none')),
        (field.choices || []).map((c) => h('option', { value: c.key, selected: value === c.key }, labelOf(c))));
      wrapper = h('div', { class: 'field' }, h('label', { for: id }, labelText(field)), help, select, error);
      read = () => (select.value === '' ? undefined : select.value);
      check = () => checkValue(select.value, { required: field.required, choices: (field.choices || []).map((c) => c.key) });
      invalidTargets = [select];
      break;
    }
    case 'MULTI_CHOICE': {
      const chosen = new Set(Array.isArray(value) ? value : []);
      const boxes = (field.choices || []).map((c) => {
        const boxId = uid(`${id}-${c.key}`);
        return { key: c.key, node: h('div', { class: 'choice' },
          h('input', { type: 'checkbox', id: boxId, name: field.name, value: c.key, checked: chosen.has(c.key), 'aria-describedby': errorId }),
          h('label', { for: boxId }, labelOf(c))) };
      });
      wrapper = h('fieldset', { class: 'field', id, 'aria-describedby': describedBy },
        h('legend', null, labelText(field)), help, h('div', { class: 'inline-choices' }, boxes.map((b) => b.node)), error);
      read = () => {
        const keys = boxes.filter((b) => b.node.querySelector('input').checked).map((b) => b.key);
        return keys.length === 0 && !field.required ? undefined : keys;
      };
      check = () => checkValue(read() || [], { required: field.required, min: field.min, max: field.max });
      invalidTargets = boxes.map((b) => b.node.querySelector('input'));
      break;
    }
    case 'NUMBER': {
      const input = h('input', { type: 'number', id, name: field.name, step: 'any', required: field.required,
        min: field.min ?? null, max: field.max ?? null, value: value ?? '', inputmode: 'decimal', 'aria-describedby': describedBy });
      const bounds = field.min !== undefined && field.max !== undefined
        ? h('p', { class: 'help' }, t('form.between', { min: formatNumber(field.min), max: formatNumber(field.max) })) : null;
      wrapper = h('div', { class: 'field' }, h('label', { for: id }, labelText(field)), help, bounds, input, error);
      read = () => (input.value === '' ? undefined : Number(input.value));
      check = () => (input.validity && input.validity.badInput ? { code: 'wrong_type', message: t('check.number') }
        : checkValue(input.value, { required: field.required, type: 'number', min: field.min, max: field.max }));
      invalidTargets = [input];
      break;
    }
    case 'DATE': {
      const input = h('input', { type: 'date', id, name: field.name, required: field.required, value: value ?? '', 'aria-describedby': describedBy });
      wrapper = h('div', { class: 'field' }, h('label', { for: id }, labelText(field)), help, input, error);
      read = () => (input.value === '' ? undefined : input.value);
      check = () => checkValue(input.value, { required: field.required, type: 'date' });
      invalidTargets = [input];
      break;
    }
    case 'WEEKLY_HOURS': {
      const hours = value && typeof value === 'object' ? value : {};
      const inputs = DAYS.map((day) => {
        const dayId = uid(`${id}-${day}`);
        const input = h('input', { type: 'text', id: dayId, name: `${field.name}.${day}`, value: formatIntervals(hours[day]),
          placeholder: '09:00-12:00, 14:00-18:00', autocomplete: 'off', 'aria-describedby': errorId });
        return { day, input, node: h('div', { class: 'field' }, h('label', { for: dayId }, t(`day.${day}`)), input) };
      });
      wrapper = h('fieldset', { class: 'field', id, 'aria-describedby': describedBy },
        h('legend', null, labelText(field)), help, h('p', { class: 'help' }, t('form.hoursHelp')), inputs.map((i) => i.node), error);
      read = () => {
        const result = {};
        for (const { day, input } of inputs) {
          const intervals = parseIntervals(input.value);
          if (intervals && intervals.length) {
            result[day] = intervals;
          }
        }
        return Object.keys(result).length === 0 && !field.required ? undefined : result;
      };
      check = () => {
        const unreadable = inputs.find(({ input }) => parseIntervals(input.value) === null);
        if (unreadable) {
          return { code: 'not_opening_hours', message: t('check.hours', { day: t(`day.${unreadable.day}`) }) };
        }
        return field.required && !read() ? { code: 'required', message: t('check.required') } : null;
      };
      invalidTargets = inputs.map((i) => i.input);
      break;
    }
    case 'LOCATION': {
      const latId = uid(`${id}-lat`);
      const lonId = uid(`${id}-lon`);
      const lat = h('input', { type: 'number', id: latId, step: 'any', min: -90, max: 90, value: value ? value.lat : '', 'aria-describedby': errorId });
      const lon = h('input', { type: 'number', id: lonId, step: 'any', min: -180, max: 180, value: value ? value.lon : '', 'aria-describedby': errorId });
      wrapper = h('fieldset', { class: 'field', id, 'aria-describedby': describedBy }, h('legend', null, labelText(field)), help,
        h('div', { class: 'field' }, h('label', { for: latId }, t('form.latitude')), lat),
        h('div', { class: 'field' }, h('label', { for: lonId }, t('form.longitude')), lon), error);
      read = () => (lat.value === '' || lon.value === '' ? undefined : { lat: Number(lat.value), lon: Number(lon.value) });
      check = () => {
        if (lat.value === '' && lon.value === '') {
          return field.required ? { code: 'required', message: t('check.required') } : null;
        }
        const wrong = checkValue(lat.value, { required: true, type: 'number', min: -90, max: 90 })
          || checkValue(lon.value, { required: true, type: 'number', min: -180, max: 180 });
        return wrong ? { code: 'not_a_location', message: t('check.location') } : null;
      };
      invalidTargets = [lat, lon];
      break;
    }
    default: {
      const long = !field.maxLength || field.maxLength > 200;
      const input = h(long ? 'textarea' : 'input', { type: long ? null : 'text', id, name: field.name, required: field.required,
        maxlength: field.maxLength ?? null, 'aria-describedby': describedBy, rows: long ? 4 : null });
      input.value = value ?? '';
      wrapper = h('div', { class: 'field' }, h('label', { for: id }, labelText(field)), help, input, error);
      read = () => (input.value.trim() === '' ? undefined : input.value.trim());
      check = () => checkValue(input.value, { required: field.required, maxLength: field.maxLength ?? TEXT_LIMIT, pattern: field.pattern });
      invalidTargets = [input];
    }
  }
  const setError = (message) => markError(error, invalidTargets, message);
  const focusTarget = () => invalidTargets[0] || wrapper.querySelector('input, select, textarea');
  return { field, label: labelOf(field), wrapper, read, check, setError, focusTarget };
}

/**
 * The controls of a schema.
 * @returns {{element: HTMLElement, read: Function, controls: object}} `controls` by the path the API names them
 *   ("attributes.goods"), for checkForm and showProblem
 */
export function schemaFields(fields, values = {}, idPrefix = 'attr') {
  const list = (fields || []).map((field) => fieldControl(field, values[field.name], idPrefix));
  const element = h('div', { class: 'schema-fields' }, list.map((c) => c.wrapper));
  return {
    element,
    controls: Object.fromEntries(list.map((control) => [`attributes.${control.field.name}`, control])),
    /** The attributes object (once checkForm found nothing wrong). */
    read() {
      const attributes = {};
      for (const control of list) {
        const value = control.read();
        if (value !== undefined) {
          attributes[control.field.name] = value;
        }
      }
      return attributes;
    },
  };
}

function displayValue(field, value) {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const choice = (key) => {
    const found = (field.choices || []).find((c) => c.key === key);
    return found ? labelOf(found) : String(key);
  };
  switch (field.kind) {
    case 'BOOLEAN':
      return value ? t('common.yes') : t('common.no');
    case 'CHOICE':
      return choice(value);
    case 'MULTI_CHOICE':
      return Array.isArray(value) ? value.map(choice).join(', ') : String(value);
    case 'NUMBER':
      return typeof value === 'number' ? formatNumber(value) : String(value);
    case 'DATE':
      return formatDate(`${value}T12:00:00Z`, false);
    case 'WEEKLY_HOURS':
      return h('ul', { class: 'hours' }, DAYS.filter((d) => value[d] && value[d].length)
        .map((d) => h('li', null, `${t(`day.${d}`)} : ${formatIntervals(value[d])}`)));
    case 'LOCATION':
      return `${value.lat}, ${value.lon}`;
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** The attributes of an actor, an operation or a participation, labelled by their schema. */
export function schemaDetails(fields, attributes = {}) {
  const known = new Set();
  const rows = [];
  for (const field of fields || []) {
    known.add(field.name);
    const shown = displayValue(field, attributes[field.name]);
    if (shown !== null) {
      rows.push(h('dt', null, labelOf(field)), h('dd', null, shown));
    }
  }
  // Attributes of a type that is no longer installed are still shown, by their names.
  for (const [name, value] of Object.entries(attributes || {})) {
    if (!known.has(name)) {
      rows.push(h('dt', null, name), h('dd', null, typeof value === 'object' ? JSON.stringify(value) : String(value)));
    }
  }
  return rows.length ? h('dl', { class: 'details' }, rows) : null;
}

export { labelOf };

/**
 * The type-specific part of a create form: the fields of the type chosen in `typeSelect`, redrawn when the choice
 * changes. `current()` is the schema of the type chosen now.
 */
export function typeFieldsFor(types, typeSelect, idPrefix) {
  const element = h('div', { id: 'type-fields' });
  let schema = null;
  const draw = () => {
    const type = types.find((candidate) => candidate.key === typeSelect.value);
    element.replaceChildren();
    schema = schemaFields(type ? type.fields : [], {}, idPrefix);
    element.append(h('fieldset', { class: 'field' }, h('legend', null, t('actorForm.typeFields', { type: labelOf(type) })), schema.element));
  };
  typeSelect.addEventListener('change', draw);
  draw();
  return { element, current: () => schema };
}

/**
 * The form that changes something typed (an actor, an operation) for those who manage it. When the signed-in
 * resident is not among `managerIds`, or the type is not installed, a notice says so and `null` is returned;
 * otherwise the form (the type's tag, the generic `elements`, an optional help line, the type's fields filled
 * with `attributes`, save and cancel) is appended to `main` and its parts returned.
 */
export function changeForm(main, { me, managerIds, type, typeAvailable, notManager, id, label, elements, help, attributes, idPrefix, cancel }) {
  if (!me || !(managerIds || []).includes(me.id)) {
    main.append(h('p', { class: 'notice' }, notManager));
    return null;
  }
  if (typeAvailable === false || !type) {
    main.append(h('p', { class: 'notice' }, t('actor.typeUnavailable')));
    return null;
  }
  const box = errorBox();
  const schema = schemaFields(type.fields, attributes || {}, idPrefix);
  const submit = h('button', { type: 'submit', class: 'primary' }, t('actorForm.save'));
  const form = h('form', { novalidate: true, class: 'wide-form', id, 'aria-label': label },
    box.element, h('p', null, h('span', { class: 'tag' }, labelOf(type))), ...elements,
    help ? h('p', { class: 'help' }, help) : null,
    h('fieldset', { class: 'field' }, h('legend', null, t('actorForm.typeFields', { type: labelOf(type) })), schema.element),
    h('div', { class: 'actions' }, submit, h('a', { class: 'btn secondary', href: cancel }, t('common.cancel'))));
  main.append(form);
  return { form, box, schema, submit };
}

/**
 * Sends a typed form (an actor's, an operation's): the generic fields and the type's are checked first, all at once
 * (with `more()`, further errors the form finds itself), then `send(attributes)`; what the API answers is
 * `done(saved)`, or its errors are shown on the fields and in the box.
 */
export function onTypedSubmit(form, { box, fields, schema, submit, send, done, more = () => [] }) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const current = schema();
    const controls = { ...fields.controls, ...current.controls };
    if (!checkForm(box, controls, more())) {
      return;
    }
    submit.disabled = true;
    try {
      done(await send(current.read()));
    } catch (error) {
      showProblem(box, error, controls);
    } finally {
      submit.disabled = false;
    }
  });
}
