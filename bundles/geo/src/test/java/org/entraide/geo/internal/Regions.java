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

import java.util.Random;

/** Boxes around metropolitan France and the overseas departments, to draw random test points in. */
enum Regions {
    METROPOLE(41.3, 51.1, -5.2, 9.6),
    CORSICA(41.35, 43.05, 8.5, 9.6),
    GUADELOUPE(15.8, 16.6, -61.9, -61.0),
    MARTINIQUE(14.38, 14.9, -61.25, -60.8),
    GUYANE(2.1, 5.8, -54.6, -51.6),
    REUNION(-21.4, -20.85, 55.2, 55.85),
    MAYOTTE(-13.0, -12.6, 45.0, 45.3),
    SAINT_PIERRE_ET_MIQUELON(46.75, 47.15, -56.45, -56.1);

    private final double south;
    private final double north;
    private final double west;
    private final double east;

    Regions(double south, double north, double west, double east) {
        this.south = south;
        this.north = north;
        this.west = west;
        this.east = east;
    }

    /** A random point of the box, {lat, lon}. */
    double[] randomPoint(Random random) {
        return new double[] {south + random.nextDouble() * (north - south), west + random.nextDouble() * (east - west)};
    }

    /** A random point of a random region, metropolitan France half of the time. */
    static double[] anywhere(Random random) {
        Regions[] all = values();
        Regions region = random.nextBoolean() ? METROPOLE : all[random.nextInt(all.length)];
        return region.randomPoint(random);
    }
}
