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
import java.util.Random;

import org.entraide.geo.internal.CellScheme;

/**
 * Prints what the benchmarks do not time: how many cells a covering has, how many points a query reads through
 * them and how many of those are inside, over the reference workload. Run it with
 * {@code java -cp benchmarks/target/benchmarks.jar org.entraide.benchmarks.WorkloadStatistics}.
 */
public final class WorkloadStatistics {

    private static final int POINTS = 1_000_000;
    private static final int QUERIES = 500;

    private WorkloadStatistics() {
    }

    /**
     * Prints the statistics.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        Workload workload = Workload.load();
        double[] points = workload.points(POINTS, 2025);
        CellScheme scheme = new CellScheme();
        System.out.printf("%d points around %d places%n", POINTS, workload.placeCount());
        System.out.println("radius  centre  level  cell km  cells p50/max  read p50/p99  inside p50/p99  read/inside");
        for (double radiusKm : new double[] {5, 10, 25, 50}) {
            int level = scheme.levelFor(radiusKm);
            CellBuckets buckets = new CellBuckets(scheme, level, points);
            for (String centre : new String[] {"places", "paris"}) {
                Random random = new Random(5);
                long[] cells = new long[QUERIES];
                long[] read = new long[QUERIES];
                long[] inside = new long[QUERIES];
                long readSum = 0;
                long insideSum = 0;
                for (int q = 0; q < QUERIES; q++) {
                    double[] c = "paris".equals(centre) ? Workload.PARIS : workload.randomPlace(random);
                    cells[q] = scheme.covering(c[0], c[1], radiusKm * 1000, level).length;
                    long[] counted = buckets.countWithin(c[0], c[1], radiusKm * 1000);
                    inside[q] = counted[0];
                    read[q] = counted[1];
                    readSum += counted[1];
                    insideSum += counted[0];
                }
                System.out.printf("%5.0f km  %-6s  %5d  %7.1f  %6d/%-6d  %6d/%-7d  %6d/%-7d  %.2f%n", radiusKm, centre,
                        level, scheme.cellSizeKm(level), percentile(cells, 50), percentile(cells, 100),
                        percentile(read, 50), percentile(read, 99), percentile(inside, 50), percentile(inside, 99),
                        (double) readSum / Math.max(1, insideSum));
            }
        }
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
