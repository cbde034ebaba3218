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

/**
 * An account granted the role {@code RELAY} through the relays service: the role itself is identity's, this row
 * says since when and by whom, and goes when the role is taken back.
 */
@Entity
@Table(name = "relay")
public class RelayEntity {

    @Id
    @Column(name = "account_id", length = 36)
    String accountId;

    @Column(name = "since", nullable = false)
    Instant since;

    /** {@code karaf-shell} for the operator's console; {@code null} once that account is erased. */
    @Column(name = "granted_by", length = 36)
    String grantedBy;
}
