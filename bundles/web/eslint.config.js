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
 * ESLint 9 (flat config) for the web app's plain ES modules and its service worker; .ci/lint-js runs it
 * (docs/development.md, "The build's checks"). The rules are ESLint's own recommended set, plus eqeqeq.
 *
 * @eslint/js ships with eslint (a dependency of it), but .ci/lint-js installs eslint outside this directory
 * (bundles/web/target/eslint), where an import from here would not look: it is required through NODE_PATH,
 * which .ci/lint-js sets. The browser globals are listed by hand rather than taken from the `globals`
 * package, which eslint does not promise to bring: they are the ones the code uses, so that a global the
 * code never meant (a typo, a variable assumed to be in scope) is still reported.
 */
import { createRequire } from 'node:module';

const js = createRequire(import.meta.url)('@eslint/js');

/** What the page's modules use without importing it; a new one is added here (no-undef names it). */
const browser = Object.fromEntries([
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'console', 'fetch', 'URL',
  'URLSearchParams', 'Node', 'Blob', 'DOMParser', 'ResizeObserver', 'IntersectionObserver', 'Notification', 'atob',
  'MutationObserver',
].map((name) => [name, 'readonly']));

/** What the service worker uses without importing it. */
const serviceWorker = Object.fromEntries([
  'self', 'caches', 'fetch', 'Response', 'URL',
].map((name) => [name, 'readonly']));

export default [
  {
    files: ['src/main/resources/static/**/*.js'],
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      ...js.configs.recommended.rules,
      eqeqeq: 'error',
    },
  },
  {
    files: ['src/main/resources/static/js/**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: browser,
    },
  },
  {
    // A classic worker: app.js registers it without { type: 'module' }.
    files: ['src/main/resources/static/sw.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'script',
      globals: serviceWorker,
    },
  },
];
