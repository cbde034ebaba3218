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

import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.geo.internal.GeoRadiusComponent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The cost of computing the cells that cover a circle, at the level the service picks for the radius. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CoveringBenchmark {

    private static final int SIZE = 1024;

    /** The radius in kilometres. */
    @Param({"10", "50"})
    public double radiusKm;

    private final GeoRadiusService geo = new GeoRadiusComponent();
    private GeoPoint[] centres;
    private int next;

    /** Random centres over metropolitan France. */
    @Setup
    public void centres() {
        Random random = new Random(7);
        centres = new GeoPoint[SIZE];
        for (int i = 0; i < SIZE; i++) {
            centres[i] = GeoPoint.of(42.5 + random.nextDouble() * 8.5, -4.5 + random.nextDouble() * 12.5);
        }
    }

    /** One covering, as the service returns it. */
    @Benchmark
    public CellCovering covering() {
        return geo.covering(centres[next++ & (SIZE - 1)], radiusKm);
    }
}
