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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.error.ValidationException;
import org.junit.Test;

/** Which problems refuse a request, and as which error. */
public class FieldErrorsTest {

    @Test
    public void onlyAnActualProblemIsAdded() {
        List<FieldError> errors = new ArrayList<>();

        FieldErrors.addIf(errors, "email", null);
        FieldErrors.addIf(errors, "locale", "must be fr or en");

        assertEquals(List.of(new FieldError("locale", "must be fr or en")), errors);
    }

    @Test
    public void aRequestWithoutProblemsIsNotRefused() {
        FieldErrors.reject(List.of());
    }

    @Test
    public void brokenRulesAreAValidationErrorWithEveryField() {
        List<FieldError> errors = List.of(new FieldError("email", "is required"),
                new FieldError("displayName", "is required"));

        ValidationException refused = assertThrows(ValidationException.class, () -> FieldErrors.reject(errors));

        assertFalse(refused instanceof InvalidRequestException);
        assertEquals(errors, refused.errors());
    }

    @Test
    public void aRadiusOutOfRangeMakesTheWholeRequestInvalid() {
        List<FieldError> errors = List.of(new FieldError("email", "is required"),
                new FieldError("radiusKm", "is out of range"));

        ValidationException refused = assertThrows(ValidationException.class, () -> FieldErrors.reject(errors));

        assertTrue(refused instanceof InvalidRequestException);
        assertEquals(errors, refused.errors());
    }
}
