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

import java.time.Instant;

/**
 * What a relay gives to register a beneficiary; {@code null} means "not given". Exactly one of {@code communeCode}
 * and a location ({@code lat}, {@code lon}) is given.
 *
 * @param firstName 1 to 40 characters, one line
 * @param communeCode an INSEE commune code the gazetteer knows
 * @param lat the latitude of their location
 * @param lon the longitude of their location
 * @param phone optional, at most 30 characters: digits, spaces, {@code + . -}
 * @param consentObtainedAt when consent was obtained, not in the future; required
 * @param consentMethod {@code ORAL} or {@code WRITTEN}; required
 */
public record NewBeneficiary(String firstName, String communeCode, Double lat, Double lon, String phone,
        Instant consentObtainedAt, String consentMethod) {
}
