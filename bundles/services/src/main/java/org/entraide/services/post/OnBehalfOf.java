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
package org.entraide.services.post;

import java.time.Instant;

/**
 * A post written for someone without a phone or a computer, with the record of their consent.
 *
 * @param beneficiary how the post names them: a first name, or "a neighbour"
 * @param consentRecordedBy the account that obtained the consent and wrote the post
 * @param consentRecordedAt when the consent was recorded
 * @param beneficiaryId since 1.3: the relay's registered beneficiary the post is for, given to the post's author
 *        alone; {@code null} for everybody else and for posts for someone not registered
 */
public record OnBehalfOf(String beneficiary, String consentRecordedBy, Instant consentRecordedAt,
        String beneficiaryId) {

    /** A post for someone not registered as a beneficiary, or seen by someone else than its author (1.0). */
    public OnBehalfOf(String beneficiary, String consentRecordedBy, Instant consentRecordedAt) {
        this(beneficiary, consentRecordedBy, consentRecordedAt, null);
    }
}
