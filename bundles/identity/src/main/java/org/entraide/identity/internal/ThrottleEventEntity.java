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
package org.entraide.identity.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One counted event of a throttle (a failed sign-in, a registration, a reset request...), under its bucket: see
 * {@link DatabaseCounters}. Rows are deleted once older than the longest window.
 */
@Entity
@Table(name = "throttle_event")
public class ThrottleEventEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "bucket", nullable = false, length = 100)
    private String bucket;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected ThrottleEventEntity() {
    }

    ThrottleEventEntity(String id, String bucket, Instant happenedAt) {
        this.id = id;
        this.bucket = bucket;
        this.happenedAt = happenedAt;
    }
}
