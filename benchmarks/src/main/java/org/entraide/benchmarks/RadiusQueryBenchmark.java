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

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.entraide.geo.internal.CellScheme;
import org.entraide.geo.internal.Geodesy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * All the points within a radius among 1,000,000 points of the reference workload, in memory: through the cells
 * of the covering (points pre-grouped by cell, as an index would) then the exact test, against a full scan with
 * the same exact test. Both count the same points.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RadiusQueryBenchmark {

    private static final int POINTS = 1_000_000;
    private static final int CENTRES = 256;

    /** The radius in kilometres. */
    @Param({"10", "50"})
    public double radiusKm;

    /** Where the circles are: around random places of the workload, or all around Paris. */
    @Param({"places", "paris"})
    public String centre;

    private double[] points;
    private double[] centres;
    private CellBuckets buckets;
    private int next;

    /** Draws the points and groups them by cell at the level the radius uses. */
    @Setup
    public void load() {
        Workload workload = Workload.load();
        points = workload.points(POINTS, 2025);
        CellScheme scheme = new CellScheme();
        buckets = new CellBuckets(scheme, scheme.levelFor(radiusKm), points);
        Random random = new Random(99);
        centres = new double[CENTRES * 2];
        for (int i = 0; i < CENTRES; i++) {
            double[] c = "paris".equals(centre) ? Workload.PARIS : workload.randomPlace(random);
            centres[2 * i] = c[0];
            centres[2 * i + 1] = c[1];
        }
    }

    /** The covering's cells, then the exact test on the points they hold. */
    @Benchmark
    public long cellsThenExactFilter() {
        int i = next++ & (CENTRES - 1);
        return buckets.countWithin(centres[2 * i], centres[2 * i + 1], radiusKm * 1000)[0];
    }

    /** Every point, with the same exact test. */
    @Benchmark
    public long fullScan() {
        int i = next++ & (CENTRES - 1);
        double lat = centres[2 * i];
        double lon = centres[2 * i + 1];
        double radius = radiusKm * 1000;
        long inside = 0;
        for (int p = 0; p < points.length; p += 2) {
            if (Geodesy.isWithinMetres(points[p], points[p + 1], lat, lon, radius)) {
                inside++;
            }
        }
        return inside;
    }
}
