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
package org.entraide.operations.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A participation row. */
@Entity
@Table(name = "participation")
public class ParticipationEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "operation_id", nullable = false, length = 36)
    String operationId;

    @Column(name = "participant_id", nullable = false, length = 36)
    String participantId;

    @Column(name = "attributes_json", nullable = false, length = 16000)
    String attributes;

    @Column(name = "status", nullable = false, length = 12)
    String status;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
