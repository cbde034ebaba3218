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
package org.entraide.geo.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.Place;
import org.junit.Test;

/** The ranking rules, on a handful of made-up places. */
public class PlaceIndexTest {

    private final PlaceIndex index = new PlaceIndex(List.of(
            place("Beaumont-sur-Oise", "95", 9000, "95260"),
            place("Beaumont", "63", 11000, "63110"),
            place("Beaumont", "24", 1200, "24440"),
            place("Le Grand-Beaumont", "01", 50000, "01100"),
            place("Beauvais", "60", 56000, "60000"),
            place("Élancourt", "78", 25000, "78990")));

    @Test
    public void exactNameFirstThenNamesStartingWithTheQueryThenInnerWords() {
        assertEquals(List.of("Beaumont/63", "Beaumont/24", "Beaumont-sur-Oise/95", "Le Grand-Beaumont/01"),
                labels(index.search("beaumont", 10)));
    }

    @Test
    public void withinARankTheMostPopulatedComesFirst() {
        assertEquals(List.of("Beauvais/60", "Beaumont/63", "Beaumont-sur-Oise/95", "Beaumont/24",
                "Le Grand-Beaumont/01"), labels(index.search("beau", 10)));
    }

    @Test
    public void accentsAreIgnoredBothWays() {
        assertEquals(List.of("Élancourt/78"), labels(index.search("elan", 10)));
        assertEquals(List.of("Élancourt/78"), labels(index.search("ÉLANCÖURT", 10)));
    }

    @Test
    public void anExactPostalCodeComesBeforeLongerOnes() {
        assertEquals(List.of("Beauvais/60"), labels(index.search("60000", 10)));
        assertEquals(List.of("Beaumont/63"), labels(index.search("6311", 10)));
        assertEquals(List.of("Beauvais/60", "Beaumont/63"), labels(index.search("6", 10)));
    }

    private static Place place(String name, String department, int population, String postalCode) {
        return new Place(name, null, null, department, null, List.of(postalCode), GeoPoint.of(46, 2), population);
    }

    private static List<String> labels(List<Place> places) {
        return places.stream().map(p -> p.name() + "/" + p.departmentCode()).toList();
    }
}
