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
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One write an abuse limit counts (a post, a response, a message, a report), written in the same transaction as
 * the write itself: see {@link AbuseLimits}. Rows are deleted once older than the longest window (a day).
 */
@Entity
@Table(name = "activity_event")
public class ActivityEventEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "account_id", nullable = false, length = 36)
    String accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 12)
    AbuseLimits.Action action;

    @Column(name = "happened_at", nullable = false)
    Instant happenedAt;
}
