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

import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.geo.internal.GeoRadiusComponent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The cost of one call of the geo service: a distance, a radius test, a public position. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GeoBenchmarks {

    private static final int SIZE = 1024;

    private final GeoRadiusService geo = new GeoRadiusComponent();
    private GeoPoint[] from;
    private GeoPoint[] to;
    private int next;

    /** Pairs of points of metropolitan France, up to about 60 km apart, as feed queries meet them. */
    @Setup
    public void pairs() {
        Random random = new Random(42);
        from = new GeoPoint[SIZE];
        to = new GeoPoint[SIZE];
        for (int i = 0; i < SIZE; i++) {
            double lat = 42.5 + random.nextDouble() * 8.5;
            double lon = -4.5 + random.nextDouble() * 12.5;
            from[i] = GeoPoint.of(lat, lon);
            to[i] = GeoPoint.of(lat + (random.nextDouble() - 0.5) * 0.9, lon + (random.nextDouble() - 0.5) * 1.3);
        }
    }

    /** Geodesic distance, GeographicLib's inverse problem. */
    @Benchmark
    public double distance() {
        int i = next++ & (SIZE - 1);
        return geo.distanceMetres(from[i], to[i]);
    }

    /** Is the point within 50 km: a spherical bound decides most pairs, the geodesic the others. */
    @Benchmark
    public boolean isWithin50Km() {
        int i = next++ & (SIZE - 1);
        return geo.isWithin(to[i], from[i], 50);
    }

    /** The fuzzed public position of a private point. */
    @Benchmark
    public GeoPoint publicPosition() {
        int i = next++ & (SIZE - 1);
        return geo.publicPosition(to[i]);
    }
}
