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
import javax.persistence.Id;
import javax.persistence.Table;

/** A one-click unsubscribe token, known by its SHA-256 digest only (see {@link UnsubscribeTokens}). */
@Entity
@Table(name = "notification_unsubscribe")
public class UnsubscribeEntity {

    @Id
    @Column(name = "token_digest", length = 64)
    String tokenDigest;

    @Column(name = "account_id", nullable = false, length = 36)
    String accountId;

    @Column(name = "channel", nullable = false, length = 32)
    String channel;

    @Column(name = "kind", nullable = false, length = 64)
    String kind;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
