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

import java.util.List;
import java.util.Objects;

import org.entraide.api.geo.GeoPoint;

/**
 * Where a territory is: a circle (a centre and a radius, which may exceed the 50 km of a search) or a list of INSEE
 * commune codes. A point belongs to a commune when the gazetteer's nearest place is of that commune: there are no
 * boundaries in the gazetteer, so near a boundary a point may fall in the neighbouring commune.
 *
 * @param centre the centre of a circle, or the mean position of the communes of a list
 * @param radiusKm the radius of a circle in kilometres; {@code null} for a list of communes
 * @param inseeCodes the communes of a list, upper case; empty for a circle
 */
public record Perimeter(GeoPoint centre, Double radiusKm, List<String> inseeCodes) {

    /** The largest circle a territory may have, in kilometres: Corsica and a département fit in it. */
    public static final double MAX_CIRCLE_KM = 500;

    /**
     * Checks the parts of a perimeter.
     *
     * @param centre the centre
     * @param radiusKm the radius of a circle, or null for a list of communes
     * @param inseeCodes the commune codes of a list
     */
    public Perimeter {
        Objects.requireNonNull(centre, "centre");
        inseeCodes = List.copyOf(inseeCodes);
        if ((radiusKm == null) == inseeCodes.isEmpty()) {
            throw new IllegalArgumentException("a perimeter is either a circle or a list of communes");
        }
    }

    /**
     * A circle.
     *
     * @param centre its centre
     * @param radiusKm its radius in kilometres
     * @return the perimeter
     */
    public static Perimeter circle(GeoPoint centre, double radiusKm) {
        return new Perimeter(centre, radiusKm, List.of());
    }

    /**
     * A list of communes.
     *
     * @param centre the mean position of their chefs-lieux
     * @param inseeCodes their INSEE codes
     * @return the perimeter
     */
    public static Perimeter communes(GeoPoint centre, List<String> inseeCodes) {
        return new Perimeter(centre, null, inseeCodes);
    }

    /**
     * Whether this is a circle rather than a list of communes.
     *
     * @return true for a circle
     */
    public boolean isCircle() {
        return radiusKm != null;
    }
}
