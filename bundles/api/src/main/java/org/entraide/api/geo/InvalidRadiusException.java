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
import org.entraide.api.error.InvalidRequestException;

/**
 * A search radius that is not a number, not above zero, or above the platform's maximum. The REST layer answers
 * it with 400, as a malformed query rather than a rule broken by a document.
 */
public class InvalidRadiusException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    /** The name under which the radius is reported when the caller gives none. */
    public static final String FIELD = "radiusKm";

    /**
     * A bad radius reported under {@value #FIELD}.
     *
     * @param message what is wrong, for the person who sent it
     */
    public InvalidRadiusException(String message) {
        this(FIELD, message);
    }

    /**
     * A bad radius reported under the caller's own field name.
     *
     * @param field the field or query parameter that held the radius
     * @param message what is wrong, for the person who sent it
     */
    public InvalidRadiusException(String field, String message) {
        super(field, message);
    }

    /**
     * A bad radius with its code and messages (since 1.1).
     *
     * @param error what is wrong, under the field that held the radius
     */
    public InvalidRadiusException(FieldError error) {
        super(error);
    }
}
