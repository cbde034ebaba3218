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
package org.entraide.api.text;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.entraide.api.error.FieldError;
import org.junit.Test;

public class TextsTest {

    private static final String GRIN = "\uD83D\uDE00";

    @Test
    public void aTextOfTheMaximumInUtf16UnitsIsAcceptedAndOneUnitMoreIsNot() {
        // 60 emoji are 120 UTF-16 units: what a VARCHAR(120) holds on Derby (units) and PostgreSQL (code points).
        assertNull(Texts.problem(GRIN.repeat(60), 3, 120, true, false));
        assertEquals("must be 3 to 120 characters", Texts.problem(GRIN.repeat(61), 3, 120, true, false));
        assertNull(Texts.problem("a".repeat(118) + GRIN, 3, 120, true, false));
        assertEquals("must be 3 to 120 characters", Texts.problem("a".repeat(119) + GRIN, 3, 120, true, false));
        assertEquals("must be 3 to 120 characters", Texts.problem("a".repeat(121), 3, 120, true, false));
        assertEquals(2, Texts.length(GRIN));
        assertEquals(0, Texts.length(null));
    }

    @Test
    public void theLengthIsCountedOnceStripped() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(GRIN.repeat(60), Texts.checkLine("\u00A0 " + GRIN.repeat(60) + "\u3000", "title", 3, 120, true,
                errors));
        assertEquals(List.of(), errors);
    }

    @Test
    public void textsOfUnicodeSpacesOnlyAreBlank() {
        for (String blank : List.of("", " ", "\u00A0\u00A0\u00A0", "\u2003\u2003", "\u3000", "\u202F", "\t\n",
                "\u2028", "\u0085")) {
            assertTrue(blank, Texts.isBlank(blank));
            List<FieldError> errors = new ArrayList<>();
            assertNull(Texts.check(blank, "title", 3, 120, true, errors));
            assertEquals(List.of(FieldError.of("title", "required", "est obligatoire", "is required")), errors);
            List<FieldError> none = new ArrayList<>();
            assertNull(Texts.check(blank, "availability", 1, 200, false, none));
            assertEquals(List.of(), none);
        }
        assertTrue(Texts.isBlank(null));
        assertFalse(Texts.isBlank("\u00A0a\u00A0"));
        assertEquals("a\u00A0b", Texts.strip("\u2003a\u00A0b\u00A0"));
    }

    @Test
    public void unpairedSurrogatesAreRefused() {
        for (String broken : List.of("abc\uD83D", "\uDE00abc", "ab\uDE00\uD83Dc", "\uD83Dabc")) {
            assertTrue(broken, Texts.hasForbidden(broken));
            assertEquals("must not contain control characters", Texts.problem(broken, 3, 120, true, true));
        }
        assertFalse(Texts.hasForbidden("Merci " + GRIN));
    }

    @Test
    public void controlCharactersAreRefusedLineBreaksAndTabsOnlyInMultiLineTexts() {
        for (String text : List.of("a\u0000b", "bip\u0007b", "\u001b[31mrouge", "a\u007fb", "a\u0085b", "a\u200Bb",
                "a\u2028b", "a\uE000b")) {
            assertTrue(text, Texts.hasForbidden(text, true));
            assertTrue(text, Texts.hasForbidden(text, false));
        }
        for (String text : List.of("Ligne 1\nLigne 2", "a\tb", "a\r\nb")) {
            assertFalse(text, Texts.hasForbidden(text, true));
            assertTrue(text, Texts.hasForbidden(text, false));
            assertEquals("must not contain control characters nor line breaks",
                    Texts.problem(text, 1, 100, true, false));
            assertNull(Texts.problem(text, 1, 100, true, true));
        }
        // The zero-width joiner of emoji sequences and French non-breaking spaces are text.
        assertFalse(Texts.hasForbidden("\uD83D\uDC69\u200D\uD83D\uDCBB Merci\u202F!", false));
    }

    @Test
    public void errorsAreCodedInFrenchAndEnglish() {
        assertEquals(FieldError.of("title", "too_short", "doit contenir de 3 à 120 caractères",
                "must be 3 to 120 characters"), Texts.error("ab", "title", 3, 120, true, false));
        assertEquals(FieldError.of("title", "too_long", "doit contenir de 3 à 120 caractères",
                "must be 3 to 120 characters"), Texts.error("a".repeat(121), "title", 3, 120, true, false));
        assertEquals(FieldError.of("body", "too_long", "doit contenir au plus 5 caractères",
                "must be 1 to 5 characters"), Texts.error("abcdef", "body", 1, 5, true, true));
        assertEquals(FieldError.of("title", "forbidden_characters",
                "ne doit contenir ni caractères de contrôle ni retours à la ligne",
                "must not contain control characters nor line breaks"),
                Texts.error("a\nb", "title", 1, 5, true, false));
        assertEquals("forbidden_characters", Texts.error("a\u0000b", "body", 1, 5, true, true).code());
        assertEquals("required", Texts.error(" ", "body", 1, 5, true, true).code());
        assertNull(Texts.error(" ", "body", 1, 5, false, true));
        assertNull(Texts.error("abc", "body", 1, 5, true, true));
    }
}
