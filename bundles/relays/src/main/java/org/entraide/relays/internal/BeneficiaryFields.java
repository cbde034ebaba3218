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
package org.entraide.relays.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.Place;
import org.entraide.api.geo.PlaceDirectory;
import org.entraide.services.relay.RelayService;
import org.entraide.api.text.Texts;

/**
 * The rules of a beneficiary's fields, each broken rule added to a list under the field's name as the REST body
 * names it ({@code firstName}, {@code commune}, {@code location.lat}, {@code phone}, {@code consent.obtainedAt},
 * {@code consent.method}), so that a request with several mistakes gets them all at once and nothing is written.
 *
 * <p>Design: where a beneficiary lives is either a commune (an INSEE code the gazetteer knows, for someone who would
 * rather not give an address: posts for them are then located at the commune's centre) or an exact location, never
 * both, so that what the relay meant is never ambiguous. A consent obtained "now" on a phone whose clock runs a
 * little ahead is not "in the future": {@link #CLOCK_SKEW} is allowed.
 */
final class BeneficiaryFields {

    /** Digits, spaces and {@code + . -}, at least one digit. */
    static final Pattern PHONE = Pattern.compile("[0-9 +.\\-]*[0-9][0-9 +.\\-]*");
    /** How far ahead of the server's clock a consent's time may be. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Where a beneficiary lives: a commune, or a location. */
    record Where(String communeCode, GeoPoint location) {
    }

    private BeneficiaryFields() {
    }

    static String firstName(String value, boolean required, List<FieldError> errors) {
        return Texts.checkLine(value, "firstName", 1, RelayService.FIRST_NAME_MAX, required, errors);
    }

    /**
     * The commune or the location; both or (when required) neither is an error on {@code commune}.
     *
     * @return where, or {@code null} when nothing (valid) was given
     */
    static Where where(PlaceDirectory places, String commune, Double lat, Double lon, boolean required,
            List<FieldError> errors) {
        boolean hasLocation = lat != null || lon != null;
        if (commune != null && hasLocation) {
            errors.add(FieldError.of("commune", "not_allowed", "donnez soit une commune soit un lieu, pas les deux",
                    "give either a commune or a location, not both"));
            return null;
        }
        if (commune == null && !hasLocation) {
            if (required) {
                errors.add(FieldError.of("commune", "required",
                        "est obligatoire : donnez soit une commune soit un lieu",
                        "is required: give either a commune or a location"));
            }
            return null;
        }
        if (commune != null) {
            String code = commune.strip().toUpperCase(Locale.ROOT);
            Optional<Place> place = code.length() == 5 ? places.commune(code) : Optional.empty();
            if (place.isEmpty()) {
                errors.add(FieldError.of("commune", "not_a_commune", "n'est pas un code INSEE de commune connu",
                        "is not a known INSEE commune code"));
                return null;
            }
            return new Where(code, null);
        }
        GeoPoint location = location(lat, lon, errors);
        return location == null ? null : new Where(null, location);
    }

    private static GeoPoint location(Double lat, Double lon, List<FieldError> errors) {
        int before = errors.size();
        if (lat == null || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            errors.add(FieldError.of("location.lat", "out_of_range", "doit être un nombre de -90 à 90",
                    "must be a number from -90 to 90"));
        }
        if (lon == null || !Double.isFinite(lon) || lon < -180 || lon > 180) {
            errors.add(FieldError.of("location.lon", "out_of_range", "doit être un nombre de -180 à 180",
                    "must be a number from -180 to 180"));
        }
        return errors.size() > before ? null : GeoPoint.of(lat, lon);
    }

    /**
     * The phone number stripped; {@code ""} for an empty one (none, or removing it on a change).
     *
     * @return the number, {@code ""}, or {@code null} when not given
     */
    static String phone(String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        String phone = value.strip();
        if (phone.isEmpty()) {
            return "";
        }
        if (phone.length() > RelayService.PHONE_MAX) {
            errors.add(FieldError.of("phone", "too_long",
                    "doit contenir au plus " + RelayService.PHONE_MAX + " caractères",
                    "must be at most " + RelayService.PHONE_MAX + " characters"));
        } else if (!PHONE.matcher(phone).matches()) {
            errors.add(FieldError.of("phone", "pattern", "ne peut contenir que des chiffres, des espaces et + . -",
                    "may hold digits, spaces and + . - only"));
        }
        return phone;
    }

    /** When consent was obtained: required, not in the future. */
    static Instant obtainedAt(Instant value, Instant now, List<FieldError> errors) {
        if (value == null) {
            errors.add(FieldError.of("consent.obtainedAt", "required", "est obligatoire", "is required"));
        } else if (value.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(FieldError.of("consent.obtainedAt", "in_the_future", "ne doit pas être dans le futur",
                    "must not be in the future"));
        }
        return value;
    }

    /** How consent was obtained: {@code ORAL} or {@code WRITTEN}, required. */
    static String method(String value, List<FieldError> errors) {
        if (value == null) {
            errors.add(FieldError.of("consent.method", "required", "est obligatoire", "is required"));
            return null;
        }
        String method = value.strip().toUpperCase(Locale.ROOT);
        if (!RelayService.CONSENT_METHODS.contains(method)) {
            errors.add(FieldError.of("consent.method", "not_a_choice", "doit valoir ORAL ou WRITTEN",
                    "must be ORAL or WRITTEN"));
        }
        return method;
    }
}
