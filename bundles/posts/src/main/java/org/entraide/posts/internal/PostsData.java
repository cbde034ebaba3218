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

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.entraide.services.paging.Cursors;
import org.entraide.services.post.PostStatus;
import org.entraide.services.post.Report;

/** The queries of the posts bundle, each run inside the caller's transaction. */
final class PostsData {

    private PostsData() {
    }

    static Map<String, PostEntity> byIds(EntityManager em, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return index(em.createQuery("SELECT p FROM PostEntity p WHERE p.id IN :ids", PostEntity.class)
                .setParameter("ids", ids).getResultList(), p -> p.id);
    }

    static Map<String, String> titles(EntityManager em, Collection<String> ids) {
        return byIds(em, ids).values().stream().collect(Collectors.toMap(p -> p.id, p -> p.title));
    }

    /** Deletes posts; the database deletes their follows, conversations and messages with them. */
    static void deletePosts(EntityManager em, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("DELETE FROM PostEntity p WHERE p.id IN :ids").setParameter("ids", ids).executeUpdate();
    }

    static ConversationEntity conversationOf(EntityManager em, String postId, String responderId) {
        return em.createQuery("SELECT c FROM ConversationEntity c WHERE c.postId = :post AND c.responderId = :who",
                ConversationEntity.class).setParameter("post", postId).setParameter("who", responderId)
                .getResultStream().findFirst().orElse(null);
    }

    static MessageEntity addMessage(EntityManager em, ConversationEntity conversation, String senderId, String body,
            Instant now) {
        MessageEntity message = new MessageEntity();
        message.id = UUID.randomUUID().toString();
        message.conversationId = conversation.id;
        message.senderId = senderId;
        message.body = body;
        message.createdAt = now;
        em.persist(message);
        ConversationEntity managed = em.find(ConversationEntity.class, conversation.id);
        managed.lastMessageAt = now;
        return message;
    }

    static List<ConversationEntity> conversationsOf(EntityManager em, String accountId, Cursors.Position after,
            int max) {
        String page = after == null ? ""
                : " AND (c.lastMessageAt < :time OR (c.lastMessageAt = :time AND c.id < :id))";
        var query = em.createQuery("SELECT c FROM ConversationEntity c WHERE (c.authorId = :me OR c.responderId = :me)"
                + page + " ORDER BY c.lastMessageAt DESC, c.id DESC", ConversationEntity.class)
                .setParameter("me", accountId).setMaxResults(max);
        if (after != null) {
            query.setParameter("time", after.time()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /** The conversations on a post, oldest first. */
    static List<ConversationEntity> conversationsOn(EntityManager em, String postId) {
        return em.createQuery("SELECT c FROM ConversationEntity c WHERE c.postId = :post ORDER BY c.createdAt, c.id",
                ConversationEntity.class).setParameter("post", postId).getResultList();
    }

    static List<MessageEntity> messagesOf(EntityManager em, String conversationId) {
        return em.createQuery("SELECT m FROM MessageEntity m WHERE m.conversationId = :c ORDER BY m.createdAt, m.id",
                MessageEntity.class).setParameter("c", conversationId).getResultList();
    }

    static List<ReportEntity> openReports(EntityManager em, Cursors.Position after, int max) {
        String page = after == null ? "" : " AND (r.createdAt > :time OR (r.createdAt = :time AND r.id > :id))";
        var query = em.createQuery("SELECT r FROM ReportEntity r WHERE r.status = 'OPEN'" + page
                + " ORDER BY r.createdAt, r.id", ReportEntity.class).setMaxResults(max);
        if (after != null) {
            query.setParameter("time", after.time()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /**
     * Resolves the open reports on a target, with an outcome ({@code HIDDEN}, {@code DISMISSED}, or {@code null} as
     * before outcomes were kept); answers them, oldest first.
     */
    static List<ReportEntity> closeReports(EntityManager em, String targetType, String targetId, String outcome,
            String moderator, Instant now) {
        List<ReportEntity> open = em.createQuery("SELECT r FROM ReportEntity r WHERE r.targetType = :type"
                + " AND r.targetId = :id AND r.status = 'OPEN' ORDER BY r.createdAt, r.id", ReportEntity.class)
                .setParameter("type", targetType).setParameter("id", targetId).getResultList();
        for (ReportEntity report : open) {
            report.status = "RESOLVED";
            report.outcome = outcome;
            report.resolvedAt = now;
            report.resolvedBy = moderator;
        }
        return open;
    }

    static List<String> followersOf(EntityManager em, String postId) {
        return em.createQuery("SELECT f.accountId FROM FollowEntity f WHERE f.postId = :post", String.class)
                .setParameter("post", postId).getResultList();
    }

    /** Open posts expiring within the window whose author was not told yet; marks them told. */
    static List<PostEntity> expiringWithin(EntityManager em, Instant now, Duration window) {
        List<PostEntity> posts = em.createQuery("SELECT p FROM PostEntity p WHERE p.status = :open"
                + " AND p.expiryNotified = :told AND p.expiresAt > :now AND p.expiresAt <= :soon", PostEntity.class)
                .setParameter("open", PostStatus.OPEN).setParameter("told", false).setParameter("now", now)
                .setParameter("soon", now.plus(window)).getResultList();
        posts.forEach(p -> p.expiryNotified = true);
        return posts;
    }

    /** Marks expired the open posts whose expiry has passed. */
    static List<PostEntity> expire(EntityManager em, Instant now) {
        List<PostEntity> posts = em.createQuery("SELECT p FROM PostEntity p WHERE p.status = :open"
                + " AND p.expiresAt <= :now", PostEntity.class).setParameter("open", PostStatus.OPEN)
                .setParameter("now", now).getResultList();
        posts.forEach(p -> {
            p.status = PostStatus.EXPIRED;
            p.updatedAt = now;
        });
        return posts;
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    static Report view(ReportEntity report) {
        return new Report(report.id, report.targetType, report.targetId, report.reason, report.status,
                report.createdAt);
    }
}
