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
package org.entraide.actors.internal;

import java.util.Map;
import java.util.TreeMap;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.actor.ActorStatistics;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.territory.StatisticsScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The actors of a territory's dashboard: counted by the database per location and type within the territory's
 * bounding box, then kept when the location lies in the perimeter.
 */
@Component(service = ActorStatistics.class)
public class ActorsDashboard implements ActorStatistics {

    @Reference(target = "(osgi.unit.name=entraide-actors)")
    private JpaTemplate jpa;

    @Override
    public Map<String, Long> actorsByType(StatisticsScope scope) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Long> byType = new TreeMap<>();
            for (Object[] row : em.createQuery("SELECT a.lat, a.lon, a.type, COUNT(a) FROM ActorEntity a"
                    + " WHERE a.hidden = :hidden AND a.lat >= :south AND a.lat <= :north AND a.lon >= :west"
                    + " AND a.lon <= :east GROUP BY a.lat, a.lon, a.type", Object[].class)
                    .setParameter("hidden", false)
                    .setParameter("south", scope.south()).setParameter("north", scope.north())
                    .setParameter("west", scope.west()).setParameter("east", scope.east()).getResultList()) {
                if (scope.inside(GeoPoint.of((Double) row[0], (Double) row[1]))) {
                    byType.merge((String) row[2], ((Number) row[3]).longValue(), Long::sum);
                }
            }
            return byType;
        });
    }
}
