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
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * Suspension of accounts, over HTTP and from the shell: a suspended account's token stops working, its sign-in is
 * refused with a problem that says until when (to the right password only), its posts leave another resident's feed
 * and {@code GET /posts/{id}} and come back on reinstatement, by a moderator or when the end passes (the job run with
 * a time, as {@code posts-expire --at}), but for what a moderator hid; every refusal writes nothing. Each test has
 * an area of its own in Normandy, where no other test posts.
 */
public class SuspensionIT extends EntraideTestSupport {

    private static final double[] ROUEN = {49.4431, 1.0993};
    private static final double[] LE_HAVRE = {49.4944, 0.1079};
    private static final double[] EVREUX = {49.0241, 1.1508};
    private static final double[] DIEPPE = {49.9229, 1.0775};
    private static final double[] CAEN = {49.1829, -0.3707};
    private static final String WRONG_PASSWORD = "Soleil vert sur Rouen, 8 chiens";

    private String moderator() throws Exception {
        String email = Residents.uniqueEmail("moderation");
        operator("entraide:account-create --name Modératrice --home " + ROUEN[0] + "," + ROUEN[1]
                + " --role MODERATOR --password \"" + Residents.PASSWORD + "\" " + email);
        return Residents.token(api, email, Residents.PASSWORD);
    }

    private String accountId(String token) throws Exception {
        Api.Reply me = api.get("/me", token);
        assertEquals(me.toString(), 200, me.status());
        return me.json().path("id").asText();
    }

    private String post(String token, String title, double[] at) throws Exception {
        return Posting.request(api, token, title, at);
    }

    private List<String> feed(String token, double[] centre) throws Exception {
        Api.Reply feed = api.get("/feed?lat=" + centre[0] + "&lon=" + centre[1] + "&radiusKm=5&limit=50", token);
        assertEquals(feed.toString(), 200, feed.status());
        List<String> ids = new ArrayList<>();
        feed.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private Api.Reply signIn(String email, String password, String language) throws Exception {
        HttpRequest.Builder request = api.request("/sessions", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Residents.credentials(email, password)));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return api.send(request.build());
    }

    private Api.Reply suspend(String accountId, String body, String token) throws Exception {
        return api.post("/moderation/accounts/" + accountId + "/suspend", body, token);
    }

    private Api.Reply reinstate(String accountId, String token) throws Exception {
        return api.post("/moderation/accounts/" + accountId + "/reinstate", "{\"reason\":\"Excuses reçues\"}", token);
    }

    @Test
    public void aSuspendedAccountIsRefusedAndItsPostsLeaveTheFeedsUntilItIsReinstated() throws Exception {
        String email = Residents.uniqueEmail("suspendue");
        String author = Residents.signedIn(api, email, ROUEN[0], ROUEN[1]);
        String authorId = accountId(author);
        String neighbour = Residents.signedIn(api, Residents.uniqueEmail("voisin"), ROUEN[0], ROUEN[1]);
        String moderator = moderator();
        String open = post(author, "Courses pour le marché", ROUEN);
        String hiddenBefore = post(author, "Publicité pour des montres", ROUEN);
        String hiddenDuring = post(author, "Encore des montres", ROUEN);
        assertEquals(200, api.post("/moderation/posts/" + hiddenBefore + "/hide", "", moderator).status());
        assertTrue("the feed is asked (and kept) before", feed(neighbour, ROUEN).contains(open));

        Api.Reply suspended = suspend(authorId, "{\"reason\":\"Harcèlement d'un voisin\"}", moderator);

        assertEquals(suspended.toString(), 200, suspended.status());
        JsonNode account = suspended.json();
        assertEquals(authorId, account.path("id").asText());
        assertEquals("Voisine", account.path("displayName").asText());
        assertEquals("SUSPENDED", account.path("status").asText());
        assertTrue(account.toString(), account.has("suspendedUntil") && account.path("suspendedUntil").isNull());
        assertProblem(api.get("/me", author), 401);
        JsonNode refused = assertProblem(signIn(email, Residents.PASSWORD, null), 403);
        assertTrue(refused.toString(), refused.path("type").asText().endsWith("account-suspended"));
        assertEquals("Ce compte est suspendu jusqu'à nouvel ordre.", refused.path("detail").asText());
        assertTrue(refused.toString(), refused.has("suspendedUntil") && refused.path("suspendedUntil").isNull());
        assertEquals("This account is suspended until further notice.",
                assertProblem(signIn(email, Residents.PASSWORD, "en"), 403).path("detail").asText());
        JsonNode wrong = assertProblem(signIn(email, WRONG_PASSWORD, null), 401);
        assertFalse("a wrong password learns nothing", wrong.toString().contains("suspend"));

        assertFalse(feed(neighbour, ROUEN).contains(open));
        assertProblem(api.get("/posts/" + open, neighbour), 404);
        assertProblem(api.get("/posts/" + open), 404);
        assertEquals("moderators still see it", 200, api.get("/posts/" + open, moderator).status());
        assertEquals(200, api.post("/moderation/posts/" + hiddenDuring + "/hide", "", moderator).status());

        Api.Reply reinstated = reinstate(authorId, moderator);

        assertEquals(reinstated.toString(), 200, reinstated.status());
        assertEquals("ACTIVE", reinstated.json().path("status").asText());
        assertTrue(reinstated.json().path("suspendedUntil").isNull());
        List<String> back = feed(neighbour, ROUEN);
        assertTrue(back.contains(open));
        assertFalse("hidden by a moderator before the suspension", back.contains(hiddenBefore));
        assertFalse("hidden by a moderator during the suspension", back.contains(hiddenDuring));
        assertEquals("OPEN", api.get("/posts/" + open, neighbour).json().path("status").asText());
        assertProblem(api.get("/posts/" + hiddenBefore, neighbour), 404);
        assertProblem(api.get("/posts/" + hiddenDuring, neighbour), 404);
        String again = Residents.token(api, email, Residents.PASSWORD);
        assertEquals("ACTIVE", api.get("/me", again).json().path("status").asText());
    }

    @Test
    public void aSuspensionWithAnEndIsLiftedWhenTheEndHasPassed() throws Exception {
        String email = Residents.uniqueEmail("temporaire");
        String author = Residents.signedIn(api, email, LE_HAVRE[0], LE_HAVRE[1]);
        String authorId = accountId(author);
        String neighbour = Residents.signedIn(api, Residents.uniqueEmail("voisine"), LE_HAVRE[0], LE_HAVRE[1]);
        String post = post(author, "Besoin d'aide pour un déménagement", LE_HAVRE);
        Instant until = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        Api.Reply suspended = suspend(authorId, "{\"reason\":\"Spam\",\"until\":\"" + until + "\"}", moderator());

        assertEquals(suspended.toString(), 200, suspended.status());
        assertEquals(until, Instant.parse(suspended.json().path("suspendedUntil").asText()));
        JsonNode refused = assertProblem(signIn(email, Residents.PASSWORD, "fr"), 403);
        assertEquals(until, Instant.parse(refused.path("suspendedUntil").asText()));
        assertTrue(refused.toString(), refused.path("detail").asText().startsWith("Ce compte est suspendu jusqu'au ")
                && refused.path("detail").asText().endsWith(" UTC."));
        assertFalse(feed(neighbour, LE_HAVRE).contains(post));

        String early = operator("entraide:suspensions-end --at " + until.minusSeconds(60));
        assertTrue(early, early.contains("accounts reinstated"));
        assertProblem(signIn(email, Residents.PASSWORD, null), 403);

        String ended = operator("entraide:suspensions-end --at " + until.plusSeconds(1));

        assertTrue(ended, ended.matches("(?s).*\\b[1-9]\\d* accounts reinstated.*"));
        assertTrue(feed(neighbour, LE_HAVRE).contains(post));
        assertEquals(200, api.get("/posts/" + post, neighbour).status());
        Residents.token(api, email, Residents.PASSWORD);
    }

    @Test
    public void onlyModeratorsOfTheAccountSuspendItAndARefusalWritesNothing() throws Exception {
        String target = Residents.signedIn(api, Residents.uniqueEmail("cible"), EVREUX[0], EVREUX[1]);
        String targetId = accountId(target);
        String neighbour = Residents.signedIn(api, Residents.uniqueEmail("voisin"), EVREUX[0], EVREUX[1]);
        String post = post(target, "Prêt d'une échelle", EVREUX);
        String moderator = moderator();
        String moderatorId = accountId(moderator);
        String operatorEmail = Residents.uniqueEmail("operatrice");
        operator("entraide:account-create --name Opératrice --home " + EVREUX[0] + "," + EVREUX[1]
                + " --role OPERATOR --password \"" + Residents.PASSWORD + "\" " + operatorEmail);
        String operatorId = accountId(Residents.token(api, operatorEmail, Residents.PASSWORD));
        String valid = "{\"reason\":\"Spam\"}";

        assertProblem(suspend(targetId, valid, null), 401);
        assertProblem(suspend(targetId, valid, neighbour), 403);
        assertProblem(suspend("00000000-0000-0000-0000-000000000000", valid, neighbour), 403);
        assertProblem(reinstate(targetId, neighbour), 403);
        assertProblem(suspend("00000000-0000-0000-0000-000000000000", valid, moderator), 404);
        assertProblem(suspend(moderatorId, valid, moderator), 403);
        assertProblem(suspend(operatorId, valid, moderator), 403);
        assertFields(suspend(targetId, "{}", moderator), "reason");
        assertFields(suspend(targetId, "{\"reason\":\"" + "x".repeat(501) + "\"}", moderator), "reason");
        assertFields(suspend(targetId, "{\"reason\":\"Spam\",\"until\":\"" + Instant.now().minusSeconds(60) + "\"}",
                moderator), "until");
        assertFields(suspend(targetId, "{\"reason\":\"Spam\",\"until\":\""
                + Instant.now().plus(3700, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\"}", moderator),
                "until");
        assertProblem(suspend(targetId, "{\"reason\":\"Spam\",\"until\":\"demain\"}", moderator), 400);
        assertFields(api.post("/moderation/accounts/" + targetId + "/reinstate", "{\"reason\":\""
                + "x".repeat(501) + "\"}", moderator), "reason");

        assertEquals("still active", "ACTIVE", api.get("/me", target).json().path("status").asText());
        assertTrue(feed(neighbour, EVREUX).contains(post));
        assertEquals("a reinstatement without a body", 200,
                api.post("/moderation/accounts/" + targetId + "/reinstate", "", moderator).status());
        assertEquals(200, api.get("/me", target).status());
    }

    @Test
    public void aTerritorysModeratorSuspendsTheAccountsWhoseHomeLiesInIt() throws Exception {
        String email = Residents.uniqueEmail("moderatrice-caen");
        String moderator = Residents.signedIn(api, email, CAEN[0], CAEN[1]);
        String caennais = Residents.signedIn(api, Residents.uniqueEmail("caennais"), CAEN[0], CAEN[1]);
        String elsewhere = Residents.signedIn(api, Residents.uniqueEmail("ebroicien"), EVREUX[0], EVREUX[1]);
        TerritoriesIT.write("itest-suspension", "name = Caen\nperimeter.lat = " + CAEN[0] + "\nperimeter.lon = "
                + CAEN[1] + "\nperimeter.radiusKm = 20\nmoderators = " + email + "\n");
        try {
            TerritoriesIT.until(() -> shell("entraide:territories").contains(email));

            assertProblem(suspend(accountId(elsewhere), "{\"reason\":\"Spam\"}", moderator), 403);
            assertEquals(200, api.get("/me", elsewhere).status());
            Api.Reply suspended = suspend(accountId(caennais), "{\"reason\":\"Spam\"}", moderator);
            assertEquals(suspended.toString(), 200, suspended.status());
            assertProblem(api.get("/me", caennais), 401);
        } finally {
            java.nio.file.Files.deleteIfExists(TerritoriesIT.territoryFile("itest-suspension"));
            TerritoriesIT.until(() -> !shell("entraide:territories").contains("itest-suspension"));
        }
    }

    @Test
    public void operatorsSuspendAndReinstateFromTheShell() throws Exception {
        String email = Residents.uniqueEmail("console");
        String author = Residents.signedIn(api, email, DIEPPE[0], DIEPPE[1]);
        String neighbour = Residents.signedIn(api, Residents.uniqueEmail("voisine"), DIEPPE[0], DIEPPE[1]);
        String post = post(author, "Garde de chat en août", DIEPPE);
        Instant until = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String operatorEmail = Residents.uniqueEmail("operateur");
        operator("entraide:account-create --name Opérateur --home " + DIEPPE[0] + "," + DIEPPE[1]
                + " --role OPERATOR --password \"" + Residents.PASSWORD + "\" " + operatorEmail);

        String suspended = operator("entraide:account-suspend --until " + until + " " + email + " \"Spam répété\"");

        assertTrue(suspended, suspended.contains(email + " is SUSPENDED until " + until));
        assertProblem(api.get("/me", author), 401);
        assertFalse(feed(neighbour, DIEPPE).contains(post));
        assertTrue(operator("entraide:account-list --help").contains("suspended"));
        // Refusals are printed on the error stream, which the session API captures with the rest.
        String refused = shell("entraide:account-suspend " + operatorEmail + " Spam");
        assertTrue(refused, refused.contains("operator"));
        assertTrue(shell("entraide:account-suspend nobody@example.fr Spam").contains("No account with this email"));
        assertTrue(shell("entraide:account-suspend --until hier " + email + " Spam").contains("ISO-8601"));
        assertTrue("unchanged by the refusals", shell("entraide:account-reinstate " + operatorEmail)
                .contains(operatorEmail + " is ACTIVE"));

        String reinstated = operator("entraide:account-reinstate " + email);

        assertTrue(reinstated, reinstated.contains(email + " is ACTIVE"));
        assertTrue(feed(neighbour, DIEPPE).contains(post));
        assertEquals(200, api.get("/me", Residents.token(api, email, Residents.PASSWORD)).status());
        Residents.token(api, operatorEmail, Residents.PASSWORD);
    }

    /** A 422 naming exactly these fields. */
    private static void assertFields(Api.Reply reply, String... fields) throws Exception {
        JsonNode problem = assertProblem(reply, 422);
        List<String> named = new ArrayList<>();
        problem.path("errors").forEach(error -> named.add(error.path("field").asText()));
        assertEquals(reply.toString(), List.of(fields), named);
    }
}
