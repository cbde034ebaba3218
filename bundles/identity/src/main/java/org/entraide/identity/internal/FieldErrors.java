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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.error.ValidationException;

/** Collecting the problems of a request's fields, and refusing the request when there are any. */
final class FieldErrors {

    private FieldErrors() {
    }

    private static final Pattern AT_MOST = Pattern.compile("must be at most (\\d+) characters");
    private static final Pattern AT_LEAST = Pattern.compile("must be at least (\\d+) characters");

    /** Adds the problem under this field, if there is one, coded and in French too (see {@link #coded}). */
    static void addIf(List<FieldError> errors, String field, String problem) {
        if (problem != null) {
            errors.add(coded(field, problem));
        }
    }

    /** Adds the error, if there is one. */
    static void addIf(List<FieldError> errors, FieldError error) {
        if (error != null) {
            errors.add(error);
        }
    }

    /**
     * The coded, bilingual error of one of the identity rules' English problems ({@link AccountRules},
     * {@link PasswordPolicy}, {@code Texts}); a problem it does not know keeps the code {@code invalid}.
     */
    static FieldError coded(String field, String problem) {
        switch (problem) {
            case "is required":
                return FieldError.of(field, "required", "est obligatoire", problem);
            case "is not an email address":
                return FieldError.of(field, "not_an_email", "n'est pas une adresse e-mail", problem);
            case "must be fr or en":
                return FieldError.of(field, "not_a_choice", "doit valoir fr ou en", problem);
            case "is too easy to guess: choose a longer phrase of unrelated words":
                return FieldError.of(field, "too_easy", "est trop facile à deviner : choisissez une phrase plus longue"
                        + " faite de mots sans rapport entre eux", problem);
            case "must not contain control characters nor line breaks":
                return FieldError.of(field, "forbidden_characters",
                        "ne doit contenir ni caractères de contrôle ni retours à la ligne", problem);
            default:
                return sized(field, problem);
        }
    }

    private static FieldError sized(String field, String problem) {
        Matcher most = AT_MOST.matcher(problem);
        if (most.matches()) {
            return FieldError.of(field, "too_long", "doit contenir au plus " + most.group(1) + " caractères", problem);
        }
        Matcher least = AT_LEAST.matcher(problem);
        if (least.matches()) {
            return FieldError.of(field, "too_short", "doit contenir au moins " + least.group(1) + " caractères",
                    problem);
        }
        return new FieldError(field, problem);
    }

    /** A radius out of range makes the request itself invalid (400, as for the feed); other rules are 422. */
    static void reject(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        if (errors.stream().anyMatch(e -> "radiusKm".equals(e.field()))) {
            throw new InvalidRequestException(errors);
        }
        throw new ValidationException(errors);
    }
}
