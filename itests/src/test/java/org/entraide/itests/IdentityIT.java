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
package org.entraide.itests;

import static org.entraide.itests.PlatformIT.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.Test;

/** Accounts, sessions, roles, the private home and the GDPR rights, over HTTP. */
public class IdentityIT extends EntraideTestSupport {

    @Test
    public void registrationAnswers201WithTheAccountButNotTheHome() throws Exception {
        String email = Residents.uniqueEmail("Registration");

        Api.Reply created = api.post("/accounts", Residents.registration("  " + email.toUpperCase() + " ",
                "Marie-Ange", 41.9189, 8.7381));

        assertEquals(created.toString(), 201, created.status());
        JsonNode account = created.json();
        assertEquals(email.toLowerCase(), account.path("email").asText());
        assertEquals("Marie-Ange", account.path("displayName").asText());
        assertEquals("fr", account.path("locale").asText());
        assertEquals("RESIDENT", account.path("roles").path(0).asText());
        assertFalse(account.path("id").asText().isEmpty());
        assertFalse("the home is shown by GET /me alone", account.has("home"));
    }

    @Test
    public void duplicateEmailInAnyCaseIsAConflict() throws Exception {
        String email = Residents.uniqueEmail("duplicate");
        assertEquals(201, api.post("/accounts", Residents.registration(email, "Paul", 41.9, 8.7)).status());

        Api.Reply again = api.post("/accounts", Residents.registration(email.toUpperCase(), "Paul", 41.9, 8.7));

        assertProblem(again, 409);
    }

    @Test
    public void weakPasswordIsRefusedNamingTheField() throws Exception {
        String body = "{\"email\":\"" + Residents.uniqueEmail("weak") + "\",\"password\":\"azertyuiop\","
                + "\"displayName\":\"Jean\",\"home\":{\"lat\":41.9,\"lon\":8.7}}";

        Api.Reply refused = api.post("/accounts", body);

        assertProblem(refused, 422);
        assertEquals("password", refused.json().path("errors").path(0).path("field").asText());
    }

    @Test
    public void badInputNamesEachFieldAndWritesNothing() throws Exception {
        String email = Residents.uniqueEmail("bad");
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + Residents.PASSWORD + "\","
                + "\"displayName\":\"" + "x".repeat(1_000_000) + "\",\"home\":{\"lat\":91,\"lon\":-200},"
                + "\"locale\":\"de\"}";

        Api.Reply refused = api.post("/accounts", body);

        assertProblem(refused, 422);
        Set<String> fields = new HashSet<>();
        refused.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertEquals(Set.of("displayName", "home.lat", "home.lon", "locale"), fields);
        assertEquals("nothing was written", 201,
                api.post("/accounts", Residents.registration(email, "Jean", 41.9, 8.7)).status());
    }

    @Test
    public void missingFieldsAreEachNamed() throws Exception {
        Api.Reply refused = api.post("/accounts", "{}");

        assertProblem(refused, 422);
        Set<String> fields = new HashSet<>();
        refused.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertTrue(fields.toString(), fields.containsAll(Set.of("email", "password", "displayName", "home.lat",
                "home.lon")));
    }

    @Test
    public void wrongJsonTypesAreA400NamingTheField() throws Exception {
        Api.Reply refused = api.post("/accounts", "{\"email\":123,\"password\":\"x\"}");

        assertProblem(refused, 400);
        assertEquals("email", refused.json().path("errors").path(0).path("field").asText());
    }

    @Test
    public void malformedJsonIsA400NamingTheProblem() throws Exception {
        Api.Reply refused = api.post("/accounts", "{\"email\": \"a@b.fr\",");

        assertProblem(refused, 400);
        assertTrue(refused.body(), refused.json().path("detail").asText().startsWith("Malformed JSON"));
    }

    @Test
    public void radiusAboveTheMaximumIsA400() throws Exception {
        String body = "{\"email\":\"" + Residents.uniqueEmail("radius") + "\",\"password\":\""
                + Residents.PASSWORD + "\",\"displayName\":\"Jean\",\"home\":{\"lat\":41.9,\"lon\":8.7},"
                + "\"radiusKm\":51}";

        Api.Reply refused = api.post("/accounts", body);

        assertProblem(refused, 400);
        assertEquals("radiusKm", refused.json().path("errors").path(0).path("field").asText());
    }

    @Test
    public void signInGivesATokenThatShowsTheExactHomeToItsOwner() throws Exception {
        String email = Residents.uniqueEmail("home");
        api.post("/accounts", Residents.registration(email, "Lucie", 42.1234567, 8.6543219));

        Api.Reply session = api.post("/sessions", Residents.credentials(email, Residents.PASSWORD));
        assertEquals(session.toString(), 201, session.status());
        assertTrue(session.json().path("token").asText().length() >= 22);
        assertFalse(session.json().path("expiresAt").asText().isEmpty());

        Api.Reply me = api.get("/me", session.json().path("token").asText());
        assertEquals(me.toString(), 200, me.status());
        assertEquals(42.1234567, me.json().path("home").path("lat").asDouble(), 0);
        assertEquals(8.6543219, me.json().path("home").path("lon").asDouble(), 0);
        assertEquals(10.0, me.json().path("radiusKm").asDouble(), 0);
    }

    @Test
    public void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
        String email = Residents.uniqueEmail("same");
        api.post("/accounts", Residents.registration(email, "Lucie", 41.9, 8.7));

        Api.Reply wrongPassword = api.post("/sessions", Residents.credentials(email, "not the password at all"));
        Api.Reply unknownEmail = api.post("/sessions", Residents.credentials(Residents.uniqueEmail("nobody"),
                "not the password at all"));

        assertProblem(wrongPassword, 401);
        assertEquals(wrongPassword.body(), unknownEmail.body());
        assertEquals(wrongPassword.status(), unknownEmail.status());
    }

    /**
     * Five failures for one email from one address (here every request's, 127.0.0.1): the next attempt of that pair
     * is answered 429 at once, for a second; past it the right password works (no lock-out). The owner from another
     * address, a shared address's budget and the other limits: {@link SignInAbuseIT}.
     */
    @Test
    public void repeatedFailuresAreSlowedWith429AndRetryAfterWithoutLockingTheOwnerOut() throws Exception {
        String email = Residents.uniqueEmail("throttled");
        api.post("/accounts", Residents.registration(email, "Lucie", 41.9, 8.7));
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, api.post("/sessions", Residents.credentials(email, "wrong guess " + attempt)).status());
        }

        Api.Reply refused = api.post("/sessions", Residents.credentials(email, Residents.PASSWORD));

        assertProblem(refused, 429);
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElse("0"));
        assertTrue(refused.toString(), retryAfter >= 1 && retryAfter <= 2);
        Thread.sleep(retryAfter * 1000 + 200);
        assertEquals(201, api.post("/sessions", Residents.credentials(email, Residents.PASSWORD)).status());
    }

    @Test
    public void signingOutEndsTheToken() throws Exception {
        String token = Residents.signedIn(api, Residents.uniqueEmail("logout"), 41.9, 8.7);
        assertEquals(200, api.get("/me", token).status());

        assertEquals(204, api.delete("/sessions/current", token).status());

        assertProblem(api.get("/me", token), 401);
    }

    @Test
    public void protectedCallsWithoutAValidTokenAre401() throws Exception {
        assertProblem(api.get("/me"), 401);
        assertProblem(api.get("/me", "garbage"), 401);
        assertProblem(api.get("/me", "A".repeat(43)), 401);
    }

    @Test
    public void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() throws Exception {
        String email = Residents.uniqueEmail("password");
        String first = Residents.signedIn(api, email, 41.9, 8.7);
        String second = Residents.token(api, email, Residents.PASSWORD);
        String newPassword = "Sept vaches rouges au marché d'Ajaccio";

        assertProblem(api.patch("/me", "{\"password\":\"" + newPassword + "\"}", first), 422);
        Api.Reply changed = api.patch("/me", "{\"password\":\"" + newPassword + "\",\"currentPassword\":\""
                + Residents.PASSWORD + "\"}", first);

        assertEquals(changed.toString(), 200, changed.status());
        assertEquals(200, api.get("/me", first).status());
        assertProblem(api.get("/me", second), 401);
        Residents.token(api, email, newPassword);
    }

    @Test
    public void profileChangesAreChecked() throws Exception {
        String token = Residents.signedIn(api, Residents.uniqueEmail("profile"), 41.9, 8.7);

        Api.Reply changed = api.patch("/me", "{\"displayName\":\"Lucia\",\"radiusKm\":25,\"locale\":\"en\","
                + "\"home\":{\"lat\":42.0,\"lon\":8.8}}", token);

        assertEquals(changed.toString(), 200, changed.status());
        assertEquals("Lucia", changed.json().path("displayName").asText());
        assertEquals(25.0, changed.json().path("radiusKm").asDouble(), 0);
        assertEquals(42.0, changed.json().path("home").path("lat").asDouble(), 0);
        assertProblem(api.patch("/me", "{\"home\":{\"lat\":42.0}}", token), 422);
        assertProblem(api.patch("/me", "{\"radiusKm\":0}", token), 400);
    }

    @Test
    public void exportContainsTheEmailAndTheHome() throws Exception {
        String email = Residents.uniqueEmail("export");
        String token = Residents.signedIn(api, email, 41.7, 8.9);

        Api.Reply export = api.get("/me/export", token);

        assertEquals(export.toString(), 200, export.status());
        assertEquals(email, export.json().path("account").path("email").asText());
        assertEquals(41.7, export.json().path("account").path("home").path("lat").asDouble(), 0);
        assertEquals(8.9, export.json().path("account").path("home").path("lon").asDouble(), 0);
        assertTrue(export.json().path("sessions").size() >= 1);
    }

    @Test
    public void erasingTheAccountEndsItsTokenAndItsSignIn() throws Exception {
        String email = Residents.uniqueEmail("erase");
        String token = Residents.signedIn(api, email, 41.9, 8.7);

        assertEquals(204, api.delete("/me", token).status());

        assertProblem(api.get("/me", token), 401);
        assertProblem(api.post("/sessions", Residents.credentials(email, Residents.PASSWORD)), 401);
        assertEquals("the email is free again", 201,
                api.post("/accounts", Residents.registration(email, "Lucie", 41.9, 8.7)).status());
    }

    @Test
    public void anOperatorCreatedFromTheShellSeesTheOperatorRole() throws Exception {
        String email = Residents.uniqueEmail("operator");

        String output = operator("entraide:account-create --name \"Opératrice\" --home 41.92,8.74 --role OPERATOR"
                + " --password \"" + Residents.PASSWORD + "\" " + email);

        assertTrue(output, output.contains("Created " + email));
        String token = Residents.token(api, email, Residents.PASSWORD);
        JsonNode roles = api.get("/me", token).json().path("roles");
        assertTrue(roles.toString(), roles.toString().contains("OPERATOR"));
        assertTrue(operator("entraide:account-list").contains(email));
    }

    @Test
    public void aRoleGrantedFromTheShellAppliesToTheNextRequest() throws Exception {
        String email = Residents.uniqueEmail("moderator");
        String token = Residents.signedIn(api, email, 41.9, 8.7);

        String output = operator("entraide:role-grant " + email + " MODERATOR");

        assertTrue(output, output.contains("MODERATOR"));
        assertTrue(api.get("/me", token).json().path("roles").toString().contains("MODERATOR"));
    }
}
