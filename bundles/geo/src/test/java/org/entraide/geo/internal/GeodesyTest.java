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
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.Test;

public class GeodesyTest {

    private static final double ONE_MILLIMETRE = 0.001;

    @Test
    public void distanceAgreesWithVincentyOverRandomPairsInFranceAndOverseas() {
        Random random = new Random(1);
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            double[] a = Regions.anywhere(random);
            double[] b = i % 2 == 0 ? Regions.anywhere(random)
                    : new double[] {a[0] + (random.nextDouble() - 0.5), a[1] + (random.nextDouble() - 0.5)};
            double expected = Vincenty.distance(a[0], a[1], b[0], b[1]);
            double actual = Geodesy.distanceMetres(a[0], a[1], b[0], b[1]);
            worst = Math.max(worst, Math.abs(expected - actual));
        }
        assertTrue("worst difference " + worst + " m", worst <= ONE_MILLIMETRE);
    }

    @Test
    public void distanceAgreesWithProjGeodOnTheCommittedFixture() throws IOException {
        int pairs = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/geod-wgs84-distances.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                double actual = Geodesy.distanceMetres(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]));
                assertEquals(line, Double.parseDouble(f[5]), actual, ONE_MILLIMETRE);
                pairs++;
            }
        }
        assertTrue("pairs read: " + pairs, pairs >= 400);
    }

    @Test
    public void isWithinGivesTheSameAnswerAsTheDistanceNearTheBoundary() {
        Random random = new Random(2);
        int decidedByGeodesic = 0;
        for (int i = 0; i < 50_000; i++) {
            double[] centre = Regions.anywhere(random);
            double radius = 1 + random.nextDouble() * 49_999;
            double[] p = Vincenty.destination(centre[0], centre[1], random.nextDouble() * 360,
                    radius * (0.98 + random.nextDouble() * 0.04));
            double distance = Geodesy.distanceMetres(p[0], p[1], centre[0], centre[1]);
            assertEquals(distance <= radius, Geodesy.isWithinMetres(p[0], p[1], centre[0], centre[1], radius));
            if (Math.abs(distance - radius) < radius * 0.005) {
                decidedByGeodesic++;
            }
        }
        assertTrue(decidedByGeodesic > 1000);
    }

    @Test
    public void isWithinIsExactAtTheBoundary() {
        double[] centre = {48.8566, 2.3522};
        double[] p = Vincenty.destination(centre[0], centre[1], 33, 50_000);
        double distance = Geodesy.distanceMetres(p[0], p[1], centre[0], centre[1]);
        assertTrue(Geodesy.isWithinMetres(p[0], p[1], centre[0], centre[1], distance));
        assertTrue(!Geodesy.isWithinMetres(p[0], p[1], centre[0], centre[1], Math.nextDown(distance)));
    }

    @Test
    public void distanceIsSymmetricAndZeroForTheSamePoint() {
        Random random = new Random(3);
        for (int i = 0; i < 1000; i++) {
            double[] a = Regions.anywhere(random);
            double[] b = Regions.anywhere(random);
            assertEquals(0, Geodesy.distanceMetres(a[0], a[1], a[0], a[1]), 0);
            assertEquals(Geodesy.distanceMetres(a[0], a[1], b[0], b[1]),
                    Geodesy.distanceMetres(b[0], b[1], a[0], a[1]), 1e-6);
        }
    }

    @Test
    public void sphericalBoundsEncloseTheGeodesicDistance() {
        Random random = new Random(4);
        for (int i = 0; i < 20_000; i++) {
            double[] a = {random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180};
            double[] b = Vincenty.destination(a[0], a[1], random.nextDouble() * 360, random.nextDouble() * 100_000);
            double angle = Geodesy.centralAngle(a[0], a[1], b[0], b[1]);
            double distance = Geodesy.distanceMetres(a[0], a[1], b[0], b[1]);
            assertTrue(angle * Geodesy.MIN_CURVATURE_RADIUS <= distance + 1e-6);
            assertTrue(angle * Geodesy.MAX_CURVATURE_RADIUS >= distance - 1e-6);
        }
    }
}
