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
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.error.ValidationException;

/** Collecting the problems of a request's fields, and refusing the request when there are any. */
final class FieldErrors {

    private FieldErrors() {
    }

    /** Adds the error, if there is one. */
    static void addIf(List<FieldError> errors, FieldError error) {
        if (error != null) {
            errors.add(error);
        }
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
