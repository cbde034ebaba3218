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

/** The conversation of one responder with a post's author. */
@Entity
@Table(name = "conversation")
public class ConversationEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "post_id", nullable = false, length = 36)
    String postId;

    @Column(name = "author_id", nullable = false, length = 36)
    String authorId;

    /** Null once the responder's account is erased. */
    @Column(name = "responder_id", length = 36)
    String responderId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "last_message_at", nullable = false)
    Instant lastMessageAt;

    boolean hasParticipant(String accountId) {
        return accountId != null && (accountId.equals(authorId) || accountId.equals(responderId));
    }

    String otherThan(String accountId) {
        return accountId.equals(authorId) ? responderId : authorId;
    }
}
