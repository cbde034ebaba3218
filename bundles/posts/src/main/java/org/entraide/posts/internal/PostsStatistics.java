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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.post.PostStatus;
import org.entraide.services.territory.TerritoryStatistics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Posts of a territory (by public position) by status, and the median time from a post to its first answer, over
 * the posts that had one.
 */
@Component(service = TerritoryStatistics.class)
public class PostsStatistics implements TerritoryStatistics {

    @Reference(target = "(osgi.unit.name=entraide-posts)")
    private JpaTemplate jpa;

    @Override
    public Map<String, Object> statistics(Predicate<GeoPoint> inside) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Instant> firstAnswers = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT c.postId, MIN(c.createdAt) FROM ConversationEntity c"
                    + " GROUP BY c.postId", Object[].class).getResultList()) {
                firstAnswers.put((String) row[0], (Instant) row[1]);
            }
            Map<PostStatus, Long> byStatus = new EnumMap<>(PostStatus.class);
            for (PostStatus status : PostStatus.values()) {
                byStatus.put(status, 0L);
            }
            List<Duration> waits = new ArrayList<>();
            for (Object[] row : em.createQuery("SELECT p.id, p.pubLat, p.pubLon, p.status, p.createdAt"
                    + " FROM PostEntity p", Object[].class).getResultList()) {
                if (!inside.test(GeoPoint.of((Double) row[1], (Double) row[2]))) {
                    continue;
                }
                byStatus.merge((PostStatus) row[3], 1L, Long::sum);
                Instant answered = firstAnswers.get((String) row[0]);
                if (answered != null) {
                    waits.add(Duration.between((Instant) row[4], answered));
                }
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            byStatus.forEach((status, count) -> figures.put("posts." + status, count));
            figures.put("posts.answered", waits.size());
            figures.put("posts.medianTimeToFirstAnswer", median(waits));
            return figures;
        });
    }

    /** The median, to the minute, as ISO-8601 ({@code PT2H30M}); "-" when no post was answered. */
    static String median(List<Duration> waits) {
        if (waits.isEmpty()) {
            return "-";
        }
        List<Duration> sorted = new ArrayList<>(waits);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        Duration median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
        return median.truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
