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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.post.EscalationFigures;
import org.entraide.services.post.EscalationStep;
import org.entraide.services.post.PostFact;
import org.entraide.services.post.PostKind;
import org.entraide.services.post.PostStatistics;
import org.entraide.services.post.PostStatus;
import org.entraide.services.post.UnansweredRequest;
import org.entraide.services.territory.StatisticsScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The posts' figures of a territory's dashboard. Every query is bounded: by the territory's bounding box on the
 * public position, and by the period or by what is open now; aggregates are counted by the database, grouped by
 * public position (many posts share one), and only then checked exactly against the perimeter.
 */
@Component(service = PostStatistics.class)
public class PostsDashboard implements PostStatistics {

    /** The rows of unanswered requests read at once while looking for those inside the perimeter. */
    private static final int PAGE = 500;

    private static final String IN_BOX = " AND p.pubLat >= :south AND p.pubLat <= :north"
            + " AND p.pubLon >= :west AND p.pubLon <= :east";

    private static final String UNANSWERED = " FROM PostEntity p WHERE p.kind = :request AND p.status = :open"
            + " AND p.responsesCount = 0 AND p.createdAt <= :now AND p.expiresAt > :now" + IN_BOX;

    @Reference(target = "(osgi.unit.name=entraide-posts)")
    private JpaTemplate jpa;

    public PostsDashboard() {
    }

    PostsDashboard(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public List<PostFact> posted(StatisticsScope scope) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<PostFact> facts = new ArrayList<>();
            for (Object[] row : box(em.createQuery("SELECT p.pubLat, p.pubLon, p.kind, p.createdAt,"
                    + " MIN(c.createdAt) FROM PostEntity p LEFT JOIN ConversationEntity c ON c.postId = p.id"
                    + " WHERE p.createdAt >= :from AND p.createdAt < :until AND p.status <> :hidden" + IN_BOX
                    + " GROUP BY p.id, p.pubLat, p.pubLon, p.kind, p.createdAt ORDER BY p.createdAt",
                    Object[].class), scope).setParameter("from", scope.from()).setParameter("until", scope.until())
                    .setParameter("hidden", PostStatus.HIDDEN).getResultList()) {
                GeoPoint position = GeoPoint.of((Double) row[0], (Double) row[1]);
                if (scope.inside(position)) {
                    facts.add(new PostFact(position, (PostKind) row[2], (Instant) row[3], (Instant) row[4]));
                }
            }
            return facts;
        });
    }

    @Override
    public List<UnansweredRequest> unanswered(StatisticsScope scope, int limit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Object[]> kept = new ArrayList<>();
            for (int first = 0; kept.size() < limit; first += PAGE) {
                List<Object[]> rows = unanswered(em, scope).setFirstResult(first).setMaxResults(PAGE)
                        .getResultList();
                for (Object[] row : rows) {
                    if (kept.size() < limit && scope.inside(GeoPoint.of((Double) row[4], (Double) row[5]))) {
                        kept.add(row);
                    }
                }
                if (rows.size() < PAGE) {
                    break;
                }
            }
            Map<String, String> levels = levels(em, kept);
            List<UnansweredRequest> items = new ArrayList<>();
            for (Object[] row : kept) {
                items.add(new UnansweredRequest((String) row[0], (String) row[1], (String) row[2], (Instant) row[3],
                        GeoPoint.of((Double) row[4], (Double) row[5]), levels.get((String) row[0])));
            }
            return items;
        });
    }

    private TypedQuery<Object[]> unanswered(EntityManager em, StatisticsScope scope) {
        return box(em.createQuery("SELECT p.id, p.title, p.category, p.createdAt, p.pubLat, p.pubLon" + UNANSWERED
                + " ORDER BY p.createdAt DESC, p.id DESC", Object[].class), scope)
                .setParameter("request", PostKind.REQUEST).setParameter("open", PostStatus.OPEN)
                .setParameter("now", scope.now());
    }

    /** The highest step each request reached: moderators over actors. */
    private static Map<String, String> levels(EntityManager em, List<Object[]> requests) {
        Map<String, String> levels = new HashMap<>();
        if (requests.isEmpty()) {
            return levels;
        }
        List<String> ids = new ArrayList<>();
        requests.forEach(row -> ids.add((String) row[0]));
        for (Object[] step : em.createQuery("SELECT e.postId, e.level FROM EscalationEntity e"
                + " WHERE e.postId IN :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            levels.merge((String) step[0], (String) step[1],
                    (a, b) -> EscalationStep.MODERATORS.equals(a) ? a : b);
        }
        return levels;
    }

    @Override
    public Map<GeoPoint, Long> unansweredByPosition(StatisticsScope scope) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<GeoPoint, Long> counts = new LinkedHashMap<>();
            for (Object[] row : box(em.createQuery("SELECT p.pubLat, p.pubLon, COUNT(p)" + UNANSWERED
                    + " GROUP BY p.pubLat, p.pubLon", Object[].class), scope)
                    .setParameter("request", PostKind.REQUEST).setParameter("open", PostStatus.OPEN)
                    .setParameter("now", scope.now()).getResultList()) {
                GeoPoint position = GeoPoint.of((Double) row[0], (Double) row[1]);
                if (scope.inside(position)) {
                    counts.merge(position, ((Number) row[2]).longValue(), Long::sum);
                }
            }
            return counts;
        });
    }

    @Override
    public Map<String, EscalationFigures> escalations(StatisticsScope scope) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, long[]> counts = new LinkedHashMap<>();
            counts.put(EscalationStep.ACTORS, new long[2]);
            counts.put(EscalationStep.MODERATORS, new long[2]);
            String steps = "SELECT e.level, p.pubLat, p.pubLon, COUNT(e) FROM EscalationEntity e, PostEntity p"
                    + " WHERE p.id = e.postId AND e.at >= :from AND e.at < :until" + IN_BOX;
            String answered = " AND EXISTS (SELECT c.id FROM ConversationEntity c WHERE c.postId = p.id"
                    + " AND c.createdAt >= e.at)";
            String grouped = " GROUP BY e.level, p.pubLat, p.pubLon";
            count(em, steps + grouped, scope, counts, 0);
            count(em, steps + answered + grouped, scope, counts, 1);
            Map<String, EscalationFigures> figures = new LinkedHashMap<>();
            counts.forEach((level, n) -> figures.put(level, new EscalationFigures(n[0], n[1])));
            return figures;
        });
    }

    private static void count(EntityManager em, String jpql, StatisticsScope scope, Map<String, long[]> counts,
            int index) {
        for (Object[] row : box(em.createQuery(jpql, Object[].class), scope).setParameter("from", scope.from())
                .setParameter("until", scope.until()).getResultList()) {
            long[] level = counts.get((String) row[0]);
            if (level != null && scope.inside(GeoPoint.of((Double) row[1], (Double) row[2]))) {
                level[index] += ((Number) row[3]).longValue();
            }
        }
    }

    private static <T> TypedQuery<T> box(TypedQuery<T> query, StatisticsScope scope) {
        return query.setParameter("south", scope.south()).setParameter("north", scope.north())
                .setParameter("west", scope.west()).setParameter("east", scope.east());
    }
}
