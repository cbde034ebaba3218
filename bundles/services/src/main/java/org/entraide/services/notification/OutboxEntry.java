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
package org.entraide.services.notification;

import java.time.Instant;

/**
 * One row of the outbox, for operators (since 1.3): never the recipient's address, only their account id.
 *
 * @param id the delivery's id
 * @param channel the channel's key
 * @param status {@code PENDING}, {@code SENT} or {@code FAILED}
 * @param recipientId the account told
 * @param kind the notification's kind ({@code digest.daily} or {@code digest.weekly} for a digest)
 * @param attempts attempts made so far
 * @param lastError the reason of the last failed attempt, {@code null} if none
 * @param createdAt when it was written
 * @param nextAttemptAt when it is due (for a pending delivery)
 * @param sentAt when the far end accepted it, {@code null} if not yet
 */
public record OutboxEntry(String id, String channel, String status, String recipientId, String kind, int attempts,
        String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
}
