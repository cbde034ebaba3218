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

/** The operator's settings, from /app-config.json (etc/org.entraide.web.cfg). */

let settings = {
  tileUrl: '',
  tileAttribution: '',
  tileMaxZoom: 19,
  defaultLanguage: 'fr',
  mapCentre: { lat: 46.6, lon: 2.5 },
  mapZoom: 5,
};

export async function loadConfig() {
  try {
    const response = await fetch('/app-config.json', { headers: { Accept: 'application/json' } });
    if (response.ok) {
      settings = { ...settings, ...(await response.json()) };
    }
  } catch {
    // offline: the defaults above serve
  }
  return settings;
}

export function config() {
  return settings;
}
