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

/** A message; its sender is unlinked when their account is erased; moderators may hide it. */
@Entity
@Table(name = "message")
public class MessageEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "conversation_id", nullable = false, length = 36)
    String conversationId;

    @Column(name = "sender_id", length = 36)
    String senderId;

    @Column(name = "body", nullable = false, length = 4000)
    String body;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    /** Hidden by moderators: only its sender (and its moderators) see it. */
    @Column(name = "hidden", nullable = false)
    boolean hidden;
}
