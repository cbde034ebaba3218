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
 * MULTI_CHOICE, DATE, WEEKLY_HOURS, LOCATION. The API checks every value; the form only shapes them.
 */

import { h, uid } from './dom.js';
import { t, formatDate, formatNumber, language } from './i18n.js';
import { errorBox, showProblem } from './ui.js';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

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
  let invalidTargets = [];

  switch (field.kind) {
    case 'BOOLEAN': {
      const input = h('input', { type: 'checkbox', id, name: field.name, checked: value === true, 'aria-describedby': describedBy });
      wrapper = h('div', { class: 'field' }, h('div', { class: 'choice' }, input, h('label', { for: id }, labelOf(field))), help, error);
      read = () => input.checked;
      invalidTargets = [input];
      break;
    }
    case 'CHOICE': {
      const select = h('select', { id, name: field.name, required: field.required, 'aria-describedby': describedBy },
        h('option', { value: '' }, field.required ? t('form.choose') : t('form.none')),
        (field.choices || []).map((c) => h('option', { value: c.key, selected: value === c.key }, labelOf(c))));
      wrapper = h('div', { class: 'field' }, h('label', { for: id }, labelText(field)), help, select, error);
      read = () => (select.value === '' ? undefined : select.value);
      invalidTargets = [select];
      break;
    }
    case 'MULTI_CHOICE': {
      const chosen = new Set(Array.isArray(value) ? value : []);
      const boxes = (field.choices || []).map((c) => {
        const boxId = uid(`${id}-${c.key}`);
        return { key: c.key, node: h('div', { class: 'choice' },
          h('input', { type: 'checkbox', id: boxId, name: field.name, value: c.key, checked: chosen.has(c.key) }),
          h('label', { for: boxId }, labelOf(c))) };
      });
      wrapper = h('fieldset', { class: 'field', id, 'aria-describedby': describedBy },
        h('legend', null, labelText(field)), help, h('div', { class: 'inline-choices' }, boxes.map((b) => b.node)), error);
      read = () => {
        const keys = boxes.filter((b) => b.node.querySelector('input').checked).map((b) => b.key);
        return keys.length === 0 && !field.required ? undefined : keys;
      };
      invalidTargets = [];
      break;
    }
    case 'NUMBER': {
      const input = h('input', { type: 'number', id, name: field.name, step: 'any', required: field.required,
        min: field.min ?? null, max: field.max ?? null, value: value ?? '', inputmode: 'decimal', 'aria-describedby': describedBy });
      const bounds = field.min !== undefined && field.max !== undefined
        ? h('p', { class: 'help' }, t('form.between', { min: formatNumber(field.min), max: formatNumber(field.max) })) : null;
      wrapper = h('div', { class: 'field' }, h('label', { for: id }, labelText(field)), help, bounds, input, error);
      read = () => (input.value === '' ? undefined : Number(input.value));
      invalidTargets = [input];
      break;
    }
    case 'DATE': {
      const input = h('input', { type: 'date', id, name: field.name, required: field.required, value: value ?? '', 'aria-describedby': describedBy });
      wrapper = h('div', { class: 'field' }, h('label', { for: id }, labelText(field)), help, input, error);
      read = () => (input.value === '' ? undefined : input.value);
      invalidTargets = [input];
      break;
    }
    case 'WEEKLY_HOURS': {
      const hours = value && typeof value === 'object' ? value : {};
      const inputs = DAYS.map((day) => {
        const dayId = uid(`${id}-${day}`);
        const input = h('input', { type: 'text', id: dayId, name: `${field.name}.${day}`, value: formatIntervals(hours[day]),
          placeholder: '09:00-12:00, 14:00-18:00', autocomplete: 'off' });
        return { day, input, node: h('div', { class: 'field' }, h('label', { for: dayId }, t(`day.${day}`)), input) };
      });
      wrapper = h('fieldset', { class: 'field', id, 'aria-describedby': describedBy },
        h('legend', null, labelText(field)), help, h('p', { class: 'help' }, t('form.hoursHelp')), inputs.map((i) => i.node), error);
      read = () => {
        const result = {};
        for (const { day, input } of inputs) {
          const intervals = parseIntervals(input.value);
          if (intervals === null) {
            throw new FieldProblem(field.name, t('form.hoursInvalid', { day: t(`day.${day}`) }));
          }
          if (intervals.length) {
            result[day] = intervals;
          }
        }
        return Object.keys(result).length === 0 && !field.required ? undefined : result;
      };
      invalidTargets = inputs.map((i) => i.input);
      break;
    }
    case 'LOCATION': {
      const latId = uid(`${id}-lat`);
      const lonId = uid(`${id}-lon`);
      const lat = h('input', { type: 'number', id: latId, step: 'any', min: -90, max: 90, value: value ? value.lat : '' });
      const lon = h('input', { type: 'number', id: lonId, step: 'any', min: -180, max: 180, value: value ? value.lon : '' });
      wrapper = h('fieldset', { class: 'field', id, 'aria-describedby': describedBy }, h('legend', null, labelText(field)), help,
        h('div', { class: 'field' }, h('label', { for: latId }, t('form.latitude')), lat),
        h('div', { class: 'field' }, h('label', { for: lonId }, t('form.longitude')), lon), error);
      read = () => (lat.value === '' || lon.value === '' ? undefined : { lat: Number(lat.value), lon: Number(lon.value) });
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
      invalidTargets = [input];
    }
  }
  function setError(message) {
    error.textContent = message || '';
    error.hidden = !message;
    for (const target of invalidTargets) {
      if (message) {
        target.setAttribute('aria-invalid', 'true');
      } else {
        target.removeAttribute('aria-invalid');
      }
    }
  }
  const focusTarget = () => invalidTargets[0] || wrapper.querySelector('input, select, textarea');
  return { field, wrapper, read, setError, focusTarget };
}

/** A problem found while reading a form, before anything is sent. */
export class FieldProblem extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }
}

/**
 * The controls of a schema.
 * @returns {{element: HTMLElement, read: Function, showErrors: Function}}
 */
export function schemaFields(fields, values = {}, idPrefix = 'attr') {
  const controls = (fields || []).map((field) => fieldControl(field, values[field.name], idPrefix));
  const element = h('div', { class: 'schema-fields' }, controls.map((c) => c.wrapper));
  return {
    element,
    /** The attributes object; throws FieldProblem for a value that cannot be read. */
    read() {
      const attributes = {};
      for (const control of controls) {
        control.setError(null);
        const value = control.read();
        if (value !== undefined) {
          attributes[control.field.name] = value;
        }
      }
      return attributes;
    },
    /** Shows errors by field name; returns the first control in error, to focus. */
    showErrors(errors) {
      let first = null;
      for (const control of controls) {
        const message = errors[control.field.name] || errors[`attributes.${control.field.name}`];
        control.setError(message);
        if (message && !first) {
          first = control.focusTarget();
        }
      }
      return first;
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
 * Reads a schema's values before they are sent: a value the browser can already tell is wrong is shown on its
 * control and in the error box, focused, and `null` is returned; the API checks everything again anyway.
 */
export function readAttributes(schema, box) {
  try {
    return schema.read();
  } catch (problem) {
    if (problem instanceof FieldProblem) {
      const first = schema.showErrors({ [problem.field]: problem.message });
      box.show(t('error.invalid'), [problem.message]);
      if (first) {
        first.focus();
      }
      return null;
    }
    throw problem;
  }
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
 * Sends a typed form (an actor's, an operation's): the type's fields are read first (a value the browser can tell
 * is wrong stops there), then `ready()` may refuse the rest of the form, then `send(attributes)`; what the API
 * answers is `done(saved)`, or its errors are shown on the fields and in the box.
 */
export function onTypedSubmit(form, { box, fields, schema, submit, send, done, ready = () => true }) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    box.hide();
    const current = schema();
    const attributes = readAttributes(current, box);
    if (attributes === null || !ready()) {
      return;
    }
    submit.disabled = true;
    try {
      done(await send(attributes));
    } catch (error) {
      current.showErrors(error.fieldErrors ? error.fieldErrors() : {});
      showProblem(box, error, fields.controls);
    } finally {
      submit.disabled = false;
    }
  });
}
