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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.util.List;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;
import org.junit.Test;

public class QueryParamsTest {

    @Test
    public void numbersAreAsciiDigitsWithNothingAround() {
        assertEquals(5.0, QueryParams.decimal("5", "radiusKm"), 0);
        assertEquals(-0.5, QueryParams.decimal("-0.5", "lon"), 0);
        assertEquals(1e-7, QueryParams.decimal("1e-7", "lon"), 0);
        assertEquals(12, QueryParams.integer("12", "limit", 20, 1, 100));
        assertNull(QueryParams.decimal(null, "radiusKm"));
        assertNull(QueryParams.decimal("", "radiusKm"));
        assertEquals(20, QueryParams.integer("", "limit", 20, 1, 100));
        for (String bad : List.of(" 5", "5 ", "\u00A05", "5d", "0x10", "NaN", "Infinity", "1e999", "\u0665", "5\u0000",
                " ", "1,5")) {
            refused("radiusKm", () -> QueryParams.decimal(bad, "radiusKm"));
        }
        for (String bad : List.of(" 5", "5 ", "\u0665", "5.0", "99999999999", "+", " ")) {
            refused("limit", () -> QueryParams.integer(bad, "limit", 20, 1, 100));
        }
    }

    @Test
    public void cursorsAreBase64UrlTextOrA400NamingCursor() {
        assertNull(QueryParams.cursor(null));
        assertNull(QueryParams.cursor(""));
        assertEquals("cG9zdHMuMTIz-_", QueryParams.cursor("cG9zdHMuMTIz-_"));
        String tooLong = "x".repeat(QueryParams.MAX_CURSOR_LENGTH + 1);
        for (String bad : List.of("\u0000", " ", "a b", "abc=", "a/b+c", tooLong)) {
            refused("cursor", () -> QueryParams.cursor(bad));
        }
    }

    @Test
    public void textParametersWithControlCharactersAreRefused() {
        assertEquals("aide", QueryParams.text("\u00A0aide ", "category"));
        assertNull(QueryParams.text("\u3000", "category"));
        refused("category", () -> QueryParams.text("a\u0000", "category"));
        refused("q", () -> QueryParams.required("\u00A0", "q", 100));
    }

    private static void refused(String field, Runnable parse) {
        try {
            parse.run();
            fail("accepted, for " + field);
        } catch (InvalidRequestException e) {
            assertEquals(field, e.errors().stream().map(FieldError::field).findFirst().orElse(null));
        }
    }
}
