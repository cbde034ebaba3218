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

import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;

/**
 * A position on the WGS84 ellipsoid, in decimal degrees. A point is always valid: the constructor refuses
 * coordinates that are not finite or out of range.
 *
 * @param lat the latitude, from -90 (south pole) to 90 (north pole)
 * @param lon the longitude, from -180 to 180, east positive
 */
public record GeoPoint(double lat, double lon) {

    /**
     * Checks the coordinates.
     *
     * @throws ValidationException naming the field {@code lat} or {@code lon} when it is not finite or out of
     *         range
     */
    public GeoPoint {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new ValidationException(FieldError.of("lat", "out_of_range", "doit être un nombre de -90 à 90",
                    "must be a number from -90 to 90"));
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new ValidationException(FieldError.of("lon", "out_of_range", "doit être un nombre de -180 à 180",
                    "must be a number from -180 to 180"));
        }
    }

    /**
     * The point at these coordinates.
     *
     * @param lat the latitude in degrees, from -90 to 90
     * @param lon the longitude in degrees, from -180 to 180
     * @return the point
     * @throws ValidationException naming the field {@code lat} or {@code lon} that is wrong
     */
    public static GeoPoint of(double lat, double lon) {
        return new GeoPoint(lat, lon);
    }
}
