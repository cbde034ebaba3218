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

/**
 * The public position of a private point: the centre of its cell in a {@link CellGrid} of 32768 rows, whose
 * cells are about 610 m high and at most about as wide. The centre is at most about 435 m from any point of its
 * cell, the same for all of them, and depends on nothing but the point.
 */
public final class PositionFuzzer {

    /** Rows of the fuzzing grid: 180 / 32768 degrees, about 611 m, per row. */
    static final int ROWS = 32768;

    private final CellGrid grid = new CellGrid(ROWS);

    /**
     * The public position of a point.
     *
     * @param lat latitude of the private point, degrees
     * @param lon longitude of the private point, degrees
     * @return latitude and longitude of the public position, degrees
     */
    public double[] publicPosition(double lat, double lon) {
        int row = grid.row(lat);
        int column = grid.column(row, lon);
        return new double[] {grid.middleLatitude(row), grid.middleLongitude(row, column)};
    }

    /** The approximate height of a fuzzing cell, in metres. */
    double cellSizeMetres() {
        return grid.rowHeightDegrees() * Math.PI / 180 * (Geodesy.MIN_CURVATURE_RADIUS + Geodesy.MAX_CURVATURE_RADIUS)
                / 2;
    }
}
