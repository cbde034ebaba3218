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
package org.entraide.api.error;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Field errors: their code, their messages per language, and what a refusal says. */
public class FieldErrorTest {

    @Test
    public void theOldConstructorGivesTheCodeInvalidAndEnglishOnly() {
        FieldError error = new FieldError("title", "is wrong");
        assertEquals("invalid", error.code());
        assertEquals(Map.of(), error.messages());
        assertEquals("is wrong", error.message("fr"));
        assertEquals("is wrong", error.message("en"));
        assertEquals("is wrong", error.message(null));
    }

    @Test
    public void aCodedErrorSpeaksFrenchAndEnglish() {
        FieldError error = FieldError.of("title", "required", "est obligatoire", "is required");
        assertEquals("title", error.field());
        assertEquals("required", error.code());
        assertEquals("is required", error.message());
        assertEquals("est obligatoire", error.message("fr"));
        assertEquals("is required", error.message("en"));
        assertEquals("is required", error.message("de"));
    }

    @Test
    public void equalityHoldsTheCodeAndTheMessages() {
        assertEquals(FieldError.of("a", "required", "est obligatoire", "is required"),
                FieldError.of("a", "required", "est obligatoire", "is required"));
        assertNotEquals(FieldError.of("a", "required", "est obligatoire", "is required"),
                new FieldError("a", "is required"));
        assertNotEquals(FieldError.of("a", "too_long", "x", "y"), FieldError.of("a", "too_short", "x", "y"));
    }

    @Test
    public void atMovesTheErrorToAnotherField() {
        FieldError moved = FieldError.of("lat", "out_of_range", "est hors limites", "is out of range").at("home.lat");
        assertEquals("home.lat", moved.field());
        assertEquals("out_of_range", moved.code());
        assertEquals("est hors limites", moved.message("fr"));
    }

    @Test(expected = NullPointerException.class)
    public void theCodeIsNeverNull() {
        new FieldError("title", null, "is wrong", Map.of());
    }

    @Test
    public void aRefusalSaysItsFirstErrorInEachLanguage() {
        ValidationException refusal = new ValidationException(List.of(
                FieldError.of("title", "required", "est obligatoire", "is required"),
                new FieldError("body", "is wrong")));
        assertEquals("title: is required", refusal.getMessage());
        assertEquals("title: est obligatoire", refusal.message("fr"));
        assertEquals("title: is required", refusal.message("en"));
        assertEquals("body: is wrong", new ValidationException("body", "is wrong").message("fr"));
        assertEquals("invalid", new InvalidRequestException("lat", "is wrong").errors().get(0).code());
        assertEquals("too_long", new InvalidRequestException(FieldError.of("q", "too_long", "a", "b")).errors().get(0)
                .code());
    }
}
