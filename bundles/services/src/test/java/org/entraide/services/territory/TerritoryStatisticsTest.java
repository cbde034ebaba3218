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

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.entraide.api.geo.GeoPoint;
import org.junit.Test;

public class TerritoryStatisticsTest {

    record Thing(double lat, String type) {
    }

    @Test
    public void countsTheItemsInsideByTypeWithTheirTotal() {
        List<Thing> things = List.of(new Thing(42.0, "shop"), new Thing(42.1, "shop"), new Thing(42.2, "producer"),
                new Thing(48.0, "shop"));
        Map<String, Object> figures = TerritoryStatistics.countByType("actors", things,
                thing -> GeoPoint.of(thing.lat(), 8.7), Thing::type, point -> point.lat() < 43);
        assertEquals(Map.of("actors", 3L, "actors.shop", 2L, "actors.producer", 1L), figures);
        assertEquals(List.of("actors", "actors.producer", "actors.shop"), List.copyOf(figures.keySet()));
    }

    @Test
    public void nothingInsideIsATotalOfZero() {
        assertEquals(Map.of("operations", 0L), TerritoryStatistics.countByType("operations",
                List.of(new Thing(48.0, "home-delivery")), thing -> GeoPoint.of(thing.lat(), 2.3), Thing::type,
                point -> false));
    }
}
