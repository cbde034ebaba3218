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

        FieldErrors.addIf(errors, AccountRules.emailError("marie@example.fr"));
        FieldErrors.addIf(errors, AccountRules.localeError("de"));

        assertEquals(List.of(FieldError.of("locale", "not_a_choice", "doit valoir fr ou en", "must be fr or en")),
                errors);
    }

    @Test
    public void theIdentityRulesGiveCodedErrorsInFrenchAndEnglish() {
        assertEquals(FieldError.of("email", "required", "est obligatoire", "is required"),
                AccountRules.emailError(""));
        assertEquals(FieldError.of("email", "not_an_email", "n'est pas une adresse e-mail", "is not an email address"),
                AccountRules.emailError("nobody"));
        assertEquals(FieldError.of("email", "too_long", "doit contenir au plus 254 caractères",
                "must be at most 254 characters"), AccountRules.emailError("a".repeat(250) + "@example.fr"));
        assertEquals(FieldError.of("password", "too_short", "doit contenir au moins 12 caractères",
                "must be at least 12 characters"), new PasswordPolicy(12, 35).problem("court", null, null)
                .orElseThrow());
        assertEquals("too_easy", new PasswordPolicy(10, 35).problem("azertyuiop1", null, null).orElseThrow().code());
        assertEquals("too_short", AccountRules.nameError("displayName", "J").code());
        assertEquals("doit contenir de 2 à 60 caractères", AccountRules.nameError("displayName", "J").message("fr"));
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
