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
package org.entraide.operations.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.operation.OperationStatistics;
import org.entraide.services.territory.StatisticsScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The operations and participations of a territory's dashboard: published operations counted by the database per
 * location and type within the territory's bounding box, participations of the period read with their operation's
 * location; both kept when the location lies in the perimeter.
 */
@Component(service = OperationStatistics.class)
public class OperationsDashboard implements OperationStatistics {

    private static final String IN_BOX = " AND o.lat >= :south AND o.lat <= :north AND o.lon >= :west"
            + " AND o.lon <= :east";

    @Reference(target = "(osgi.unit.name=entraide-operations)")
    private JpaTemplate jpa;

    @Override
    public Map<String, Long> operationsByType(StatisticsScope scope) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Long> byType = new TreeMap<>();
            for (Object[] row : box(em.createQuery("SELECT o.lat, o.lon, o.type, COUNT(o) FROM OperationEntity o"
                    + " WHERE o.hidden = :hidden AND o.status = :published" + IN_BOX + " GROUP BY o.lat, o.lon, o.type",
                    Object[].class), scope).setParameter("hidden", false)
                    .setParameter("published", OperationRules.PUBLISHED).getResultList()) {
                if (scope.inside(GeoPoint.of((Double) row[0], (Double) row[1]))) {
                    byType.merge((String) row[2], ((Number) row[3]).longValue(), Long::sum);
                }
            }
            return byType;
        });
    }

    @Override
    public List<Instant> participations(StatisticsScope scope) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Instant> created = new ArrayList<>();
            for (Object[] row : box(em.createQuery("SELECT o.lat, o.lon, p.createdAt FROM ParticipationEntity p,"
                    + " OperationEntity o WHERE o.id = p.operationId AND p.createdAt >= :from"
                    + " AND p.createdAt < :until" + IN_BOX, Object[].class), scope)
                    .setParameter("from", scope.from()).setParameter("until", scope.until()).getResultList()) {
                if (scope.inside(GeoPoint.of((Double) row[0], (Double) row[1]))) {
                    created.add((Instant) row[2]);
                }
            }
            Collections.sort(created);
            return created;
        });
    }

    private static <T> TypedQuery<T> box(TypedQuery<T> query, StatisticsScope scope) {
        return query.setParameter("south", scope.south()).setParameter("north", scope.north())
                .setParameter("west", scope.west()).setParameter("east", scope.east());
    }
}
