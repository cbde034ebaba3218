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

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.relay.BeneficiaryData;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The posts a relay wrote for a registered beneficiary, in the beneficiary's export (with their conversations and
 * messages) and gone with their erasure, as an erased account's posts go: the database deletes their follows,
 * conversations and messages with them.
 */
@Component(service = BeneficiaryData.class)
public class PostsBeneficiaryData implements BeneficiaryData {

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
    public Object export(String beneficiaryId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT p FROM PostEntity p WHERE p.beneficiaryId = :b ORDER BY p.createdAt, p.id", PostEntity.class)
                .setParameter("b", beneficiaryId).getResultList().stream().map(p -> {
                    Map<String, Object> post = new LinkedHashMap<>();
                    post.put("id", p.id);
                    post.put("kind", p.kind.name());
                    post.put("category", p.category);
                    post.put("title", p.title);
                    post.put("body", p.body);
                    post.put("availability", p.availability);
                    post.put("status", p.status.name());
                    post.put("location", Map.of("lat", p.locLat, "lon", p.locLon));
                    post.put("createdAt", p.createdAt.toString());
                    post.put("expiresAt", p.expiresAt.toString());
                    post.put("responses", p.responsesCount);
                    post.put("conversations", PostsData.conversationsOn(em, p.id).stream()
                            .map(c -> conversation(em, c)).collect(Collectors.toList()));
                    return post;
                }).collect(Collectors.toList()));
    }

    private static Map<String, Object> conversation(EntityManager em, ConversationEntity c) {
        Map<String, Object> conversation = new LinkedHashMap<>();
        conversation.put("id", c.id);
        conversation.put("createdAt", c.createdAt.toString());
        conversation.put("messages", PostsData.messagesOf(em, c.id).stream().map(m -> {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("fromRelay", c.authorId.equals(m.senderId));
            message.put("body", m.body);
            message.put("createdAt", m.createdAt.toString());
            return message;
        }).collect(Collectors.toList()));
        return conversation;
    }

    @Override
    public void erase(String beneficiaryId) {
        try {
            jpa.tx(TransactionType.Required, em -> PostsData.deletePosts(em, em.createQuery(
                    "SELECT p.id FROM PostEntity p WHERE p.beneficiaryId = :b", String.class)
                    .setParameter("b", beneficiaryId).getResultList()));
        } finally {
            FeedChanges.changedEverywhere();
        }
    }

    @Override
    public Map<String, Integer> counts(Collection<String> beneficiaryIds) {
        Map<String, Integer> counts = new HashMap<>();
        if (beneficiaryIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT p.beneficiaryId, COUNT(p) FROM PostEntity p WHERE p.beneficiaryId IN :ids"
                        + " GROUP BY p.beneficiaryId", Object[].class).setParameter("ids", beneficiaryIds)
                .getResultList());
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }
}
