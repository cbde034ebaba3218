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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.territory.TerritoryStatistics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Residents of a territory: accounts whose home lies in it, active and suspended. */
@Component(service = TerritoryStatistics.class)
public class IdentityStatistics implements TerritoryStatistics {

    @Reference(target = "(osgi.unit.name=entraide-identity)")
    private JpaTemplate jpa;

    @Override
    public Map<String, Object> statistics(Predicate<GeoPoint> inside) {
        List<Object[]> homes = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT a.homeLat, a.homeLon, a.status FROM AccountEntity a", Object[].class).getResultList());
        long active = 0;
        long suspended = 0;
        for (Object[] home : homes) {
            if (inside.test(GeoPoint.of((Double) home[0], (Double) home[1]))) {
                if (home[2] == AccountStatus.ACTIVE) {
                    active++;
                } else {
                    suspended++;
                }
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("residents", active);
        figures.put("residents.suspended", suspended);
        return figures;
    }
}
