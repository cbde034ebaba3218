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
package org.entraide.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.entraide.api.geo.Place;
import org.entraide.geo.internal.PlaceDataset;

/**
 * The reference feed workload of the project's benchmarks (shared/BENCHMARKS.md), positions only: 70 % of the
 * points within about 3 km of a French place, 20 % uniform over metropolitan France, 10 % within about 15 km of
 * Paris. The places are those of the gazetteer with at least 1,000 inhabitants, which is about the GeoNames list
 * the reference workload names. The same seed gives the same points.
 */
public final class Workload {

    /** Paris, the worst case: the densest circle. */
    static final double[] PARIS = {48.8566, 2.3522};

    private final double[] places;

    private Workload(double[] places) {
        this.places = places;
    }

    /**
     * The workload over the metropolitan places of the gazetteer.
     *
     * @return the workload
     */
    public static Workload load() {
        List<double[]> found = new ArrayList<>();
        for (Place place : PlaceDataset.load()) {
            double lat = place.position().lat();
            double lon = place.position().lon();
            if (place.population() >= 1000 && lat >= 41.3 && lat <= 51.2 && lon >= -5.2 && lon <= 9.6) {
                found.add(new double[] {lat, lon});
            }
        }
        double[] flat = new double[found.size() * 2];
        for (int i = 0; i < found.size(); i++) {
            flat[2 * i] = found.get(i)[0];
            flat[2 * i + 1] = found.get(i)[1];
        }
        return new Workload(flat);
    }

    /** The number of places points crowd around. */
    public int placeCount() {
        return places.length / 2;
    }

    /**
     * A random place, used as a query centre.
     *
     * @param random the source of randomness
     * @return {lat, lon}
     */
    public double[] randomPlace(Random random) {
        int i = random.nextInt(placeCount());
        return new double[] {places[2 * i], places[2 * i + 1]};
    }

    /**
     * Points of the workload.
     *
     * @param count how many
     * @param seed the seed; the same seed gives the same points
     * @return latitudes at even indexes, longitudes at odd ones
     */
    public double[] points(int count, long seed) {
        Random random = new Random(seed);
        double[] points = new double[count * 2];
        for (int i = 0; i < count; i++) {
            double draw = random.nextDouble();
            double lat;
            double lon;
            if (draw < 0.7) {
                double[] place = randomPlace(random);
                lat = place[0] + (random.nextDouble() * 2 - 1) * 0.0275;
                lon = place[1] + (random.nextDouble() * 2 - 1) * 0.04;
            } else if (draw < 0.9) {
                lat = 42.5 + random.nextDouble() * 8.5;
                lon = -4.5 + random.nextDouble() * 12.5;
            } else {
                lat = PARIS[0] + (random.nextDouble() * 2 - 1) * 0.135;
                lon = PARIS[1] + (random.nextDouble() * 2 - 1) * 0.2;
            }
            points[2 * i] = lat;
            points[2 * i + 1] = lon;
        }
        return points;
    }
}
