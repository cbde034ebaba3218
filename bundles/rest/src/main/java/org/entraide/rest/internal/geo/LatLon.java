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
package org.entraide.rest.internal.geo;

import java.util.ArrayList;
import java.util.List;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;

/** A location as clients send and receive it: {@code {"lat": 41.92, "lon": 8.74}}. */
public record LatLon(Double lat, Double lon) {

    /**
     * A location as a request body gives it: absent ({@code null}) or with both numbers. An object given with
     * a number missing or null, as {@code {"lat":null,"lon":null}}, is a 422 naming what is missing, never the
     * same as no object at all (which, for a post, means "at my home").
     *
     * @param location the location given, or {@code null}
     * @param field the body's name of it, such as {@code location} or {@code home}
     * @return the location, checked
     */
    public static LatLon given(LatLon location, String field) {
        if (location == null) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        if (location.lat() == null) {
            errors.add(FieldError.of(field + ".lat", "required", "est obligatoire", "is required"));
        }
        if (location.lon() == null) {
            errors.add(FieldError.of(field + ".lon", "required", "est obligatoire", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return location;
    }

    /** The latitude of a location that may be absent. */
    public static Double latOf(LatLon location) {
        return location == null ? null : location.lat();
    }

    /** The longitude of a location that may be absent. */
    public static Double lonOf(LatLon location) {
        return location == null ? null : location.lon();
    }
}
