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

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.entraide.api.geo.GeoPoint;

/**
 * What a bundle counts for a territory's dashboard: the things inside a perimeter, and among them what happened in a
 * period. A bundle first reads the rows whose position lies in the bounding box (an indexed, bounded query), then
 * keeps those {@link #inside(GeoPoint)}: the box is only a cheap first filter, the predicate is exact.
 *
 * @param south the southern edge of the bounding box, in degrees
 * @param west the western edge of the bounding box
 * @param north the northern edge of the bounding box
 * @param east the eastern edge of the bounding box
 * @param inside whether a position truly lies in the territory (public positions, actors' and operations'
 *        locations, residents' homes)
 * @param commune the INSEE code of the commune of a position, or {@code null} when the gazetteer has none
 * @param from the start of the period, inclusive
 * @param until the end of the period, exclusive
 * @param now the instant the figures about "now" are taken at
 * @since 1.2
 */
public record StatisticsScope(double south, double west, double north, double east, Predicate<GeoPoint> inside,
        Function<GeoPoint, String> commune, Instant from, Instant until, Instant now) {

    /**
     * Checks the parts.
     *
     * @param south the southern edge
     * @param west the western edge
     * @param north the northern edge
     * @param east the eastern edge
     * @param inside the exact membership
     * @param commune the commune of a position
     * @param from the start of the period
     * @param until the end of the period
     * @param now the instant of "now"
     */
    public StatisticsScope {
        Objects.requireNonNull(inside, "inside");
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(now, "now");
        if (south > north || west > east) {
            throw new IllegalArgumentException("the box's edges are out of order");
        }
    }

    /**
     * Whether a position lies in the territory.
     *
     * @param position the position
     * @return true inside
     */
    public boolean inside(GeoPoint position) {
        return inside.test(position);
    }

    /**
     * Whether an instant falls in the period.
     *
     * @param at the instant
     * @return true from {@link #from()} inclusive to {@link #until()} exclusive
     */
    public boolean during(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
