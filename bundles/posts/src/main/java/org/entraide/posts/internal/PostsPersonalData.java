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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.identity.PersonalDataContributor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A resident's posts, follows, conversations and reports in their export; on erasure their posts go
 * (with the conversations on them), and what they wrote elsewhere is unlinked from them: their
 * messages stay for the other participant, without a sender.
 */
@Component(service = PersonalDataContributor.class)
public class PostsPersonalData implements PersonalDataContributor {

    @Reference(target = "(osgi.unit.name=entraide-posts)")
    private JpaTemplate jpa;

    /**
     * Bound, hence activated, before this component: the feed's versions are where every node sees them before it
     * writes a post ({@link FeedVersionsComponent}).
     */
    @Reference
    void feedVersions(FeedVersionsComponent chosen) {
        // Nothing to keep: FeedChanges holds the choice.
    }

    @Override
    public String section() {
        return "posts";
    }

    @Override
    public Object export(String accountId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("posts", em.createQuery("SELECT p FROM PostEntity p WHERE p.authorId = :me ORDER BY p.createdAt",
                    PostEntity.class).setParameter("me", accountId).getResultList().stream()
                    .map(PostsPersonalData::post).collect(Collectors.toList()));
            data.put("follows", em.createQuery("SELECT f FROM FollowEntity f WHERE f.accountId = :me",
                    FollowEntity.class).setParameter("me", accountId).getResultList().stream()
                    .map(f -> Map.of("postId", f.postId, "since", f.createdAt.toString()))
                    .collect(Collectors.toList()));
            List<ConversationEntity> conversations = PostsData.conversationsOf(em, accountId, null, Integer.MAX_VALUE);
            data.put("conversations", conversations.stream().map(c -> Map.of("id", c.id, "postId", c.postId,
                    "messages", PostsData.messagesOf(em, c.id).stream().map(m -> message(m, accountId))
                            .collect(Collectors.toList()))).collect(Collectors.toList()));
            data.put("reports", em.createQuery("SELECT r FROM ReportEntity r WHERE r.reporterId = :me",
                    ReportEntity.class).setParameter("me", accountId).getResultList().stream()
                    .map(PostsData::view).collect(Collectors.toList()));
            data.put("alerts", Alerts.of(em, accountId).stream().map(PostsPersonalData::alert)
                    .collect(Collectors.toList()));
            return data;
        });
    }

    @Override
    public void erase(String accountId) {
        try {
            eraseRows(accountId);
        } finally {
            FeedChanges.changedEverywhere();
        }
    }

    private void eraseRows(String accountId) {
        jpa.tx(TransactionType.Required, em -> {
            List<String> own = em.createQuery("SELECT p.id FROM PostEntity p WHERE p.authorId = :me", String.class)
                    .setParameter("me", accountId).getResultList();
            PostsData.deletePosts(em, own);
            List<String> followed = em.createQuery("SELECT f.postId FROM FollowEntity f WHERE f.accountId = :me",
                    String.class).setParameter("me", accountId).getResultList();
            if (!followed.isEmpty()) {
                em.createQuery("UPDATE PostEntity p SET p.followersCount = p.followersCount - 1 WHERE p.id IN :ids"
                        + " AND p.followersCount > 0").setParameter("ids", followed).executeUpdate();
            }
            em.createQuery("DELETE FROM FollowEntity f WHERE f.accountId = :me").setParameter("me", accountId)
                    .executeUpdate();
            em.createQuery("UPDATE ConversationEntity c SET c.responderId = NULL WHERE c.responderId = :me")
                    .setParameter("me", accountId).executeUpdate();
            em.createQuery("UPDATE MessageEntity m SET m.senderId = NULL WHERE m.senderId = :me")
                    .setParameter("me", accountId).executeUpdate();
            em.createQuery("UPDATE ReportEntity r SET r.reporterId = NULL WHERE r.reporterId = :me")
                    .setParameter("me", accountId).executeUpdate();
            em.createQuery("DELETE FROM AlertCellEntity c WHERE c.alertId IN"
                    + " (SELECT a.id FROM AlertEntity a WHERE a.ownerId = :me)").setParameter("me", accountId)
                    .executeUpdate();
            em.createQuery("DELETE FROM AlertEntity a WHERE a.ownerId = :me").setParameter("me", accountId)
                    .executeUpdate();
            // The abuse limits' counted writes: no content, kept a day at most, not exported, gone with the account.
            em.createQuery("DELETE FROM ActivityEventEntity e WHERE e.accountId = :me").setParameter("me", accountId)
                    .executeUpdate();
        });
    }

    private static Map<String, Object> post(PostEntity p) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("id", p.id);
        post.put("kind", p.kind.name());
        post.put("category", p.category);
        post.put("title", p.title);
        post.put("body", p.body);
        post.put("availability", p.availability);
        post.put("status", p.status.name());
        post.put("location", Map.of("lat", p.locLat, "lon", p.locLon));
        post.put("publicPosition", Map.of("lat", p.pubLat, "lon", p.pubLon));
        post.put("beneficiary", p.beneficiary);
        post.put("createdAt", p.createdAt.toString());
        post.put("expiresAt", p.expiresAt.toString());
        return post;
    }

    private static Map<String, Object> alert(AlertEntity a) {
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("id", a.id);
        alert.put("kind", a.kind == null ? null : a.kind.name());
        alert.put("categories", Alerts.split(a.categories));
        alert.put("radiusKm", a.radiusKm);
        alert.put("createdAt", a.createdAt.toString());
        return alert;
    }

    private static Map<String, Object> message(MessageEntity m, String accountId) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("mine", accountId.equals(m.senderId));
        message.put("body", m.body);
        message.put("createdAt", m.createdAt.toString());
        return message;
    }
}
