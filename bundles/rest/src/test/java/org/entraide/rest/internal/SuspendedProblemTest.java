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
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import javax.ws.rs.core.Response;
import org.entraide.api.error.AccountSuspendedException;
import org.junit.Test;

/** The 403 problem a suspended account's sign-in gets, in French and in English. */
public class SuspendedProblemTest {

    private static Problem problem(Response response) {
        assertEquals(403, response.getStatus());
        return (Problem) response.getEntity();
    }

    @Test
    public void itSaysUntilWhenInTheCallersLanguageAndGivesTheEndAsAnInstant() {
        Instant until = Instant.parse("2027-03-08T14:30:00Z");

        Problem french = problem(ProblemMapper.suspended(until, Languages.FRENCH));
        Problem english = problem(ProblemMapper.suspended(until, Languages.ENGLISH));

        assertEquals("urn:entraide:problem:account-suspended", french.getType());
        assertEquals("Compte suspendu", french.getTitle());
        assertEquals("Ce compte est suspendu jusqu'au 8 mars 2027 à 14:30 UTC.", french.getDetail());
        assertEquals("2027-03-08T14:30:00Z", french.getExtensions().get("suspendedUntil"));
        assertEquals("Account suspended", english.getTitle());
        assertEquals("This account is suspended until 8 March 2027 at 14:30 UTC.", english.getDetail());
    }

    @Test
    public void withoutAnEndItSaysUntilFurtherNotice() {
        Problem french = problem(ProblemMapper.suspended(null, Languages.FRENCH));

        assertEquals("Ce compte est suspendu jusqu'à nouvel ordre.", french.getDetail());
        assertTrue(french.getExtensions().containsKey("suspendedUntil"));
        assertNull(french.getExtensions().get("suspendedUntil"));
    }

    @Test
    public void theMapperTellsItFromAnyOtherRefusal() {
        Response response = new ProblemMapper().toResponse(new AccountSuspendedException("suspended", null));

        assertEquals("urn:entraide:problem:account-suspended", problem(response).getType());
    }
}
