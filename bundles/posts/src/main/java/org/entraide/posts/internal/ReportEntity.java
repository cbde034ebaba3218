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
package org.entraide.posts.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A report awaiting, or resolved by, a moderator. */
@Entity
@Table(name = "report")
public class ReportEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "target_type", nullable = false, length = 12)
    String targetType;

    @Column(name = "target_id", nullable = false, length = 36)
    String targetId;

    @Column(name = "reason", nullable = false, length = 1000)
    String reason;

    @Column(name = "reporter_id", length = 36)
    String reporterId;

    @Column(name = "status", nullable = false, length = 12)
    String status;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "resolved_at")
    Instant resolvedAt;

    @Column(name = "resolved_by", length = 36)
    String resolvedBy;

    /** {@code HIDDEN} or {@code DISMISSED} once resolved by the moderation service; {@code null} before. */
    @Column(name = "outcome", length = 12)
    String outcome;
}
