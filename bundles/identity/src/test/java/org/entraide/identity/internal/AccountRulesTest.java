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
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.junit.Test;

public class AccountRulesTest {

    @Test
    public void emailsAreTrimmedAndLowerCased() {
        assertEquals("marie@example.fr", AccountRules.normalizeEmail("  Marie@Example.FR "));
    }

    @Test
    public void malformedEmailsAreRefused() {
        String[] malformed = {"", "marie", "marie@", "@example.fr", "ma rie@example.fr", "marie@example", "a@b@c.fr"};
        for (String email : malformed) {
            assertNotNull(email, AccountRules.emailError(AccountRules.normalizeEmail(email)));
        }
        assertNull(AccountRules.emailError("marie.dupont+entraide@example.fr"));
    }

    @Test
    public void displayNamesAreTwoToSixtyCharactersWithoutControls() {
        assertNull(AccountRules.nameProblem("Jo"));
        assertNull(AccountRules.nameProblem("Élise Martin-Ferrandi"));
        assertNotNull(AccountRules.nameProblem("J"));
        assertNotNull(AccountRules.nameProblem("x".repeat(61)));
        assertNotNull(AccountRules.nameProblem("Jo\u0000hn"));
        assertNotNull(AccountRules.nameProblem("Jo\u202Ehn"));
    }

    @Test
    public void homeMustBeFiniteAndOnTheGlobe() {
        List<FieldError> errors = new ArrayList<>();

        AccountRules.checkHome(Double.NaN, 181.0, "home", errors);
        AccountRules.checkHome(null, 8.7, "home", errors);
        AccountRules.checkHome(41.9, 8.7, "home", errors);

        assertEquals(List.of("home.lat out_of_range", "home.lon out_of_range", "home.lat required"),
                errors.stream().map(e -> e.field() + " " + e.code()).collect(Collectors.toList()));
        assertEquals("doit être un nombre de -90 à 90", errors.get(0).message("fr"));
        assertEquals("must be a number from -180 to 180", errors.get(1).message("en"));
    }

    @Test
    public void onlyFrenchAndEnglishAreSpoken() {
        assertNull(AccountRules.localeError("fr"));
        assertNull(AccountRules.localeError("en"));
        assertEquals(FieldError.of("locale", "not_a_choice", "doit valoir fr ou en", "must be fr or en"),
                AccountRules.localeError("de"));
    }
}
