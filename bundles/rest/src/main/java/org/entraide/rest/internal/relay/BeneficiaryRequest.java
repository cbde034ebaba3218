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
package org.entraide.rest.internal.relay;

import java.time.Instant;
import org.entraide.rest.internal.geo.LatLon;

/**
 * The body of {@code POST /me/beneficiaries} and {@code PATCH /me/beneficiaries/{id}} (where {@code consent} is
 * ignored: it is never edited).
 *
 * @param firstName 1 to 40 characters
 * @param commune an INSEE commune code, or null
 * @param location an exact location, or null
 * @param phone optional
 * @param consent when and how consent was obtained
 */
public record BeneficiaryRequest(String firstName, String commune, LatLon location, String phone,
        ConsentRequest consent) {

    /** When and how consent was obtained. */
    public record ConsentRequest(Instant obtainedAt, String method) {
    }
}
