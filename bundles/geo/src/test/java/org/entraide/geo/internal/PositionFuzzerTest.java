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
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.junit.Test;

public class PositionFuzzerTest {

    private final PositionFuzzer fuzzer = new PositionFuzzer();
    private final CellGrid grid = new CellGrid(PositionFuzzer.ROWS);

    @Test
    public void publicPositionIsStable() {
        Random random = new Random(20);
        PositionFuzzer another = new PositionFuzzer();
        for (int i = 0; i < 10_000; i++) {
            double[] p = Regions.anywhere(random);
            double[] once = fuzzer.publicPosition(p[0], p[1]);
            assertArrayEquals(once, fuzzer.publicPosition(p[0], p[1]), 0);
            assertArrayEquals(once, another.publicPosition(p[0], p[1]), 0);
        }
    }

    @Test
    public void publicPositionIsAtMost500MetresFromThePrivatePoint() {
        Random random = new Random(21);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double[] p = i % 2 == 0 ? Regions.anywhere(random)
                    : new double[] {random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180};
            double[] shown = fuzzer.publicPosition(p[0], p[1]);
            worst = Math.max(worst, Geodesy.distanceMetres(p[0], p[1], shown[0], shown[1]));
        }
        assertTrue("worst " + worst + " m", worst <= 500);
        assertTrue("worst " + worst + " m: the cells are meant to be a few hundred metres", worst > 300);
    }

    @Test
    public void publicPositionIsAtMost500MetresAwayEvenAtThePolesAndTheAntimeridian() {
        double[][] points = {{90, 0}, {-90, 0}, {89.9999, 179.9999}, {-89.998, -179.9999}, {0, 180}, {0, -180},
            {45, 179.99999}, {-45, -179.99999}, {89.995, 12}, {-89.996, -77}};
        for (double[] p : points) {
            double[] shown = fuzzer.publicPosition(p[0], p[1]);
            double distance = Geodesy.distanceMetres(p[0], p[1], shown[0], shown[1]);
            assertTrue(Arrays.toString(p) + ": " + distance, distance <= 500);
        }
    }

    @Test
    public void neighboursInTheSameCellShareThePublicPosition() {
        Random random = new Random(22);
        for (int i = 0; i < 5000; i++) {
            double[] p = Regions.anywhere(random);
            int row = grid.row(p[0]);
            int column = grid.column(row, p[1]);
            double width = 360.0 / grid.columns(row);
            double[] neighbour = {grid.southOf(row) + random.nextDouble() * grid.rowHeightDegrees(),
                column * width - 180 + random.nextDouble() * width};
            if (grid.row(neighbour[0]) != row || grid.column(row, neighbour[1]) != column) {
                continue;
            }
            assertArrayEquals(fuzzer.publicPosition(p[0], p[1]), fuzzer.publicPosition(neighbour[0], neighbour[1]),
                    0);
        }
    }

    @Test
    public void averagingManyPostsFromOneCellRevealsOnlyTheCell() {
        Random random = new Random(23);
        double[] home = {43.2965, 5.3698};
        int row = grid.row(home[0]);
        int column = grid.column(row, home[1]);
        double width = 360.0 / grid.columns(row);
        double[] first = fuzzer.publicPosition(home[0], home[1]);
        double[] privateSum = new double[2];
        double[] publicSum = new double[2];
        int n = 1000;
        for (int i = 0; i < n; i++) {
            double[] fix = {grid.southOf(row) + (0.1 + 0.3 * random.nextDouble()) * grid.rowHeightDegrees(),
                column * width - 180 + (0.1 + 0.3 * random.nextDouble()) * width};
            double[] shown = fuzzer.publicPosition(fix[0], fix[1]);
            for (int k = 0; k < 2; k++) {
                privateSum[k] += fix[k];
                publicSum[k] += shown[k];
            }
        }
        double[] publicMean = {publicSum[0] / n, publicSum[1] / n};
        assertArrayEquals(first, publicMean, 1e-9);
        double privateMeanToCentre = Geodesy.distanceMetres(privateSum[0] / n, privateSum[1] / n, first[0], first[1]);
        assertTrue("the private fixes lie in one corner of the cell", privateMeanToCentre > 100);
    }

    @Test
    public void pointsOfDifferentCellsGetDifferentPublicPositions() {
        Random random = new Random(24);
        for (int i = 0; i < 5000; i++) {
            double[] p = Regions.anywhere(random);
            double[] north = {p[0] + grid.rowHeightDegrees(), p[1]};
            assertFalse(Arrays.equals(fuzzer.publicPosition(p[0], p[1]), fuzzer.publicPosition(north[0], north[1])));
        }
    }

    @Test
    public void thePublicPositionOfAPublicPositionIsItself() {
        Random random = new Random(25);
        GeoRadiusService geo = new GeoRadiusComponent();
        for (int i = 0; i < 5000; i++) {
            double[] p = Regions.anywhere(random);
            GeoPoint shown = geo.publicPosition(GeoPoint.of(p[0], p[1]));
            assertTrue(shown.equals(geo.publicPosition(shown)));
        }
    }
}
