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
package org.entraide.services.post;

import java.time.Instant;
import java.util.List;

/**
 * The private conversation between a post's author and one responder. Only these two can read it.
 *
 * @param messages oldest first; empty in listings
 * @param beneficiary since 1.3: the first name of the registered beneficiary a relay's post is for, shown to
 *        both participants; {@code null} for other posts
 */
public record Conversation(String id, String postId, String postTitle, String authorId, String responderId,
        String otherName, Instant createdAt, Instant lastMessageAt, List<Message> messages, String beneficiary) {

    public Conversation {
        messages = List.copyOf(messages);
    }

    /** A conversation on a post for nobody registered (the 1.0 constructor). */
    public Conversation(String id, String postId, String postTitle, String authorId, String responderId,
            String otherName, Instant createdAt, Instant lastMessageAt, List<Message> messages) {
        this(id, postId, postTitle, authorId, responderId, otherName, createdAt, lastMessageAt, messages, null);
    }
}
