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
package org.entraide.services.relay;

/**
 * A relay's changes to a beneficiary; {@code null} leaves a field as it is. A commune replaces the location and a
 * location the commune (giving both is refused); an empty {@code phone} removes it. The consent is not edited.
 *
 * @param firstName 1 to 40 characters
 * @param communeCode an INSEE commune code the gazetteer knows
 * @param lat the latitude of their location
 * @param lon the longitude of their location
 * @param phone at most 30 characters: digits, spaces, {@code + . -}; empty to remove it
 */
public record BeneficiaryChanges(String firstName, String communeCode, Double lat, Double lon, String phone) {
}
