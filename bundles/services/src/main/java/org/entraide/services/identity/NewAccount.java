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
package org.entraide.services.identity;

/**
 * What a resident gives to register. Every field is checked by the service, which reports each broken
 * rule with the field's name; {@code null} means "not given".
 *
 * @param email an email address, trimmed and lower-cased by the service
 * @param password at least 10 characters and not a common or guessable password
 * @param displayName 2 to 60 characters, no control characters
 * @param homeLat latitude of the exact home, from -90 to 90 (private)
 * @param homeLon longitude of the exact home, from -180 to 180 (private)
 * @param locale {@code fr} (default) or {@code en}
 * @param radiusKm preferred radius; the platform default when {@code null}
 */
public record NewAccount(String email, String password, String displayName, Double homeLat, Double homeLon,
        String locale, Double radiusKm) {
}
