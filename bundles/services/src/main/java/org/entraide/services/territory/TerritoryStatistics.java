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
package org.entraide.services.territory;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.entraide.api.geo.GeoPoint;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's figures about a territory, for the operator's {@code entraide:territory-stats}. Identity counts
 * residents, posts count posts by status and the time to a first answer, actors and operations count theirs.
 */
@ConsumerType
public interface TerritoryStatistics {

    /**
     * Figures about what lies inside a perimeter, in the order they are best read.
     *
     * @param inside whether a position lies in the territory: residents' homes, posts' public positions,
     *        actors' and operations' locations
     * @return named figures, such as {@code posts.OPEN = 12} or {@code posts.medianFirstAnswer = PT2H}
     */
    Map<String, Object> statistics(Predicate<GeoPoint> inside);

    /**
     * The figures of a family of located things counted by type, as actors and operations give them: the total
     * under {@code family} and one count per type under {@code family.<type>}, of the items inside.
     *
     * @param family the figures' name, such as {@code actors}
     * @param items every item, inside or not
     * @param position where an item lies
     * @param type an item's type key
     * @param inside whether a position lies in the territory
     * @return the figures, sorted by name
     */
    static <T> Map<String, Object> countByType(String family, Collection<T> items, Function<T, GeoPoint> position,
            Function<T, String> type, Predicate<GeoPoint> inside) {
        Map<String, Object> figures = new TreeMap<>();
        long total = 0;
        for (T item : items) {
            if (inside.test(position.apply(item))) {
                figures.merge(family + "." + type.apply(item), 1L, (a, b) -> (Long) a + (Long) b);
                total++;
            }
        }
        figures.put(family, total);
        return figures;
    }
}
