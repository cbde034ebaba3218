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

/** Creating or changing a post: request or offer, category, availability, on behalf of someone who agreed. */

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { get, post, patch, categories as loadCategories, ApiError } from '../api.js';
import { page, field, errorBox, showProblem, radioGroup, checkbox, checkForm, checkValue, errorSlot, fieldSentence } from '../ui.js';
import { navigate } from '../nav.js';
import { isRelay } from '../session.js';

/** The end of the chosen day, in UTC, as the API wants an instant. */
function endOfDay(date) {
  return date ? `${date}T23:59:59Z` : undefined;
}

/** The API names the post already published (its id in the 409's detail): a link to it, to change or reopen it. */
function earlierPost(error) {
  const id = (error.problem.detail || '').match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  return id ? [h('a', { href: `#/posts/${encodeURIComponent(id[0])}` }, t('postForm.duplicateOpen'))] : [];
}

/** A relay's beneficiaries, to publish for one of them; none for anyone else. */
async function beneficiariesOf(editing) {
  if (editing || !isRelay()) {
    return [];
  }
  try {
    return (await get('/me/beneficiaries', { limit: 100 })).items || [];
  } catch {
    return []; // publishing for oneself stays possible
  }
}

/** "Pour qui ?": the relay publishes for themself or for one of their beneficiaries (sent as beneficiaryId). */
function beneficiaryPicker(beneficiaries, selected) {
  const id = 'post-beneficiary';
  const select = h('select', { id, name: 'beneficiaryId', 'aria-describedby': `${id}-help ${id}-error` },
    h('option', { value: '' }, t('postForm.forMyself')),
    beneficiaries.map((b) => h('option', { value: b.id, selected: b.id === selected }, b.firstName)));
  const error = h('p', { class: 'error', id: `${id}-error`, hidden: true });
  return {
    ...errorSlot(t('postForm.forWhom'), select, error),
    select,
    element: h('div', { class: 'field' }, h('label', { for: id }, t('postForm.forWhom')),
      h('p', { class: 'help', id: `${id}-help` }, t('postForm.forWhomHelp')), select, error),
  };
}

export async function render(main, params, query = {}) {
  const editing = Boolean(params.id);
  const [categories, existing, beneficiaries] = await Promise.all([loadCategories(),
    editing ? get(`/posts/${encodeURIComponent(params.id)}`) : Promise.resolve(null), beneficiariesOf(editing)]);
  const forWhom = beneficiaries.find((b) => b.id === query.beneficiary);
  page(main, editing ? t('postForm.editTitle') : forWhom ? t('postForm.newForTitle', { name: forWhom.firstName }) : t('postForm.newTitle'));
  const picker = beneficiaries.length ? beneficiaryPicker(beneficiaries, forWhom ? forWhom.id : '') : null;
  const box = errorBox();
  const kind = radioGroup(t('postForm.kind'), 'kind', [
    { value: 'REQUEST', label: t('postForm.kindRequest') }, { value: 'OFFER', label: t('postForm.kindOffer') }],
  existing ? existing.kind : 'REQUEST');
  const categoryId = 'post-category';
  const category = h('select', { id: categoryId, name: 'category', required: true, 'aria-describedby': `${categoryId}-error` },
    h('option', { value: '' }, t('form.choose')),
    categories.map((c) => h('option', { value: c.key, selected: existing && existing.category === c.key }, c.label)));
  const categoryError = h('p', { class: 'error', id: `${categoryId}-error`, hidden: true });
  const categoryControl = errorSlot(t('postForm.category'), category, categoryError,
    () => checkValue(category.value, { required: true, choices: categories.map((c) => c.key) }));
  const title = field(t('postForm.title'), { type: 'text', name: 'title', minlength: 3, maxlength: 120, value: existing ? existing.title : '' },
    { required: true, help: t('postForm.titleHelp') });
  const body = field(t('postForm.body'), { name: 'body', minlength: 1, maxlength: 4000, rows: 6, value: existing ? existing.body : '' },
    { tag: 'textarea', required: true, help: t('postForm.bodyHelp') });
  const availability = field(t('postForm.availability'), { type: 'text', name: 'availability', maxlength: 200, value: existing && existing.availability ? existing.availability : '' },
    { help: t('postForm.availabilityHelp') });
  const expires = field(t('postForm.expires'), { type: 'date', name: 'expiresAt', value: existing && existing.expiresAt ? existing.expiresAt.slice(0, 10) : '',
    min: editing ? undefined : new Date().toISOString().slice(0, 10) },
    { help: t('postForm.expiresHelp') });

  const behalf = checkbox(t('postForm.onBehalf'), { name: 'onBehalf' });
  const beneficiary = field(t('postForm.beneficiary'), { type: 'text', name: 'beneficiary', maxlength: 60 }, { required: true, help: t('postForm.beneficiaryHelp') });
  const consent = checkbox(t('postForm.consent'), { name: 'consent' });
  const consentError = h('p', { class: 'error', hidden: true });
  const consentControl = errorSlot(t('fieldName.consent'), consent.input, consentError,
    () => (!editing && !forBeneficiary() && behalf.input.checked && !consent.input.checked ? { code: 'consent_required', message: t('check.consent') } : null));
  const behalfFields = h('div', { hidden: true, id: 'behalf-fields' }, beneficiary.wrapper, consent.element, consentError, h('p', { class: 'help' }, t('postForm.consentHelp')));
  behalf.input.addEventListener('change', () => { behalfFields.hidden = !behalf.input.checked; });
  const behalfFieldset = editing ? null : h('fieldset', { class: 'field', id: 'behalf-fieldset' }, h('legend', null, t('postForm.behalfLegend')), behalf.element, behalfFields);
  const forBeneficiary = () => Boolean(picker && picker.select.value);
  if (picker) {
    const sync = () => {
      behalfFieldset.hidden = forBeneficiary();
    };
    picker.select.addEventListener('change', sync);
    sync();
  }
  const submit = h('button', { type: 'submit', class: 'primary' }, editing ? t('postForm.save') : t('postForm.publish'));
  const form = h('form', { novalidate: true, 'aria-label': editing ? t('postForm.editTitle') : t('postForm.newTitle') }, box.element,
    picker ? picker.element : null,
    editing ? null : kind.element,
    h('div', { class: 'field' }, h('label', { for: categoryId }, `${t('postForm.category')} ${t('form.requiredMark')}`), category, categoryError),
    title.wrapper, body.wrapper, availability.wrapper, expires.wrapper,
    behalfFieldset,
    h('div', { class: 'actions' }, submit, h('a', { class: 'btn secondary', href: editing ? `#/posts/${encodeURIComponent(params.id)}` : '#/feed' }, t('common.cancel'))));
  main.append(form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const controls = { kind, category: categoryControl, title, body, availability, expiresAt: expires, beneficiary,
      consent: consentControl, ...(picker ? { beneficiaryId: picker } : {}) };
    if (!checkForm(box, controls)) {
      return;
    }
    const values = {
      category: category.value,
      title: title.input.value.trim(),
      body: body.input.value.trim(),
      availability: availability.input.value.trim() || undefined,
      expiresAt: endOfDay(expires.input.value),
    };
    submit.disabled = true;
    try {
      let saved;
      if (editing) {
        saved = await patch(`/posts/${encodeURIComponent(params.id)}`, values);
      } else {
        saved = await post('/posts', {
          ...values,
          kind: kind.value(),
          beneficiaryId: forBeneficiary() ? picker.select.value : undefined,
          onBehalfOf: !forBeneficiary() && behalf.input.checked ? { beneficiary: beneficiary.input.value.trim(), consent: true } : undefined,
        });
      }
      navigate(`/posts/${encodeURIComponent(saved.id)}`);
    } catch (error) {
      if (!editing && error instanceof ApiError && error.status === 409) {
        // The same title and text by the same author within a day: said as such, on the fields concerned.
        title.setError(fieldSentence(title.label, t('postForm.duplicateField')));
        body.setError(fieldSentence(body.label, t('postForm.duplicateField')));
        box.show(t('postForm.duplicate'), earlierPost(error));
      } else {
        showProblem(box, error, controls);
      }
    } finally {
      submit.disabled = false;
    }
  });
}
