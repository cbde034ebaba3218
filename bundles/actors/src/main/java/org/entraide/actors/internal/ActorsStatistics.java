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

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.territory.TerritoryStatistics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Actors of a territory (by their public address) by type. */
@Component(service = TerritoryStatistics.class)
public class ActorsStatistics implements TerritoryStatistics {

    @Reference(target = "(osgi.unit.name=entraide-actors)")
    private JpaTemplate jpa;

    @Override
    public Map<String, Object> statistics(Predicate<GeoPoint> inside) {
        List<Object[]> rows = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT a.lat, a.lon, a.type FROM ActorEntity a", Object[].class).getResultList());
        return TerritoryStatistics.countByType("actors", rows, row -> GeoPoint.of((Double) row[0], (Double) row[1]),
                row -> (String) row[2], inside);
    }
}
