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
package org.entraide.moderation.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One line of the moderation log. */
@Entity
@Table(name = "moderation_log")
public class ModerationLogEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    /** {@code karaf-shell} for the operator's console; {@code null} once the account is erased. */
    @Column(name = "moderator_id", length = 36)
    String moderatorId;

    @Column(name = "action", nullable = false, length = 12)
    String action;

    @Column(name = "target_type", nullable = false, length = 12)
    String targetType;

    @Column(name = "target_id", nullable = false, length = 36)
    String targetId;

    @Column(name = "summary", length = 140)
    String summary;

    /** The key of the territory where the target lay, or {@code null} outside every territory. */
    @Column(name = "territory", length = 63)
    String territory;

    @Column(name = "reason", length = 500)
    String reason;

    @Column(name = "until_at")
    Instant until;
}
