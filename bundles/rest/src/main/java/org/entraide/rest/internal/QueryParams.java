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
package org.entraide.rest.internal;

import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.geo.GeoPoint;

/**
 * Query parameters are read as text and parsed here, so that {@code ?limit=abc} is a 400 naming the
 * parameter rather than the 404 that JAX-RS gives a failed conversion.
 */
public final class QueryParams {

    /** The API's list sizes: {@code ?limit=N}, 20 by default, 100 at most. */
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private QueryParams() {
    }

    /** {@code ?limit=} of a list, as API.md defines it. */
    public static int limit(String raw) {
        return integer(raw, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    /** A centre from {@code lat} and {@code lon}, both or neither; out of range is a 400 naming the parameter. */
    public static GeoPoint centre(String rawLat, String rawLon) {
        Double lat = decimal(rawLat, "lat");
        Double lon = decimal(rawLon, "lon");
        if (lat == null && lon == null) {
            return null;
        }
        if (lat == null || lat < -90 || lat > 90) {
            throw new InvalidRequestException("lat", "must be a number from -90 to 90, given with lon");
        }
        if (lon == null || lon < -180 || lon > 180) {
            throw new InvalidRequestException("lon", "must be a number from -180 to 180, given with lat");
        }
        return GeoPoint.of(lat, lon);
    }

    /** An optional text parameter, trimmed, {@code null} when absent or blank. */
    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    public static int integer(String raw, String name, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw new InvalidRequestException(name, "must be from " + min + " to " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a whole number");
        }
    }

    /** A decimal number, or null when absent; NaN, infinities and text are refused. */
    public static Double decimal(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(raw.trim());
            if (!Double.isFinite(value)) {
                throw new InvalidRequestException(name, "must be a finite number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a number");
        }
    }

    public static String required(String raw, String name, int maxLength) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidRequestException(name, "is required");
        }
        if (raw.length() > maxLength) {
            throw new InvalidRequestException(name, "must be at most " + maxLength + " characters");
        }
        return raw.trim();
    }
}
