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
import java.util.List;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The abuse limits' reads in the database: a counted window is a range of the index on (account, action, time),
 * of at most the limit's number of rows; an author's posts of the last day a range of the index on (author, time).
 */
final class ActivityStore implements AbuseLimits.Store {

    private final JpaTemplate jpa;

    ActivityStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public List<Instant> newest(String accountId, AbuseLimits.Action action, Instant since, int max) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT e.happenedAt FROM"
                + " ActivityEventEntity e WHERE e.accountId = :account AND e.action = :action AND e.happenedAt > :since"
                + " ORDER BY e.happenedAt DESC", Instant.class).setParameter("account", accountId)
                .setParameter("action", action).setParameter("since", since).setMaxResults(max).getResultList());
    }

    @Override
    public void prune(Instant before) {
        jpa.tx(TransactionType.Required, em -> em.createQuery(
                "DELETE FROM ActivityEventEntity e WHERE e.happenedAt < :before").setParameter("before", before)
                .executeUpdate());
    }

    @Override
    public List<AbuseLimits.Earlier> recentTitles(String authorId, Instant since) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT p.id, p.title FROM PostEntity p"
                + " WHERE p.authorId = :author AND p.createdAt > :since ORDER BY p.createdAt DESC", Object[].class)
                .setParameter("author", authorId).setParameter("since", since).getResultList().stream()
                .map(row -> new AbuseLimits.Earlier((String) row[0], (String) row[1])).collect(Collectors.toList()));
    }

    @Override
    public String body(String postId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            PostEntity post = em.find(PostEntity.class, postId);
            return post == null ? null : post.body;
        });
    }
}
