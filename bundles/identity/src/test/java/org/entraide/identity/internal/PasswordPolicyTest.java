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
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.entraide.api.error.FieldError;
import org.junit.Test;

public class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10, 35);

    @Test
    public void shortPasswordsAreRefusedWithTheMinimum() {
        assertEquals(Optional.of(FieldError.of("password", "too_short", "doit contenir au moins 10 caractères",
                "must be at least 10 characters")), policy.problem("Tr0ub4dor", null, null));
    }

    @Test
    public void commonPasswordsAreRefusedEvenWhenLongEnough() {
        String[] common = {"password123", "azertyuiop", "motdepasse123", "1234567890", "qwertyuiop", "Password1!",
            "soleil2024!", "correct-horse-battery-staple-42"};
        for (String password : common) {
            assertEquals(password, "too_easy", policy.problem(password, null, null).orElseThrow().code());
        }
    }

    @Test
    public void passwordsMadeOfTheOwnersNameOrEmailAreRefused() {
        assertTrue(policy.problem("margueritedupont", "marguerite.dupont@example.org", "Marguerite Dupont")
                .isPresent());
    }

    @Test
    public void longPassphrasesAreAccepted() {
        assertEquals(Optional.empty(), policy.problem("girafe tambour citron velo", null, null));
        assertEquals(Optional.empty(), policy.problem("Lune bleue sur Vico, 7 chats", null, null));
    }

    @Test
    public void absurdlyLongPasswordsAreRefused() {
        assertEquals("too_long", policy.problem("a".repeat(300), null, null).orElseThrow().code());
        assertEquals("required", policy.problem("", null, null).orElseThrow().code());
        assertEquals("est obligatoire", policy.problem(null, null, null).orElseThrow().message("fr"));
    }
}
