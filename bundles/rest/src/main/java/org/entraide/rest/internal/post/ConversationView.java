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
package org.entraide.rest.internal.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.entraide.services.post.Conversation;
import org.entraide.services.post.Message;

/**
 * A conversation as its participants see it; {@code beneficiary} is the first name of the registered beneficiary its
 * post is for (a relay's post), absent otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationView(String id, String postId, String postTitle, String authorId, String responderId,
        String with, Instant createdAt, Instant lastMessageAt, List<MessageView> messages, String beneficiary) {

    /**
     * One message; {@code sender} is null once the sender's account is erased; {@code hidden} when moderators hid
     * it (only its sender gets it then).
     */
    public record MessageView(String id, PostView.Person sender, String body, Instant createdAt, boolean hidden) {
        static MessageView of(Message message) {
            return new MessageView(message.id(), message.senderId() == null ? null
                    : new PostView.Person(message.senderId(), message.senderName()), message.body(),
                    message.createdAt(), message.hidden());
        }
    }

    static ConversationView of(Conversation c, boolean withMessages) {
        return new ConversationView(c.id(), c.postId(), c.postTitle(), c.authorId(), c.responderId(), c.otherName(),
                c.createdAt(), c.lastMessageAt(), withMessages
                        ? c.messages().stream().map(MessageView::of).collect(Collectors.toList()) : null,
                c.beneficiary());
    }
}
