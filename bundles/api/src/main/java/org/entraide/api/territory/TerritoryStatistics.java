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
package org.entraide.api.territory;

import java.util.Map;
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
}
