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

import java.util.regex.Pattern;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.text.Texts;

/**
 * Query parameters are read as text and parsed here, so that {@code ?limit=abc} is a 400 naming the
 * parameter rather than the 404 that JAX-RS gives a failed conversion. Parsing is strict: a number is ASCII
 * digits with an optional sign, decimal part and exponent, nothing around it: {@code radiusKm=%205},
 * {@code 5d}, {@code 0x10} or Arabic-Indic digits are 400s, where the JDK's parsers, after a trim, take some.
 * A cursor is base64url text as the API writes it: {@code cursor=%00} is a 400, where trimming would have made
 * it no cursor at all. A text parameter with a control character is a 400.
 */
public final class QueryParams {

    /** The API's list sizes: {@code ?limit=N}, 20 by default, 100 at most. */
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** Longest cursor accepted: far above what the API writes (under 100 characters). */
    public static final int MAX_CURSOR_LENGTH = 512;

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]{1,9}");
    /** As JSON and JavaScript write numbers ({@code 1e-7} included), with at most 20 digits a part. */
    private static final Pattern DECIMAL = Pattern.compile(
            "[-+]?([0-9]{1,20}(\\.[0-9]{0,20})?|\\.[0-9]{1,20})([eE][-+]?[0-9]{1,3})?");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]+");

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
            throw new InvalidRequestException(FieldError.of("lat", "out_of_range",
                    "doit être un nombre de -90 à 90, donné avec lon",
                    "must be a number from -90 to 90, given with lon"));
        }
        if (lon == null || lon < -180 || lon > 180) {
            throw new InvalidRequestException(FieldError.of("lon", "out_of_range",
                    "doit être un nombre de -180 à 180, donné avec lat",
                    "must be a number from -180 to 180, given with lat"));
        }
        return GeoPoint.of(lat, lon);
    }

    /** An optional text parameter, stripped, {@code null} when absent or blank; a control character is a 400. */
    public static String text(String raw, String name) {
        if (Texts.isBlank(raw)) {
            return null;
        }
        if (Texts.hasForbidden(raw, false)) {
            throw new InvalidRequestException(name, "must not contain control characters");
        }
        return Texts.strip(raw);
    }

    /**
     * {@code ?cursor=} of a list: {@code null} when absent or empty, else base64url text as the API writes it
     * (what it holds is checked by the list that reads it); anything else is a 400 naming {@code cursor}.
     */
    public static String cursor(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.length() > MAX_CURSOR_LENGTH || !CURSOR.matcher(raw).matches()) {
            throw new InvalidRequestException(FieldError.of("cursor", "not_a_cursor",
                    "n'est pas un curseur de cette liste",
                    "is not a cursor of this list"));
        }
        return raw;
    }

    public static int integer(String raw, String name, int fallback, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        if (!INTEGER.matcher(raw).matches()) {
            throw new InvalidRequestException(name, "must be a whole number");
        }
        int value = Integer.parseInt(raw);
        if (value < min || value > max) {
            throw new InvalidRequestException(name, "must be from " + min + " to " + max);
        }
        return value;
    }

    /** A decimal number, or null when absent; spaces, NaN, infinities, exponents and text are refused. */
    public static Double decimal(String raw, String name) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(raw).matches()) {
            throw new InvalidRequestException(name, "must be a number");
        }
        double value = Double.parseDouble(raw);
        if (!Double.isFinite(value)) {
            throw new InvalidRequestException(name, "must be a finite number");
        }
        return value;
    }

    public static String required(String raw, String name, int maxLength) {
        if (Texts.isBlank(raw)) {
            throw new InvalidRequestException(name, "is required");
        }
        if (raw.length() > maxLength) {
            throw new InvalidRequestException(name, "must be at most " + maxLength + " characters");
        }
        if (Texts.hasForbidden(raw, false)) {
            throw new InvalidRequestException(name, "must not contain control characters");
        }
        return Texts.strip(raw);
    }
}
