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
 * A grid of nearly square cells over the whole globe: rows of equal latitude height, each cut into as many
 * columns of equal longitude width as make the cells, at the row's edge nearest the equator, no wider than they
 * are high. Cells are thus about the same size everywhere, and the rows next to the poles hold only a few.
 *
 * <p>Which cell holds a point is part of the stored data (cell keys, public positions), so it must never change
 * between machines or versions: the column counts are computed with {@link StrictMath}.
 */
final class CellGrid {

    private final int rows;
    private final double rowHeight;
    private final int[] columns;

    /**
     * A grid of the given number of rows.
     *
     * @param rows the number of rows from the south pole to the north pole, even
     */
    CellGrid(int rows) {
        if (rows < 2 || rows % 2 != 0) {
            throw new IllegalArgumentException("rows must be even and at least 2");
        }
        this.rows = rows;
        this.rowHeight = 180.0 / rows;
        this.columns = new int[rows];
        for (int row = 0; row < rows; row++) {
            double edgeNearestEquator = row < rows / 2 ? northOf(row) : southOf(row);
            double circumference = 360.0 * StrictMath.cos(StrictMath.toRadians(edgeNearestEquator));
            columns[row] = Math.max(1, (int) StrictMath.ceil(circumference / rowHeight - 1e-9));
        }
    }

    /** The number of rows. */
    int rows() {
        return rows;
    }

    /** The height of a row, in degrees of latitude. */
    double rowHeightDegrees() {
        return rowHeight;
    }

    /** The row holding a latitude; the north pole belongs to the last row. */
    int row(double lat) {
        int row = (int) Math.floor((lat + 90.0) / 180.0 * rows);
        return Math.max(0, Math.min(rows - 1, row));
    }

    /** The number of columns of a row. */
    int columns(int row) {
        return columns[row];
    }

    /** The column of a row holding a longitude; longitude 180 belongs to the last column, -180 to the first. */
    int column(int row, double lon) {
        int count = columns[row];
        int column = (int) Math.floor((lon + 180.0) / 360.0 * count);
        return Math.max(0, Math.min(count - 1, column));
    }

    /** The latitude of the southern edge of a row. */
    double southOf(int row) {
        return row * rowHeight - 90.0;
    }

    /** The latitude of the northern edge of a row. */
    double northOf(int row) {
        return (row + 1) * rowHeight - 90.0;
    }

    /** The latitude of the middle of a row. */
    double middleLatitude(int row) {
        return (row + 0.5) * rowHeight - 90.0;
    }

    /** The longitude of the middle of a cell. */
    double middleLongitude(int row, int column) {
        return (column + 0.5) * 360.0 / columns[row] - 180.0;
    }
}
