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

import java.util.Arrays;

/**
 * The spatial cells of Entraide: four levels of {@link CellGrid}s of 512, 1024, 2048 and 4096 rows, whose cells
 * are about 39, 19.5, 9.8 and 4.9 km high. A key packs the level, the row and the column into one long:
 * {@code level << 48 | row << 24 | column}.
 *
 * <p>The covering of a circle at the level meant for its radius has at most 16 cells (a square of 4 by 4); a
 * level serves radii up to 50, 25, 12.5 and 6.25 km.
 */
public final class CellScheme {

    private static final int[] ROWS = {512, 1024, 2048, 4096};
    private static final double[] LEVEL_MAX_RADIUS_KM = {50, 25, 12.5, 6.25};
    private static final int LEVEL_SHIFT = 48;
    private static final int ROW_SHIFT = 24;
    private static final long FIELD_MASK = (1L << ROW_SHIFT) - 1;

    private final CellGrid[] grids;

    /** The scheme; it holds a few small tables and may be shared. */
    public CellScheme() {
        grids = new CellGrid[ROWS.length];
        for (int level = 0; level < ROWS.length; level++) {
            grids[level] = new CellGrid(ROWS[level]);
        }
    }

    /** The number of levels. */
    public int levelCount() {
        return grids.length;
    }

    /** The height of the cells of a level, in kilometres (a degree of latitude is 111.1 to 111.7 km). */
    public double cellSizeKm(int level) {
        return grid(level).rowHeightDegrees() * Math.PI / 180 * meanMeridianRadiusKm();
    }

    /** The level whose coverings of a circle of this radius stay at most 4 by 4 cells. */
    public int levelFor(double radiusKm) {
        int level = 0;
        while (level + 1 < LEVEL_MAX_RADIUS_KM.length && radiusKm <= LEVEL_MAX_RADIUS_KM[level + 1]) {
            level++;
        }
        return level;
    }

    /** The key of the cell of a level holding a point. */
    public long cellKey(double lat, double lon, int level) {
        CellGrid grid = grid(level);
        int row = grid.row(lat);
        return key(level, row, grid.column(row, lon));
    }

    /**
     * The keys of the cells of a level that together hold every point within a geodesic radius of a centre.
     *
     * @param lat latitude of the centre
     * @param lon longitude of the centre
     * @param radiusMetres the radius, above zero
     * @param level the level
     * @return distinct keys in ascending order
     */
    public long[] covering(double lat, double lon, double radiusMetres, int level) {
        CellGrid grid = grid(level);
        SphericalCap cap = new SphericalCap(lat, lon, radiusMetres);
        KeyBuffer keys = new KeyBuffer();
        int firstRow = grid.row(Math.max(-90, cap.southmost()));
        int lastRow = grid.row(Math.min(90, cap.northmost()));
        for (int row = firstRow; row <= lastRow; row++) {
            double halfWidth = cap.halfWidthDegrees(grid.southOf(row), grid.northOf(row));
            if (halfWidth >= 0) {
                addColumns(keys, grid, level, row, lon - halfWidth, lon + halfWidth);
            }
        }
        return keys.sortedDistinct();
    }

    private static void addColumns(KeyBuffer keys, CellGrid grid, int level, int row, double west, double east) {
        int count = grid.columns(row);
        if (east - west >= 360) {
            addRange(keys, level, row, 0, count - 1);
        } else if (west < -180) {
            addRange(keys, level, row, grid.column(row, west + 360), count - 1);
            addRange(keys, level, row, 0, grid.column(row, east));
        } else if (east > 180) {
            addRange(keys, level, row, grid.column(row, west), count - 1);
            addRange(keys, level, row, 0, grid.column(row, east - 360));
        } else {
            addRange(keys, level, row, grid.column(row, west), grid.column(row, east));
        }
    }

    private static void addRange(KeyBuffer keys, int level, int row, int firstColumn, int lastColumn) {
        for (int column = firstColumn; column <= lastColumn; column++) {
            keys.add(key(level, row, column));
        }
    }

    static long key(int level, int row, int column) {
        return ((long) level << LEVEL_SHIFT) | ((long) row << ROW_SHIFT) | column;
    }

    static int levelOf(long key) {
        return (int) (key >>> LEVEL_SHIFT);
    }

    static int rowOf(long key) {
        return (int) ((key >>> ROW_SHIFT) & FIELD_MASK);
    }

    static int columnOf(long key) {
        return (int) (key & FIELD_MASK);
    }

    CellGrid grid(int level) {
        if (level < 0 || level >= grids.length) {
            throw new IllegalArgumentException("no cell level " + level);
        }
        return grids[level];
    }

    private static double meanMeridianRadiusKm() {
        return (Geodesy.MIN_CURVATURE_RADIUS + Geodesy.MAX_CURVATURE_RADIUS) / 2 / 1000;
    }

    /** A growable array of keys. */
    private static final class KeyBuffer {
        private long[] keys = new long[32];
        private int size;

        void add(long key) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key;
        }

        long[] sortedDistinct() {
            long[] sorted = Arrays.copyOf(keys, size);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[distinct++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, distinct);
        }
    }
}
