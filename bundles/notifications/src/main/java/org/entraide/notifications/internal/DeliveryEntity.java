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
package org.entraide.notifications.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A row of the outbox: one notification to carry through one channel. Its fields move only through
 * {@link Outbox}, whose rules are tested without a database.
 */
@Entity
@Table(name = "notification_delivery")
public class DeliveryEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "notification_id", nullable = false, length = 36)
    String notificationId;

    @Column(name = "recipient_id", nullable = false, length = 36)
    String recipientId;

    @Column(name = "channel", nullable = false, length = 32)
    String channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "last_error", length = Outbox.MAX_ERROR_LENGTH)
    String lastError;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "sent_at")
    Instant sentAt;
}
