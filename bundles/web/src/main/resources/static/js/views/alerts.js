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

/** My alerts near home: be told of new posts of a kind and categories within a radius of home. */

import { h, uid } from '../dom.js';
import { t } from '../i18n.js';
import { get, post, del, categories as loadCategories } from '../api.js';
import { currentAccount } from '../session.js';
import { page, errorBox, showProblem, radioGroup, checkbox, busy, checkForm, errorSlot } from '../ui.js';
import { navigate } from '../nav.js';
import { categoryLabel } from './common.js';
import { radii } from './onboarding.js';

function describe(alert, categories) {
  const kind = alert.kind ? t(`alerts.kind.${alert.kind}`) : t('alerts.kind.any');
  const which = alert.categories.length
    ? alert.categories.map((key) => categoryLabel(categories, key)).join(', ')
    : t('alerts.categories.any');
  return t('alerts.summary', { kind, categories: which, km: alert.radiusKm });
}

function alertCard(alert, categories, box) {
  const remove = h('button', { type: 'button', class: 'secondary', 'data-alert-id': alert.id }, t('alerts.delete'));
  remove.addEventListener('click', () => busy(remove, box, async () => {
    await del(`/me/alerts/${encodeURIComponent(alert.id)}`);
    navigate('/alerts');
  }));
  return h('li', { class: 'card' }, h('p', null, describe(alert, categories)), h('div', { class: 'actions' }, remove));
}

export async function render(main) {
  const [alerts, categories, { offered, byDefault }] = await Promise.all([get('/me/alerts'), loadCategories(), radii()]);
  page(main, t('alerts.title'), h('p', null, t('alerts.intro')));

  const listBox = errorBox();
  main.append(listBox.element);
  main.append(alerts.length
    ? h('ul', { class: 'cards', 'aria-label': t('alerts.title') }, alerts.map((a) => alertCard(a, categories, listBox)))
    : h('div', { class: 'empty' }, h('p', null, t('alerts.empty'))));

  const box = errorBox();
  const kind = radioGroup(t('alerts.kind'), 'kind', [
    { value: '', label: t('alerts.kind.any') },
    { value: 'REQUEST', label: t('alerts.kind.REQUEST') },
    { value: 'OFFER', label: t('alerts.kind.OFFER') },
  ], '');
  const checks = categories.map((c) => ({ key: c.key, box: checkbox(c.label, { name: 'categories', value: c.key }) }));
  const categoriesHelpId = uid('alert-categories-help');
  const categoriesError = h('p', { class: 'error', hidden: true });
  const categoriesField = h('fieldset', { class: 'field', 'aria-describedby': categoriesHelpId },
    h('legend', null, t('alerts.categories')), h('p', { class: 'help', id: categoriesHelpId }, t('alerts.categories.help')),
    h('div', { class: 'inline-choices' }, checks.map((c) => c.box.element)), categoriesError);
  const me = currentAccount();
  const preferred = me && offered.includes(me.radiusKm) ? me.radiusKm : byDefault;
  const radius = radioGroup(t('alerts.radius'), 'radiusKm', offered.map((km) => ({ value: km, label: t('radius.option', { km }) })), preferred);
  const submit = h('button', { type: 'submit', class: 'primary' }, t('alerts.add'));
  const full = alerts.length >= 20;
  const form = h('form', { novalidate: true, class: 'wide-form', id: 'alert-form', 'aria-labelledby': 'alert-form-title' },
    box.element, kind.element, categoriesField, radius.element,
    full ? h('p', { class: 'notice' }, t('alerts.full')) : null, h('div', { class: 'actions' }, submit));
  submit.disabled = full;
  const controls = { kind, categories: errorSlot(t('alerts.categories'), checks.length ? checks[0].box.input : categoriesField, categoriesError),
    radiusKm: radius };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!checkForm(box, controls)) {
      return;
    }
    busy(submit, null, async () => {
      try {
        await post('/me/alerts', {
          kind: kind.value() || null,
          categories: checks.filter((c) => c.box.input.checked).map((c) => c.key),
          radiusKm: Number(radius.value()),
        });
        navigate('/alerts');
      } catch (error) {
        showProblem(box, error, controls);
      }
    });
  });
  main.append(h('h2', { id: 'alert-form-title' }, t('alerts.new')), form,
    h('p', null, h('a', { href: '#/account' }, t('alerts.backToAccount'))));
}
