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

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.Test;

public class CellSchemeTest {

    private static final double[] RADII_KM = {0.05, 1, 5, 6.25, 10, 12.5, 25, 49.99, 50};

    private final CellScheme scheme = new CellScheme();

    @Test
    public void coveringContainsTheCellOfEveryPointInside() {
        Random random = new Random(10);
        for (int circle = 0; circle < 3000; circle++) {
            double[] centre = Regions.anywhere(random);
            double radius = radiusMetres(random, circle);
            assertCoveringHoldsPointsInside(centre, radius, scheme.levelFor(radius / 1000), random, 100);
        }
    }

    @Test
    public void coveringOfEveryLevelContainsTheCellOfEveryPointInside() {
        Random random = new Random(11);
        for (int circle = 0; circle < 1000; circle++) {
            double[] centre = Regions.anywhere(random);
            double radius = radiusMetres(random, circle);
            for (int level = 0; level < scheme.levelCount(); level++) {
                assertCoveringHoldsPointsInside(centre, radius, level, random, 30);
            }
        }
    }

    @Test
    public void coveringIsCompleteNearThePolesAndAcrossTheAntimeridian() {
        Random random = new Random(12);
        for (int circle = 0; circle < 2000; circle++) {
            double lat = circle % 2 == 0 ? 90 - random.nextDouble() * 1.5 : -90 + random.nextDouble() * 1.5;
            double lon = circle % 3 == 0 ? 180 - random.nextDouble() : random.nextDouble() * 360 - 180;
            if (circle % 5 == 0) {
                lat = random.nextDouble() * 170 - 85;
                lon = circle % 2 == 0 ? 179.9 + random.nextDouble() * 0.1 : -179.9 - random.nextDouble() * 0.1;
            }
            double radius = radiusMetres(random, circle);
            int level = random.nextInt(scheme.levelCount());
            assertCoveringHoldsPointsInside(new double[] {lat, lon}, radius, level, random, 60);
        }
    }

    @Test
    public void coveringOfTheLevelForTheRadiusHasAtMostSixteenCells() {
        Random random = new Random(13);
        for (int circle = 0; circle < 5000; circle++) {
            double[] centre = Regions.anywhere(random);
            double radiusKm = circle % 2 == 0 ? RADII_KM[circle / 2 % RADII_KM.length] : random.nextDouble() * 50;
            if (radiusKm <= 0) {
                continue;
            }
            long[] keys = scheme.covering(centre[0], centre[1], radiusKm * 1000, scheme.levelFor(radiusKm));
            assertTrue(keys.length + " cells for " + radiusKm + " km", keys.length <= 16);
        }
    }

    @Test
    public void everyCellOfACoveringComesNearTheCircle() {
        Random random = new Random(14);
        for (int circle = 0; circle < 1000; circle++) {
            double[] centre = Regions.anywhere(random);
            double radius = radiusMetres(random, circle);
            int level = scheme.levelFor(radius / 1000);
            CellGrid grid = scheme.grid(level);
            double halfDiagonal = scheme.cellSizeKm(level) * 1000 * Math.sqrt(2) / 2 * 1.05;
            for (long key : scheme.covering(centre[0], centre[1], radius, level)) {
                int row = CellScheme.rowOf(key);
                double lat = grid.middleLatitude(row);
                double lon = grid.middleLongitude(row, CellScheme.columnOf(key));
                double distance = Geodesy.distanceMetres(centre[0], centre[1], lat, lon);
                assertTrue(distance + " m from a circle of " + radius, distance <= radius + halfDiagonal);
            }
        }
    }

    @Test
    public void coveringKeysAreSortedAndDistinct() {
        Random random = new Random(15);
        for (int circle = 0; circle < 500; circle++) {
            double[] centre = Regions.anywhere(random);
            long[] keys = scheme.covering(centre[0], centre[1], radiusMetres(random, circle), random.nextInt(4));
            long[] sorted = Arrays.stream(keys).distinct().sorted().toArray();
            assertArrayEquals(sorted, keys);
        }
    }

    @Test
    public void cellKeysOfDifferentLevelsNeverCollideAndDecodeToTheirParts() {
        Random random = new Random(16);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            double[] p = {random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180};
            for (int level = 0; level < scheme.levelCount(); level++) {
                long key = scheme.cellKey(p[0], p[1], level);
                CellGrid grid = scheme.grid(level);
                assertEquals(level, CellScheme.levelOf(key));
                assertEquals(grid.row(p[0]), CellScheme.rowOf(key));
                assertEquals(grid.column(grid.row(p[0]), p[1]), CellScheme.columnOf(key));
                assertTrue(key >= 0 && key < (1L << 51));
                seen.add(key);
            }
        }
        for (long key : seen) {
            assertEquals(key, CellScheme.key(CellScheme.levelOf(key), CellScheme.rowOf(key),
                    CellScheme.columnOf(key)));
        }
    }

    @Test
    public void cellKeysFollowTheDocumentedFormula() {
        Random random = new Random(17);
        int[] rows = {512, 1024, 2048, 4096};
        for (int i = 0; i < 5000; i++) {
            double[] p = Regions.anywhere(random);
            for (int level = 0; level < rows.length; level++) {
                double height = 180.0 / rows[level];
                int row = (int) Math.floor((p[0] + 90) / height);
                double edge = row < rows[level] / 2 ? (row + 1) * height - 90 : row * height - 90;
                int columns = (int) Math.ceil(360 * StrictMath.cos(Math.toRadians(edge)) / height - 1e-9);
                int column = (int) Math.floor((p[1] + 180) / 360 * columns);
                assertEquals(((long) level << 48) | ((long) row << 24) | column, scheme.cellKey(p[0], p[1], level));
            }
        }
    }

    @Test
    public void cellsAreAboutAsWideAsTheyAreHigh() {
        for (int level = 0; level < scheme.levelCount(); level++) {
            CellGrid grid = scheme.grid(level);
            double height = scheme.cellSizeKm(level) * 1000;
            for (double lat = -60; lat <= 60; lat += 0.5) {
                int row = grid.row(lat);
                double mid = grid.middleLatitude(row);
                double width = Geodesy.distanceMetres(mid, grid.middleLongitude(row, 0), mid,
                        grid.middleLongitude(row, 1));
                assertTrue(level + "@" + lat + ": " + width + " vs " + height,
                        width > height * 0.95 && width < height * 1.05);
            }
        }
    }

    private void assertCoveringHoldsPointsInside(double[] centre, double radius, int level, Random random, int n) {
        long[] keys = scheme.covering(centre[0], centre[1], radius, level);
        Set<Long> covering = new HashSet<>();
        for (long key : keys) {
            covering.add(key);
        }
        for (int i = 0; i < n; i++) {
            double fraction = i % 4 == 0 ? 1 - random.nextDouble() * 1e-6 : Math.sqrt(random.nextDouble());
            double[] p = Vincenty.destination(centre[0], centre[1], random.nextDouble() * 360, radius * fraction);
            if (Geodesy.distanceMetres(centre[0], centre[1], p[0], p[1]) > radius) {
                continue;
            }
            long key = scheme.cellKey(p[0], p[1], level);
            assertTrue("cell of " + p[0] + "," + p[1] + " missing from the covering of " + centre[0] + ","
                    + centre[1] + " r=" + radius + " level " + level, covering.contains(key));
        }
    }

    private static double radiusMetres(Random random, int circle) {
        return circle % 3 == 0 ? RADII_KM[circle / 3 % RADII_KM.length] * 1000 : 1 + random.nextDouble() * 49_999;
    }
}
