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
import org.entraide.api.geo.GeoPoint;

/**
 * A person without internet registered by a relay, as their relay alone sees them.
 *
 * @param id the id
 * @param relayId the relay's account
 * @param firstName 1 to 40 characters, the only thing others see (on the posts for them)
 * @param communeCode the INSEE code of their commune, or {@code null} when a location is given
 * @param communeName the commune's name from the gazetteer, or {@code null}
 * @param location their exact location, or {@code null} when a commune is given; never shown to others
 * @param phone their phone number, or {@code null}; never shown to others
 * @param consent the consent record
 * @param createdAt when they were registered
 * @param posts how many posts are written for them
 */
public record Beneficiary(String id, String relayId, String firstName, String communeCode, String communeName,
        GeoPoint location, String phone, Consent consent, Instant createdAt, int posts) {
}
