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

/**
 * A message of a conversation.
 *
 * @param senderId {@code null} once the sender's account is erased
 * @param senderName the sender's display name, or {@code null} once erased
 * @param conversationId the conversation it belongs to (since 1.2; {@code null} from the 1.1 constructor)
 * @param hidden whether moderators hid it: then only its sender and its moderators see it (since 1.2)
 */
public record Message(String id, String senderId, String senderName, String body, Instant createdAt,
        String conversationId, boolean hidden) {

    /** A message that is not hidden, its conversation unsaid (the 1.1 constructor). */
    public Message(String id, String senderId, String senderName, String body, Instant createdAt) {
        this(id, senderId, senderName, body, createdAt, null, false);
    }
}
