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

import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.moderation.ModerationTarget;
import org.entraide.services.post.PostStatus;

/**
 * Posts and messages as moderators act on them (the {@code ModeratedContent} of this bundle): what each is, where
 * it lies, who answers for it, and hiding or restoring it. Rights are the moderation service's: it asks only once
 * it has checked them.
 *
 * <p>A post is hidden through its status ({@code HIDDEN}, its former status kept to come back to), as before the
 * moderation service existed; a message through its {@code hidden} flag. A message lies where its conversation's
 * post lies (its public position).
 */
final class PostTargets {

    static final String POST = "POST";
    static final String MESSAGE = "MESSAGE";
    static final Set<String> TYPES = Set.of(POST, MESSAGE);

    private final PostsContext posts;
    private final Moderation moderation;

    PostTargets(PostsContext posts, Moderation moderation) {
        this.posts = posts;
        this.moderation = moderation;
    }

    ModerationTarget target(String type, String id) {
        return POST.equals(type) ? post(id) : message(id);
    }

    ModerationTarget hide(String type, String id, boolean hidden) {
        if (POST.equals(type)) {
            moderation.setHidden(id, hidden, null);
            return post(id);
        }
        posts.jpa.tx(TransactionType.Required, em -> messageOf(em, id).hidden = hidden);
        return message(id);
    }

    private ModerationTarget post(String id) {
        PostEntity post = posts.jpa.txExpr(TransactionType.Required,
                em -> PostsContext.found(plausible(id) ? em.find(PostEntity.class, id) : null));
        return new ModerationTarget(POST, post.id, GeoPoint.of(post.pubLat, post.pubLon), post.title,
                List.of(post.authorId), post.status == PostStatus.HIDDEN, POST, post.id);
    }

    private ModerationTarget message(String id) {
        return posts.jpa.txExpr(TransactionType.Required, em -> {
            MessageEntity message = messageOf(em, id);
            ConversationEntity conversation = em.find(ConversationEntity.class, message.conversationId);
            PostEntity post = em.find(PostEntity.class, conversation.postId);
            GeoPoint position = post == null ? null : GeoPoint.of(post.pubLat, post.pubLon);
            return new ModerationTarget(MESSAGE, message.id, position, message.body,
                    message.senderId == null ? List.of() : List.of(message.senderId), message.hidden,
                    "CONVERSATION", conversation.id);
        });
    }

    private static MessageEntity messageOf(EntityManager em, String id) {
        MessageEntity message = plausible(id) ? em.find(MessageEntity.class, id) : null;
        if (message == null) {
            throw new NotFoundException("No such message.");
        }
        return message;
    }

    private static boolean plausible(String id) {
        return id != null && id.length() <= 36;
    }
}
