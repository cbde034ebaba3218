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
package org.entraide.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entraide.api.error.FieldError;
import org.entraide.api.text.Texts;

/** The rules of account fields, each returning what is wrong or null. */
final class AccountRules {

    static final int EMAIL_MAX = 254;
    static final int NAME_MIN = 2;
    static final int NAME_MAX = 60;
    static final Set<String> LOCALES = Set.of("fr", "en");

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private AccountRules() {
    }

    /** The email as stored: trimmed and lower-cased. */
    static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with an email (normalized) as the coded, bilingual error of the field {@code email}, or null. */
    static FieldError emailError(String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return FieldError.of("email", "required", "est obligatoire", "is required");
        }
        if (normalized.length() > EMAIL_MAX) {
            return FieldError.of("email", "too_long", "doit contenir au plus " + EMAIL_MAX + " caractères",
                    "must be at most " + EMAIL_MAX + " characters");
        }
        if (!EMAIL.matcher(normalized).matches() || Texts.hasForbidden(normalized, false)) {
            return FieldError.of("email", "not_an_email", "n'est pas une adresse e-mail", "is not an email address");
        }
        return null;
    }

    /** The display name as stored: stripped of (Unicode) spaces at both ends, inner runs of spaces kept. */
    static String normalizeName(String name) {
        return name == null ? null : Texts.strip(name);
    }

    /** The free texts' rule ({@link Texts}): UTF-16 units, one line, no control character. */
    static String nameProblem(String name) {
        return Texts.problem(name, NAME_MIN, NAME_MAX, true, false);
    }

    /** The display name's problem as a coded, bilingual error, or {@code null}. */
    static FieldError nameError(String field, String name) {
        return Texts.error(name, field, NAME_MIN, NAME_MAX, true, false);
    }

    /** A language other than fr and en as the coded, bilingual error of the field {@code locale}, or null. */
    static FieldError localeError(String locale) {
        return LOCALES.contains(locale) ? null
                : FieldError.of("locale", "not_a_choice", "doit valoir fr ou en", "must be fr or en");
    }

    /** Checks a home given as two nullable numbers, adding errors under {@code home.lat} / {@code home.lon}. */
    static void checkHome(Double lat, Double lon, String prefix, List<FieldError> errors) {
        if (lat == null) {
            errors.add(FieldError.of(prefix + ".lat", "required", "est obligatoire", "is required"));
        } else if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            errors.add(FieldError.of(prefix + ".lat", "out_of_range", "doit être un nombre de -90 à 90",
                    "must be a number from -90 to 90"));
        }
        if (lon == null) {
            errors.add(FieldError.of(prefix + ".lon", "required", "est obligatoire", "is required"));
        } else if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            errors.add(FieldError.of(prefix + ".lon", "out_of_range", "doit être un nombre de -180 à 180",
                    "must be a number from -180 to 180"));
        }
    }
}
