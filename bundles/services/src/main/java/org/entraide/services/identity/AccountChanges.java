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
 * Changes a resident makes to their own account; {@code null} leaves a field as it is. Changing the
 * password requires {@code currentPassword} and ends every other session.
 */
public record AccountChanges(String displayName, Double homeLat, Double homeLon, Double radiusKm, String locale,
        String password, String currentPassword) {
}
