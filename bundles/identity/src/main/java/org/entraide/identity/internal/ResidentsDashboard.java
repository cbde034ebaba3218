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
package org.entraide.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.identity.ResidentStatistics;
import org.entraide.services.territory.StatisticsScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The residents of a territory's dashboard: the active accounts whose home lies in the territory's bounding box are
 * read (two numbers each), kept when the home lies in the perimeter, and counted by commune; homes are not kept.
 */
@Component(service = ResidentStatistics.class)
public class ResidentsDashboard implements ResidentStatistics {

    @Reference(target = "(osgi.unit.name=entraide-identity)")
    private JpaTemplate jpa;

    public ResidentsDashboard() {
    }

    ResidentsDashboard(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Map<String, Long> residentsByCommune(StatisticsScope scope) {
        List<Object[]> homes = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT a.homeLat, a.homeLon FROM AccountEntity a WHERE a.status = :active"
                        + " AND a.homeLat >= :south AND a.homeLat <= :north AND a.homeLon >= :west"
                        + " AND a.homeLon <= :east", Object[].class)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("south", scope.south()).setParameter("north", scope.north())
                .setParameter("west", scope.west()).setParameter("east", scope.east()).getResultList());
        Map<String, Long> byCommune = new TreeMap<>();
        for (Object[] row : homes) {
            GeoPoint home = GeoPoint.of((Double) row[0], (Double) row[1]);
            if (scope.inside(home)) {
                String commune = scope.commune().apply(home);
                byCommune.merge(commune == null ? "" : commune, 1L, Long::sum);
            }
        }
        return byCommune;
    }
}
