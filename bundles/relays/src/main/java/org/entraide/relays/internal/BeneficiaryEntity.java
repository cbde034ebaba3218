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
package org.entraide.relays.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A relay's beneficiary: exactly one of a commune and a location; the consent columns are never updated. */
@Entity
@Table(name = "beneficiary")
public class BeneficiaryEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "relay_id", nullable = false, length = 36)
    String relayId;

    @Column(name = "first_name", nullable = false, length = 40)
    String firstName;

    @Column(name = "commune_code", length = 5)
    String communeCode;

    @Column(name = "loc_lat")
    Double locLat;

    @Column(name = "loc_lon")
    Double locLon;

    @Column(name = "phone", length = 30)
    String phone;

    @Column(name = "consent_obtained_at", nullable = false)
    Instant consentObtainedAt;

    @Column(name = "consent_method", nullable = false, length = 8)
    String consentMethod;

    /** The relay who recorded it; {@code null} once that account is erased (with it its beneficiaries go). */
    @Column(name = "consent_recorded_by", length = 36)
    String consentRecordedBy;

    @Column(name = "consent_recorded_at", nullable = false)
    Instant consentRecordedAt;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
