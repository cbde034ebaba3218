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
 * Distances as shown to people: to the nearest half kilometre, never below half a kilometre. A public position
 * is only known to within a cell of about 600 m, so a finer figure would pretend to a precision nobody has; the
 * floor of 0.5 km keeps "0 km" from suggesting the same doorstep.
 */
public final class DisplayDistance {

    private static final double STEP_KM = 0.5;

    private DisplayDistance() {
    }

    /**
     * The distance to show.
     *
     * @param metres the distance in metres, not negative
     * @return kilometres, a multiple of 0.5 and at least 0.5
     * @throws IllegalArgumentException when the distance is negative or not a number
     */
    public static double kilometres(double metres) {
        if (!(metres >= 0) || Double.isInfinite(metres)) {
            throw new IllegalArgumentException("a distance must be a finite number of metres, not negative");
        }
        double steps = Math.floor(metres / 1000 / STEP_KM + 0.5);
        return Math.max(1, steps) * STEP_KM;
    }
}
