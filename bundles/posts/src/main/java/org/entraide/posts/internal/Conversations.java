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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.paging.Cursors;
import org.entraide.services.paging.Page;
import org.entraide.services.post.Conversation;
import org.entraide.services.post.Message;
import org.entraide.services.post.PostStatus;
import org.entraide.api.text.Texts;

/**
 * Answers to posts: each responder has one conversation with the post's author, which only its two participants
 * see (anyone else gets {@code NotFoundException}); each message tells the other participant. A message hidden by
 * moderators is left out of the conversation for the other participant, and shown to its sender marked hidden.
 *
 * <p>While either of two residents blocks the other, neither answers the other's posts nor writes in a
 * conversation they share, existing ones included ({@code ForbiddenException}, see
 * {@link PostsContext#refuseIfBlocked}); the conversations stay readable. Since nothing is written, a blocked person
 * notifies nobody.
 */
final class Conversations {

    private static final String CURSOR_KIND = "c1";

    private final PostsContext posts;

    Conversations(PostsContext posts) {
        this.posts = posts;
    }

    Conversation respond(Caller responder, String postId, String message) {
        PostEntity post = posts.visible(responder, postId);
        List<FieldError> errors = new ArrayList<>();
        String body = Texts.check(message, "message", 1, PostRules.BODY_MAX, true, errors);
        PostsContext.reject(errors);
        if (post.authorId.equals(responder.accountId())) {
            throw new ConflictException("You cannot answer your own post.");
        }
        posts.refuseIfBlocked(responder.accountId(), post.authorId, "You cannot answer this post.");
        if (post.status != PostStatus.OPEN) {
            throw new ConflictException("This post is no longer open to answers.");
        }
        Instant now = Cursors.truncate(posts.clock().instant());
        // Answering a post again, in one's conversation about it, is a message; the first answer a response.
        boolean answered = posts.jpa.txExpr(TransactionType.Required,
                em -> PostsData.conversationOf(em, postId, responder.accountId()) != null);
        posts.limits.check(responder.accountId(), answered ? AbuseLimits.Action.MESSAGE
                : AbuseLimits.Action.RESPONSE, now);
        String conversationId;
        try {
            conversationId = posts.jpa.txExpr(TransactionType.Required, em -> {
                ConversationEntity conversation = PostsData.conversationOf(em, postId, responder.accountId());
                em.persist(AbuseLimits.event(responder.accountId(), conversation == null
                        ? AbuseLimits.Action.RESPONSE : AbuseLimits.Action.MESSAGE, now));
                if (conversation == null) {
                    conversation = new ConversationEntity();
                    conversation.id = UUID.randomUUID().toString();
                    conversation.postId = postId;
                    conversation.authorId = post.authorId;
                    conversation.responderId = responder.accountId();
                    conversation.createdAt = now;
                    conversation.lastMessageAt = now;
                    em.persist(conversation);
                    em.find(PostEntity.class, postId).responsesCount++;
                }
                PostsData.addMessage(em, conversation, responder.accountId(), body, now);
                return conversation.id;
            });
        } finally {
            PostsContext.changed(post);
        }
        Map<String, String> data = about(postId, post.title,
                posts.names(List.of(responder.accountId())).get(responder.accountId()));
        data.put("kind", post.kind.name());
        posts.publish(new NewNotification(post.authorId, "post.response", "CONVERSATION", conversationId, data));
        return conversation(responder, conversationId);
    }

    Page<Conversation> conversations(Caller participant, String cursor, int limit) {
        Cursors.Position after = Cursors.decode(CURSOR_KIND, cursor);
        List<ConversationEntity> rows = posts.jpa.txExpr(TransactionType.Required,
                em -> PostsData.conversationsOf(em, participant.accountId(), after, limit + 1));
        boolean more = rows.size() > limit;
        List<ConversationEntity> page = more ? rows.subList(0, limit) : rows;
        Map<String, PostEntity> onPosts = posts.jpa.txExpr(TransactionType.Required, em -> PostsData.byIds(em,
                page.stream().map(c -> c.postId).collect(Collectors.toSet())));
        Map<String, String> names = posts.names(page.stream().map(c -> c.otherThan(participant.accountId()))
                .collect(Collectors.toList()));
        List<Conversation> items = page.stream().map(c -> {
            PostEntity post = onPosts.get(c.postId);
            return new Conversation(c.id, c.postId, post == null ? null : post.title, c.authorId, c.responderId,
                    names.get(c.otherThan(participant.accountId())), c.createdAt, c.lastMessageAt, List.of(),
                    beneficiaryOf(post));
        }).collect(Collectors.toList());
        ConversationEntity last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(items, more ? Cursors.encode(CURSOR_KIND, last.lastMessageAt, last.id) : null);
    }

    Conversation conversation(Caller participant, String conversationId) {
        return posts.jpa.txExpr(TransactionType.Required, em -> {
            ConversationEntity conversation = participantOf(em, participant, conversationId);
            List<MessageEntity> messages = PostsData.messagesOf(em, conversationId);
            Set<String> people = new HashSet<>();
            people.add(conversation.authorId);
            people.add(conversation.responderId);
            Map<String, String> names = posts.names(people);
            PostEntity post = em.find(PostEntity.class, conversation.postId);
            return full(conversation, post, participant, messages, names);
        });
    }

    private static Conversation full(ConversationEntity conversation, PostEntity post, Caller participant,
            List<MessageEntity> messages, Map<String, String> names) {
        return new Conversation(conversation.id, conversation.postId, post == null ? null : post.title,
                conversation.authorId, conversation.responderId,
                names.get(conversation.otherThan(participant.accountId())), conversation.createdAt,
                conversation.lastMessageAt, messages.stream()
                        .filter(m -> !m.hidden || participant.accountId().equals(m.senderId))
                        .map(m -> view(m, names)).collect(Collectors.toList()), beneficiaryOf(post));
    }

    /** The first name of the registered beneficiary the post is for, shown to both participants; else null. */
    private static String beneficiaryOf(PostEntity post) {
        return post == null || post.beneficiaryId == null ? null : post.beneficiary;
    }

    /**
     * Every conversation on the author's post with its messages, oldest first; anyone but its author gets
     * {@code NotFoundException}, as for no post, so that the sheet of a post reveals nothing to others.
     */
    List<Conversation> on(Caller author, String postId) {
        PostEntity post = posts.visible(author, postId);
        if (!post.authorId.equals(author.accountId())) {
            throw new NotFoundException("No such post.");
        }
        return posts.jpa.txExpr(TransactionType.Required, em -> {
            List<ConversationEntity> rows = PostsData.conversationsOn(em, postId);
            Set<String> people = new HashSet<>();
            people.add(post.authorId);
            rows.stream().map(c -> c.responderId).filter(Objects::nonNull).forEach(people::add);
            Map<String, List<MessageEntity>> messages = new HashMap<>();
            rows.forEach(c -> messages.put(c.id, PostsData.messagesOf(em, c.id)));
            messages.values().forEach(list -> list.stream().map(m -> m.senderId).filter(Objects::nonNull)
                    .forEach(people::add));
            Map<String, String> names = posts.names(people);
            return rows.stream().map(c -> full(c, post, author, messages.get(c.id), names))
                    .collect(Collectors.toList());
        });
    }

    /**
     * One message: for the participants of its conversation (a hidden one for its sender only) and the moderators
     * of its post's territory; {@code NotFoundException} for anyone else, as for no message.
     */
    Message message(Caller viewer, String messageId) {
        return posts.jpa.txExpr(TransactionType.Required, em -> {
            MessageEntity message = messageId == null || messageId.length() > 36 ? null
                    : em.find(MessageEntity.class, messageId);
            ConversationEntity conversation = message == null ? null
                    : em.find(ConversationEntity.class, message.conversationId);
            if (conversation == null || !mayRead(em, viewer, conversation, message)) {
                throw new NotFoundException("No such message.");
            }
            return view(message, posts.names(message.senderId == null ? List.of() : List.of(message.senderId)));
        });
    }

    private boolean mayRead(EntityManager em, Caller viewer, ConversationEntity conversation, MessageEntity message) {
        if (conversation.hasParticipant(viewer.accountId())
                && (!message.hidden || viewer.accountId().equals(message.senderId))) {
            return true;
        }
        PostEntity post = em.find(PostEntity.class, conversation.postId);
        return post != null && posts.moderators.moderatesAt(viewer, GeoPoint.of(post.pubLat, post.pubLon));
    }

    static Message view(MessageEntity m, Map<String, String> names) {
        return new Message(m.id, m.senderId, m.senderId == null ? null : names.get(m.senderId), m.body, m.createdAt,
                m.conversationId, m.hidden);
    }

    Message send(Caller participant, String conversationId, String body) {
        List<FieldError> errors = new ArrayList<>();
        String text = Texts.check(body, "body", 1, PostRules.BODY_MAX, true, errors);
        ConversationEntity shared = posts.jpa.txExpr(TransactionType.Required,
                em -> participantOf(em, participant, conversationId));
        PostsContext.reject(errors);
        posts.refuseIfBlocked(participant.accountId(), shared.otherThan(participant.accountId()),
                "You cannot write in this conversation.");
        Instant now = Cursors.truncate(posts.clock().instant());
        posts.limits.check(participant.accountId(), AbuseLimits.Action.MESSAGE, now);
        String senderName = posts.names(List.of(participant.accountId())).get(participant.accountId());
        MessageEntity sent = posts.jpa.txExpr(TransactionType.Required, em -> {
            ConversationEntity conversation = em.find(ConversationEntity.class, conversationId);
            em.persist(AbuseLimits.event(participant.accountId(), AbuseLimits.Action.MESSAGE, now));
            MessageEntity message = PostsData.addMessage(em, conversation, participant.accountId(), text, now);
            String other = conversation.otherThan(participant.accountId());
            if (other != null) {
                PostEntity onPost = em.find(PostEntity.class, conversation.postId);
                posts.publish(new NewNotification(other, "post.message", "CONVERSATION", conversationId,
                        about(conversation.postId, onPost == null ? null : onPost.title, senderName)));
            }
            return message;
        });
        return view(sent, posts.names(List.of(sent.senderId)));
    }

    /**
     * What a notification of a conversation carries: the post, its title and the display name of whoever wrote, so
     * that it reads "Marie a répondu à votre demande « … »" (never an email or a place); a missing value is left out.
     */
    static Map<String, String> about(String postId, String title, String displayName) {
        Map<String, String> data = new HashMap<>();
        data.put("postId", postId);
        if (title != null) {
            data.put("title", title);
        }
        if (displayName != null) {
            data.put("displayName", displayName);
        }
        return data;
    }

    /** The conversation, if this caller takes part in it; else {@code NotFoundException}, as for no conversation. */
    static ConversationEntity participantOf(EntityManager em, Caller participant, String conversationId) {
        ConversationEntity conversation = conversationId == null || conversationId.length() > 36 ? null
                : em.find(ConversationEntity.class, conversationId);
        if (conversation == null || !conversation.hasParticipant(participant.accountId())) {
            throw new NotFoundException("No such conversation.");
        }
        return conversation;
    }
}
