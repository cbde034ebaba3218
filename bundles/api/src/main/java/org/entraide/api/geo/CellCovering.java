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
package org.entraide.api.geo;

import java.util.List;

/**
 * The spatial cells, all of one level, that together contain every point of a circle. A radius query reads the
 * rows whose cell key at {@link #level()} is one of {@link #keys()}, then keeps those truly inside the circle.
 *
 * @param level the cell level of every key, an index into {@link GeoRadiusService#cellKeys(GeoPoint)}
 * @param keys the cell keys, distinct and in ascending order
 */
public record CellCovering(int level, List<Long> keys) {

    /**
     * Copies the keys.
     *
     * @param level the cell level
     * @param keys the distinct cell keys, in ascending order
     */
    public CellCovering {
        if (level < 0) {
            throw new IllegalArgumentException("level must not be negative");
        }
        keys = List.copyOf(keys);
    }

    /**
     * Whether a cell is part of the covering.
     *
     * @param key a cell key of {@link #level()}
     * @return true when a row in that cell may lie inside the circle
     */
    public boolean contains(long key) {
        int low = 0;
        int high = keys.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long found = keys.get(middle);
            if (found < key) {
                low = middle + 1;
            } else if (found > key) {
                high = middle - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * The number of cells.
     *
     * @return how many index lookups the radius query makes
     */
    public int size() {
        return keys.size();
    }
}
