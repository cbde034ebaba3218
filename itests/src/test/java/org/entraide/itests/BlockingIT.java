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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/**
 * Blocking and muting over HTTP (issue 17): the feed both ways for a block and one way for a mute, answers,
 * messages in an existing conversation, taking part in the operations of an actor whose only manager blocks, all
 * restored by unblocking; the lists, the public profile, the refusals, the export and the erasure.
 */
public class BlockingIT extends EntraideTestSupport {

    private static final AtomicInteger AREAS = new AtomicInteger();
    private static final String DEPOSIT = "{\"attributes\":{\"kind\":\"deposit\",\"items\":[\"books\"]}}";
    private static final String BOX = "{\"type\":\"donation-box\",\"title\":\"Boîte à livres du lavoir\","
            + "\"attributes\":{\"acceptedItems\":[\"books\",\"clothes\"],"
            + "\"accessHours\":{\"sat\":[[\"09:00\",\"18:00\"]]}}}";

    /**
     * A place of its own for each test, on a north-south line through Dole, where no other test posts: 40 km and
     * more east of Dijon, whose 8 km around are DashboardIT's territory, counted exactly.
     */
    private static double[] freshArea() {
        return new double[] {47.10 + AREAS.getAndIncrement() * 0.15, 5.55};
    }

    /** A resident living at this place: their token and their account's id. */
    private String[] resident(String name, double[] at) throws Exception {
        String token = Residents.signedIn(api, Residents.uniqueEmail(name), at[0], at[1]);
        return new String[] {token, api.get("/me", token).json().path("id").asText()};
    }

    private Api.Reply block(String[] who, String[] whom) throws Exception {
        return api.post("/me/blocks", "{\"accountId\":\"" + whom[1] + "\"}", who[0]);
    }

    private Api.Reply mute(String[] who, String[] whom) throws Exception {
        return api.post("/me/mutes", "{\"accountId\":\"" + whom[1] + "\"}", who[0]);
    }

    private List<String> feed(String[] viewer, double[] at, String extra) throws Exception {
        String path = "/feed?lat=" + at[0] + "&lon=" + at[1] + "&radiusKm=3" + extra;
        Api.Reply feed = viewer == null ? api.get(path) : api.get(path, viewer[0]);
        assertEquals(feed.toString(), 200, feed.status());
        List<String> ids = new ArrayList<>();
        feed.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private Api.Reply message(String conversation, String[] sender) throws Exception {
        return api.post("/conversations/" + conversation + "/messages", "{\"body\":\"Toujours d'accord ?\"}",
                sender[0]);
    }

    private Api.Reply answer(String post, String[] responder) throws Exception {
        return api.post("/posts/" + post + "/responses", "{\"message\":\"Je peux vous aider.\"}", responder[0]);
    }

    /** The problem's detail, checked not to tell its reader that they were blocked. */
    private static String neutral(Api.Reply refused) throws Exception {
        String detail = assertProblem(refused, 403).path("detail").asText();
        String lower = refused.body().toLowerCase(Locale.ROOT);
        assertFalse(detail, lower.contains("block") || lower.contains("bloqu"));
        return detail;
    }

    /** The problem's detail, checked to tell the one who blocks why. */
    private static void toldTheyBlocked(Api.Reply refused) throws Exception {
        String detail = assertProblem(refused, 403).path("detail").asText();
        assertTrue(detail, detail.contains("You blocked"));
    }

    private int notifications(String[] who) throws Exception {
        return api.get("/notifications?limit=100", who[0]).json().path("items").size();
    }

    @Test
    public void aBlockHidesPostsBothWaysAMuteOneWayAndTheFeedStaysFull() throws Exception {
        double[] at = freshArea();
        String[] anne = resident("anne", at);
        String[] bruno = resident("bruno", at);
        String[] chloe = resident("chloe", at);
        String annes = Posting.request(api, anne[0], "Aide pour porter des cartons", at);
        String chloes = Posting.request(api, chloe[0], "Arroser mes tomates en août", at);
        String brunos = Posting.request(api, bruno[0], "Un coup de main au jardin", at);
        assertTrue(feed(anne, at, "").containsAll(List.of(annes, chloes, brunos)));

        assertEquals(201, block(anne, bruno).status());
        assertEquals(201, mute(chloe, anne).status());

        assertEquals(List.of(chloes, annes), feed(anne, at, ""));
        assertEquals("blocked: neither sees the other", List.of(brunos, chloes), feed(bruno, at, ""));
        assertEquals("muted: one way only", List.of(brunos, chloes), feed(chloe, at, ""));
        assertEquals("nothing changes for the anonymous", List.of(brunos, chloes, annes), feed(null, at, ""));
        Api.Reply first = api.get("/feed?lat=" + at[0] + "&lon=" + at[1] + "&radiusKm=3&limit=1", anne[0]);
        assertEquals("a hidden post does not shorten a page", chloes, first.json().path("items").path(0).path("id")
                .asText());
        String cursor = first.json().path("nextCursor").asText();
        assertEquals("and the next page follows on", List.of(annes), feed(anne, at, "&limit=1&cursor=" + cursor));

        assertEquals(204, api.delete("/me/blocks/" + bruno[1], anne[0]).status());
        assertEquals(204, api.delete("/me/mutes/" + anne[1], chloe[0]).status());

        assertEquals(List.of(brunos, chloes, annes), feed(anne, at, ""));
        assertEquals(List.of(brunos, chloes, annes), feed(bruno, at, ""));
        assertEquals(List.of(brunos, chloes, annes), feed(chloe, at, ""));
    }

    @Test
    public void theBlockedCannotAnswerNorWriteAndAreNotToldWhyWhileTheBlockerIs() throws Exception {
        double[] at = freshArea();
        String[] anne = resident("anne", at);
        String[] bruno = resident("bruno", at);
        String[] chloe = resident("chloe", at);
        String annes = Posting.request(api, anne[0], "Monter une armoire", at);
        String brunos = Posting.request(api, bruno[0], "Promener mon chien", at);
        String conversation = Posting.answer(api, annes, bruno[0]);
        int annesNotifications = notifications(anne);
        int brunosNotifications = notifications(bruno);

        assertEquals(201, block(anne, bruno).status());

        neutral(message(conversation, bruno));
        neutral(answer(annes, bruno));
        toldTheyBlocked(message(conversation, anne));
        toldTheyBlocked(answer(brunos, anne));
        assertEquals("nothing was written", 1, api.get("/conversations/" + conversation, anne[0]).json()
                .path("messages").size());
        assertEquals("the blocker is not notified", annesNotifications, notifications(anne));
        assertEquals("the blocked is not told", brunosNotifications, notifications(bruno));
        assertEquals("others still answer", 201, answer(annes, chloe).status());
        assertEquals(200, api.get("/conversations/" + conversation, bruno[0]).status());

        assertEquals("a mute does not stop anyone writing", 201, mute(anne, chloe).status());
        assertEquals(201, answer(brunos, chloe).status());
        assertEquals(201, answer(annes, chloe).status());

        assertEquals(204, api.delete("/me/blocks/" + bruno[1], anne[0]).status());
        assertEquals(201, message(conversation, bruno).status());
        assertEquals(201, message(conversation, anne).status());
        assertEquals(201, answer(brunos, anne).status());
        assertTrue("the messages notify again", notifications(anne) > annesNotifications);
    }

    @Test
    public void theOnlyManagerOfAnActorAndTheBlockedDoNotMeetInItsOperations() throws Exception {
        double[] at = freshArea();
        String[] anne = resident("anne", at);
        String[] bruno = resident("bruno", at);
        String[] chloe = resident("chloe", at);
        String[] david = resident("david", at);
        String solo = operation(anne, at, "Bibliothèque de rue");

        assertEquals(201, block(anne, bruno).status());
        assertEquals(201, block(david, anne).status());

        neutral(participate(solo, bruno));
        toldTheyBlocked(participate(solo, david));
        assertEquals(201, participate(solo, chloe).status());
        assertEquals(1, api.get("/operations/" + solo + "/participations", anne[0]).json().path("items").size());

        String actor = api.get("/operations/" + solo, anne[0]).json().path("actorId").asText();
        String shared = operation(anne, at, "Ressourcerie du quartier");
        String sharedActor = api.get("/operations/" + shared, anne[0]).json().path("actorId").asText();
        String code = api.post("/actors/" + sharedActor + "/invitations", "", anne[0]).json().path("code").asText();
        assertEquals(200, api.post("/actors/" + sharedActor + "/managers", "{\"code\":\"" + code + "\"}", chloe[0])
                .status());
        assertEquals("an actor with another manager stays open", 201, participate(shared, bruno).status());
        assertEquals(201, participate(shared, david).status());
        assertFalse(actor.equals(sharedActor));

        assertEquals(204, api.delete("/me/blocks/" + bruno[1], anne[0]).status());
        assertEquals(204, api.delete("/me/blocks/" + anne[1], david[0]).status());
        assertEquals(201, participate(solo, bruno).status());
        assertEquals(201, participate(solo, david).status());
    }

    private String operation(String[] manager, double[] at, String name) throws Exception {
        Api.Reply actor = api.post("/actors", ActorsIT.actor("association", name, at[0], at[1],
                ActorsIT.ASSOCIATION), manager[0]);
        assertEquals(actor.toString(), 201, actor.status());
        Api.Reply created = api.post("/actors/" + actor.json().path("id").asText() + "/operations", BOX, manager[0]);
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("id").asText();
    }

    private Api.Reply participate(String operation, String[] who) throws Exception {
        return api.post("/operations/" + operation + "/participations", DEPOSIT, who[0]);
    }

    @Test
    public void blocksAndMutesAreListedCheckedIdempotentExportedAndErased() throws Exception {
        double[] at = freshArea();
        String[] anne = resident("anne", at);
        String[] bruno = resident("bruno", at);
        String[] chloe = resident("chloe", at);
        assertEquals(0, api.get("/me/blocks", anne[0]).json().path("items").size());

        Api.Reply blocked = block(anne, bruno);
        Api.Reply again = block(anne, bruno);
        assertEquals(blocked.toString(), 201, blocked.status());
        assertEquals(bruno[1], blocked.json().path("accountId").asText());
        assertEquals("Voisine", blocked.json().path("displayName").asText());
        assertEquals(again.toString(), 200, again.status());
        assertEquals(blocked.json(), again.json());
        assertEquals(201, block(anne, chloe).status());
        assertEquals(201, mute(anne, chloe).status());
        assertEquals(200, mute(anne, chloe).status());

        JsonNode blocks = api.get("/me/blocks", anne[0]).json().path("items");
        assertEquals("the most recent first", List.of(chloe[1], bruno[1]),
                List.of(blocks.path(0).path("accountId").asText(), blocks.path(1).path("accountId").asText()));
        assertFalse(blocks.path(0).path("createdAt").asText().isEmpty());
        JsonNode mutes = api.get("/me/mutes", anne[0]).json().path("items");
        assertEquals(1, mutes.size());
        assertEquals(chloe[1], mutes.path(0).path("accountId").asText());
        JsonNode profile = api.get("/accounts/" + chloe[1], anne[0]).json();
        assertEquals(chloe[1], profile.path("id").asText());
        assertEquals("Voisine", profile.path("displayName").asText());
        assertTrue(profile.path("memberSince").asText().endsWith("T00:00:00Z"));
        assertTrue(profile.path("blocked").asBoolean() && profile.path("muted").asBoolean());
        assertFalse("profiles show no email", profile.toString().contains("@"));
        JsonNode seenBack = api.get("/accounts/" + anne[1], chloe[0]).json();
        assertFalse(seenBack.path("blocked").asBoolean() || seenBack.path("muted").asBoolean());

        // Refused, and nothing written: oneself, nobody, no account named, a body that is not one.
        assertEquals("accountId", assertProblem(block(anne, anne), 422).path("errors").path(0).path("field")
                .asText());
        assertProblem(mute(anne, anne), 422);
        assertProblem(block(anne, new String[] {null, "00000000-0000-0000-0000-000000000000"}), 404);
        assertProblem(mute(anne, new String[] {null, "nobody"}), 404);
        assertProblem(api.post("/me/blocks", "{}", anne[0]), 422);
        assertProblem(api.post("/me/blocks", "{\"accountId\":\"" + bruno[1] + "\",\"why\":\"x\"}", anne[0]), 400);
        assertProblem(api.post("/me/blocks", "{\"accountId\":\"" + bruno[1] + "\"}"), 401);
        assertProblem(api.get("/me/mutes"), 401);
        assertProblem(api.get("/accounts/" + bruno[1]), 401);
        assertProblem(api.get("/accounts/00000000-0000-0000-0000-000000000000", anne[0]), 404);
        assertEquals(2, api.get("/me/blocks", anne[0]).json().path("items").size());
        assertEquals(1, api.get("/me/mutes", anne[0]).json().path("items").size());

        JsonNode export = api.get("/me/export", anne[0]).json().path("relations");
        assertTrue(export.toString(), export.path("blocks").toString().contains(bruno[1]));
        assertTrue(export.toString(), export.path("mutes").toString().contains(chloe[1]));
        assertFalse("the blocked's export does not say who blocks them",
                api.get("/me/export", bruno[0]).body().contains(anne[1]));

        assertEquals(204, api.delete("/me/mutes/" + chloe[1], anne[0]).status());
        assertEquals(204, api.delete("/me/mutes/" + chloe[1], anne[0]).status());
        assertEquals(204, api.delete("/me/blocks/" + anne[1], bruno[0]).status());
        assertEquals(0, api.get("/me/mutes", anne[0]).json().path("items").size());
        assertEquals(204, api.delete("/me", bruno[0]).status());
        JsonNode left = api.get("/me/blocks", anne[0]).json().path("items");
        assertEquals("an erased account leaves the lists", 1, left.size());
        assertEquals(chloe[1], left.path(0).path("accountId").asText());
    }
}
