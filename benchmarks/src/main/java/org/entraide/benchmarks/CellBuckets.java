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

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.entraide.geo.internal.CellScheme;
import org.entraide.geo.internal.Geodesy;

/**
 * Points grouped by their cell key at one level, in memory: what an index on the cell column gives a database,
 * without the database.
 */
public final class CellBuckets {

    private static final double[] EMPTY = new double[0];

    private final CellScheme scheme;
    private final int level;
    private final Map<Long, double[]> buckets = new HashMap<>();

    /**
     * Groups points.
     *
     * @param scheme the cell scheme
     * @param level the level whose keys group the points
     * @param points latitudes at even indexes, longitudes at odd ones
     */
    public CellBuckets(CellScheme scheme, int level, double[] points) {
        this.scheme = scheme;
        this.level = level;
        Map<Long, Integer> sizes = new HashMap<>();
        long[] keys = new long[points.length / 2];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = scheme.cellKey(points[2 * i], points[2 * i + 1], level);
            sizes.merge(keys[i], 1, Integer::sum);
        }
        Map<Long, Integer> filled = new HashMap<>();
        for (Map.Entry<Long, Integer> size : sizes.entrySet()) {
            buckets.put(size.getKey(), new double[size.getValue() * 2]);
        }
        for (int i = 0; i < keys.length; i++) {
            int at = filled.merge(keys[i], 1, Integer::sum) - 1;
            double[] bucket = buckets.get(keys[i]);
            bucket[2 * at] = points[2 * i];
            bucket[2 * at + 1] = points[2 * i + 1];
        }
    }

    /**
     * Counts the points within a radius: the covering's cells, then the exact test on their points.
     *
     * @param lat latitude of the centre
     * @param lon longitude of the centre
     * @param radiusMetres the radius
     * @return {points inside, points read}
     */
    public long[] countWithin(double lat, double lon, double radiusMetres) {
        long inside = 0;
        long read = 0;
        for (long key : scheme.covering(lat, lon, radiusMetres, level)) {
            double[] bucket = buckets.getOrDefault(key, EMPTY);
            read += bucket.length / 2;
            for (int i = 0; i < bucket.length; i += 2) {
                if (Geodesy.isWithinMetres(bucket[i], bucket[i + 1], lat, lon, radiusMetres)) {
                    inside++;
                }
            }
        }
        return new long[] {inside, read};
    }

    /** The number of non-empty cells. */
    public int cellCount() {
        return buckets.size();
    }

    /** The sizes of the non-empty cells, ascending. */
    public int[] cellSizes() {
        int[] sizes = buckets.values().stream().mapToInt(b -> b.length / 2).toArray();
        Arrays.sort(sizes);
        return sizes;
    }
}
