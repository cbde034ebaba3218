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
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.Test;

/**
 * Relays for people without internet, over HTTP and from the shell: the role RELAY granted by the moderators of the
 * territory of the account's home (and logged), refused to residents and to another territory's moderators; a
 * relay's beneficiaries, with their consent, refused bad input writing nothing, found by their relay alone; a post
 * for a beneficiary located at their commune and named by their first name; the answer in the relay's conversation
 * labelled with the beneficiary; the printed sheet; the export; the erasure, which takes their posts; a revoked relay
 * keeps the GDPR calls but posts for nobody. Around Clermont-Ferrand and Limoges, where no other test posts.
 */
public class RelayIT extends EntraideTestSupport {

    private static final double[] CLERMONT = {45.7797, 3.0868};
    private static final double[] LIMOGES = {45.8336, 1.2476};
    /** The gazetteer's centre of Clermont-Ferrand (INSEE 63113). */
    private static final double[] CLERMONT_CENTRE = {45.77969, 3.08682};
    private static final String CLERMONT_KEY = "itest-clermont";
    private static final String LIMOGES_KEY = "itest-limoges";

    private static Person clermontModerator;
    private static Person limogesModerator;
    private static Person resident;

    /** Someone registered for a test, with their token. */
    private record Person(String id, String email, String token, String name) {
    }

    @Before
    public void territoriesWithModerators() throws Exception {
        if (clermontModerator == null) {
            clermontModerator = register("Modératrice clermontoise", CLERMONT);
            limogesModerator = register("Modérateur limougeaud", LIMOGES);
            resident = register("Paul l'Auvergnat", CLERMONT);
        }
        TerritoriesIT.write(CLERMONT_KEY, "name = Clermont\nperimeter.lat = " + CLERMONT[0] + "\nperimeter.lon = "
                + CLERMONT[1] + "\nperimeter.radiusKm = 15\nmoderators = " + clermontModerator.email() + "\n");
        TerritoriesIT.write(LIMOGES_KEY, "name = Limoges\nperimeter.lat = " + LIMOGES[0] + "\nperimeter.lon = "
                + LIMOGES[1] + "\nperimeter.radiusKm = 15\nmoderators = " + limogesModerator.email() + "\n");
        TerritoriesIT.until(() -> {
            String territories = shell("entraide:territories");
            return territories.contains(clermontModerator.email()) && territories.contains(limogesModerator.email());
        });
    }

    @AfterClass
    public static void removeTerritories() throws Exception {
        Files.deleteIfExists(TerritoriesIT.territoryFile(CLERMONT_KEY));
        Files.deleteIfExists(TerritoriesIT.territoryFile(LIMOGES_KEY));
    }

    private Person register(String name, double[] home) throws Exception {
        String email = Residents.uniqueEmail("relais");
        Api.Reply created = api.post("/accounts", Residents.registration(email, name, home[0], home[1]));
        assertEquals(created.toString(), 201, created.status());
        return new Person(created.json().path("id").asText(), email, Residents.token(api, email, Residents.PASSWORD),
                name);
    }

    private static String grantBody(String accountId) {
        return "{\"accountId\":\"" + accountId + "\"}";
    }

    private Person relay(String name) throws Exception {
        Person relay = register(name, CLERMONT);
        Api.Reply granted = api.post("/moderation/relays", grantBody(relay.id()), clermontModerator.token());
        assertEquals(granted.toString(), 200, granted.status());
        return relay;
    }

    private List<String> roles(Person person) throws Exception {
        List<String> roles = new ArrayList<>();
        api.get("/me", person.token()).json().path("roles").forEach(r -> roles.add(r.asText()));
        return roles;
    }

    private List<JsonNode> logOn(Person moderator, String targetId) throws Exception {
        Api.Reply log = api.get("/moderation/log?limit=100", moderator.token());
        assertEquals(log.toString(), 200, log.status());
        List<JsonNode> entries = new ArrayList<>();
        log.json().path("items").forEach(e -> {
            if (e.path("targetId").asText().equals(targetId)) {
                entries.add(e);
            }
        });
        return entries;
    }

    private boolean listed(Person moderator, String accountId) throws Exception {
        Api.Reply list = api.get("/moderation/relays", moderator.token());
        assertEquals(list.toString(), 200, list.status());
        assertTrue(list.toString(), list.json().has("nextCursor") && list.json().path("nextCursor").isNull());
        for (JsonNode relay : list.json().path("items")) {
            if (relay.path("id").asText().equals(accountId)) {
                assertFalse(relay.toString(), relay.path("since").asText().isEmpty());
                assertFalse(relay.toString(), relay.path("displayName").asText().isEmpty());
                return true;
            }
        }
        return false;
    }

    @Test
    public void territoryModeratorsGrantTheRoleAndOthersAreRefused() throws Exception {
        Person candidate = register("Claire du CCAS", CLERMONT);

        assertProblem(api.post("/moderation/relays", grantBody(candidate.id()), resident.token()), 403);
        assertProblem(api.post("/moderation/relays", grantBody(candidate.id()), limogesModerator.token()), 403);
        assertProblem(api.post("/moderation/relays", grantBody("no-such-account"), clermontModerator.token()), 404);
        assertFalse(roles(candidate).contains("RELAY"));
        assertTrue("nothing logged on a refusal", logOn(clermontModerator, candidate.id()).isEmpty());

        Api.Reply granted = api.post("/moderation/relays", grantBody(candidate.id()), clermontModerator.token());

        assertEquals(granted.toString(), 200, granted.status());
        assertEquals(candidate.id(), granted.json().path("id").asText());
        assertEquals("Claire du CCAS", granted.json().path("displayName").asText());
        assertTrue(granted.toString(), granted.json().path("roles").toString().contains("\"RELAY\""));
        assertTrue(roles(candidate).contains("RELAY"));
        Api.Reply again = api.post("/moderation/relays", grantBody(candidate.id()), clermontModerator.token());
        assertEquals(again.toString(), 200, again.status());
        List<JsonNode> log = logOn(clermontModerator, candidate.id());
        assertEquals("granted twice, logged once: " + log, 1, log.size());
        assertEquals("RELAY_GRANT", log.get(0).path("action").asText());
        assertEquals("ACCOUNT", log.get(0).path("targetType").asText());
        assertTrue(listed(clermontModerator, candidate.id()));
        assertFalse("another territory's relay", listed(limogesModerator, candidate.id()));
        assertProblem(api.get("/moderation/relays", resident.token()), 403);
        assertProblem(api.delete("/moderation/relays/" + candidate.id(), limogesModerator.token()), 403);
        assertTrue(roles(candidate).contains("RELAY"));

        assertTrue(shell("entraide:relays"), shell("entraide:relays").contains(candidate.email()));
        String revoked = shell("entraide:relay-revoke " + candidate.email());
        assertTrue(revoked, revoked.contains("is not a relay"));
        assertFalse(roles(candidate).contains("RELAY"));
        assertFalse(shell("entraide:relays").contains(candidate.email()));
        String regranted = shell("entraide:relay-grant " + candidate.email());
        assertTrue(regranted, regranted.contains("is a relay"));
        assertTrue(roles(candidate).contains("RELAY"));

        Api.Reply deleted = api.delete("/moderation/relays/" + candidate.id(), clermontModerator.token());
        assertEquals(deleted.toString(), 204, deleted.status());
        assertFalse(roles(candidate).contains("RELAY"));
        List<String> actions = new ArrayList<>();
        logOn(clermontModerator, candidate.id()).forEach(e -> actions.add(e.path("action").asText()));
        assertEquals("newest first", List.of("RELAY_REVOKE", "RELAY_GRANT", "RELAY_REVOKE", "RELAY_GRANT"), actions);
    }

    private int beneficiaries(Person relay) throws Exception {
        Api.Reply list = api.get("/me/beneficiaries", relay.token());
        assertEquals(list.toString(), 200, list.status());
        return list.json().path("items").size();
    }

    private static String consent(String obtainedAt, String method) {
        return "\"consent\":{\"obtainedAt\":\"" + obtainedAt + "\",\"method\":\"" + method + "\"}";
    }

    private static void assertField(Api.Reply reply, String field) throws Exception {
        JsonNode problem = assertProblem(reply, 422);
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertTrue(reply + " names " + field, fields.contains(field));
    }

    @Test
    public void aRelayRegistersABeneficiaryPostsForThemPrintsTheSheetExportsAndErases() throws Exception {
        Person relay = relay("Rose la relais");
        Person otherRelay = relay("Hugo le relais");
        String yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String valid = "{\"firstName\":\"Marcelle\",\"commune\":\"63113\",\"phone\":\"04 73 00 00 00\","
                + consent(yesterday, "ORAL") + "}";

        int before = beneficiaries(relay);
        assertProblem(api.post("/me/beneficiaries", valid, resident.token()), 403);
        assertField(api.post("/me/beneficiaries", "{\"firstName\":\"Marcelle\",\"commune\":\"63113\",\"location\":"
                + "{\"lat\":45.78,\"lon\":3.08}," + consent(yesterday, "ORAL") + "}", relay.token()), "commune");
        assertField(api.post("/me/beneficiaries", "{\"firstName\":\"Marcelle\"," + consent(yesterday, "ORAL") + "}",
                relay.token()), "commune");
        assertField(api.post("/me/beneficiaries", "{\"firstName\":\"Marcelle\",\"commune\":\"99999\","
                + consent(yesterday, "ORAL") + "}", relay.token()), "commune");
        assertField(api.post("/me/beneficiaries", "{\"firstName\":\"Marcelle\",\"commune\":\"63113\"}",
                relay.token()), "consent");
        assertField(api.post("/me/beneficiaries", "{\"firstName\":\"Marcelle\",\"commune\":\"63113\","
                + consent(Instant.now().plus(2, ChronoUnit.DAYS).toString(), "ORAL") + "}", relay.token()),
                "consent.obtainedAt");
        assertField(api.post("/me/beneficiaries", "{\"firstName\":\"Marcelle\",\"commune\":\"63113\","
                + consent(yesterday, "SMS") + "}", relay.token()), "consent.method");
        assertField(api.post("/me/beneficiaries", "{\"firstName\":\"" + "M".repeat(41) + "\",\"commune\":\"63113\","
                + consent(yesterday, "ORAL") + "}", relay.token()), "firstName");
        assertField(api.post("/me/beneficiaries", "{\"firstName\":\"Marcelle\",\"commune\":\"63113\",\"phone\":"
                + "\"appelez-moi\"," + consent(yesterday, "WRITTEN") + "}", relay.token()), "phone");
        assertEquals("nothing written on a refusal", before, beneficiaries(relay));

        Api.Reply created = api.post("/me/beneficiaries", valid, relay.token());

        assertEquals(created.toString(), 201, created.status());
        JsonNode marcelle = created.json();
        String id = marcelle.path("id").asText();
        assertEquals("Marcelle", marcelle.path("firstName").asText());
        assertEquals("63113", marcelle.path("commune").path("inseeCode").asText());
        assertEquals("Clermont-Ferrand", marcelle.path("commune").path("name").asText());
        assertTrue(marcelle.toString(), marcelle.has("location") && marcelle.path("location").isNull());
        assertEquals("04 73 00 00 00", marcelle.path("phone").asText());
        assertEquals("ORAL", marcelle.path("consent").path("method").asText());
        assertEquals(Instant.parse(yesterday), Instant.parse(marcelle.path("consent").path("obtainedAt").asText()));
        assertEquals(relay.id(), marcelle.path("consent").path("recordedBy").path("id").asText());
        assertEquals("Rose la relais", marcelle.path("consent").path("recordedBy").path("displayName").asText());
        assertFalse(marcelle.path("consent").path("recordedAt").asText().isEmpty());
        assertEquals(0, marcelle.path("posts").asInt());
        Api.Reply jeanne = api.post("/me/beneficiaries", "{\"firstName\":\"Jeanne\",\"location\":{\"lat\":45.77,"
                + "\"lon\":3.1}," + consent(yesterday, "WRITTEN") + "}", relay.token());
        assertEquals(jeanne.toString(), 201, jeanne.status());
        assertEquals(45.77, jeanne.json().path("location").path("lat").asDouble(), 1e-9);
        assertTrue(jeanne.json().path("commune").isNull());
        Api.Reply list = api.get("/me/beneficiaries", relay.token());
        assertEquals(before + 2, list.json().path("items").size());
        assertEquals("by first name", "Jeanne", list.json().path("items").get(0).path("firstName").asText());
        assertEquals(0, beneficiaries(otherRelay));

        assertEquals(200, api.get("/me/beneficiaries/" + id, relay.token()).status());
        assertProblem(api.get("/me/beneficiaries/" + id, otherRelay.token()), 404);
        assertProblem(api.get("/me/beneficiaries/" + id, resident.token()), 404);
        assertProblem(api.get("/me/beneficiaries/no-such-one", relay.token()), 404);
        assertProblem(api.patch("/me/beneficiaries/" + id, "{\"phone\":\"06 00\"}", otherRelay.token()), 404);
        assertField(api.patch("/me/beneficiaries/" + id, "{\"firstName\":\"\"}", relay.token()), "firstName");
        assertField(api.patch("/me/beneficiaries/" + id, "{\"commune\":\"63113\",\"location\":{\"lat\":45.7,"
                + "\"lon\":3.1}}", relay.token()), "commune");
        assertEquals("04 73 00 00 00", api.get("/me/beneficiaries/" + id, relay.token()).json().path("phone")
                .asText());
        Api.Reply patched = api.patch("/me/beneficiaries/" + id, "{\"phone\":\"+33 4 73 11 22 33\"}", relay.token());
        assertEquals(patched.toString(), 200, patched.status());
        assertEquals("+33 4 73 11 22 33", patched.json().path("phone").asText());
        assertEquals("Marcelle", patched.json().path("firstName").asText());
        assertEquals("63113", patched.json().path("commune").path("inseeCode").asText());

        String postId = postForMarcelle(relay, otherRelay, id);
        String conversation = answerAndLabel(relay, postId);
        sheet(relay, postId);
        export(relay, otherRelay, id, postId);
        revokedRelayKeepsTheGdprCalls(relay, id);

        Api.Reply erased = api.delete("/me/beneficiaries/" + id, relay.token());

        assertEquals(erased.toString(), 204, erased.status());
        assertProblem(api.get("/me/beneficiaries/" + id, relay.token()), 404);
        assertProblem(api.get("/posts/" + postId, relay.token()), 404);
        assertProblem(api.get("/posts/" + postId, resident.token()), 404);
        assertProblem(api.get("/conversations/" + conversation, resident.token()), 404);
        assertEquals("Jeanne stays", before + 1, beneficiaries(relay));
        assertProblem(api.delete("/me/beneficiaries/" + id, relay.token()), 404);
    }

    private String postForMarcelle(Person relay, Person otherRelay, String id) throws Exception {
        String post = "{\"kind\":\"REQUEST\",\"category\":\"errands\",\"title\":\"Courses pour Marcelle\","
                + "\"body\":\"Du pain et du lait, deux fois par semaine.\",\"beneficiaryId\":\"" + id + "\"}";
        assertProblem(api.post("/posts", post, resident.token()), 403);
        assertField(api.post("/posts", post, otherRelay.token()), "beneficiaryId");
        assertField(api.post("/posts", post.replace(id, "no-such-one"), relay.token()), "beneficiaryId");
        assertEquals("nothing written", 0, api.get("/me/beneficiaries/" + id, relay.token()).json().path("posts")
                .asInt());

        Api.Reply created = api.post("/posts", post, relay.token());

        assertEquals(created.toString(), 201, created.status());
        JsonNode view = created.json();
        String postId = view.path("id").asText();
        assertEquals("Marcelle", view.path("onBehalfOf").path("beneficiary").asText());
        assertEquals(relay.id(), view.path("author").path("id").asText());
        assertEquals(id, view.path("beneficiaryId").asText());
        double lat = view.path("position").path("lat").asDouble();
        double lon = view.path("position").path("lon").asDouble();
        assertTrue("at the commune's centre, fuzzed: " + view, Math.abs(lat - CLERMONT_CENTRE[0]) < 0.02
                && Math.abs(lon - CLERMONT_CENTRE[1]) < 0.03);
        assertEquals(id, api.get("/posts/" + postId, relay.token()).json().path("beneficiaryId").asText());
        JsonNode seen = api.get("/posts/" + postId, resident.token()).json();
        assertEquals("Marcelle", seen.path("onBehalfOf").path("beneficiary").asText());
        assertFalse("the beneficiary's id is the author's alone: " + seen, seen.has("beneficiaryId"));
        assertFalse(seen.toString(), seen.toString().contains(id));
        assertFalse(api.get("/posts/" + postId).json().has("beneficiaryId"));
        assertEquals(1, api.get("/me/beneficiaries/" + id, relay.token()).json().path("posts").asInt());
        return postId;
    }

    private String answerAndLabel(Person relay, String postId) throws Exception {
        Api.Reply answer = api.post("/posts/" + postId + "/responses",
                "{\"message\":\"Je passe jeudi <script>alert('x')</script> à 10 h.\"}", resident.token());
        assertEquals(answer.toString(), 201, answer.status());
        String conversation = answer.json().path("id").asText();
        assertEquals("Marcelle", answer.json().path("beneficiary").asText());
        JsonNode found = null;
        for (JsonNode item : api.get("/conversations?limit=50", relay.token()).json().path("items")) {
            if (item.path("id").asText().equals(conversation)) {
                found = item;
            }
        }
        assertNotNull("the relay has the conversation", found);
        assertEquals("Marcelle", found.path("beneficiary").asText());
        assertEquals("Marcelle", api.get("/conversations/" + conversation, relay.token()).json().path("beneficiary")
                .asText());
        Api.Reply reply = api.post("/conversations/" + conversation + "/messages",
                "{\"body\":\"Parfait, Marcelle vous attend.\"}", relay.token());
        assertEquals(reply.toString(), 201, reply.status());
        return conversation;
    }

    private void sheet(Person relay, String postId) throws Exception {
        Api.Reply french = api.get("/posts/" + postId + "/sheet", relay.token());
        assertEquals(french.toString(), 200, french.status());
        assertTrue(french.contentType(), french.contentType().startsWith("text/html"));
        assertTrue(french.contentType(), french.contentType().toLowerCase().contains("charset=utf-8"));
        String html = french.body();
        assertTrue(html, html.contains("Courses pour Marcelle"));
        assertTrue(html, html.contains("Fiche d\u2019entraide"));
        assertTrue(html, html.contains("Paul l&#39;Auvergnat"));
        assertTrue(html, html.contains("Rose la relais"));
        assertTrue(html, html.contains("Parfait, Marcelle vous attend."));
        assertTrue(html, html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertFalse(html, html.contains("<script"));
        assertTrue(html, html.contains("@media print"));
        assertTrue("oldest first", html.indexOf("Je passe jeudi") < html.indexOf("Parfait, Marcelle"));
        HttpRequest english = api.request("/posts/" + postId + "/sheet", relay.token())
                .header("Accept-Language", "en-GB,en;q=0.8").GET().build();
        String englishHtml = api.send(english).body();
        assertTrue(englishHtml, englishHtml.contains("Who answered") && englishHtml.contains("lang=\"en\""));
        assertProblem(api.get("/posts/" + postId + "/sheet", resident.token()), 404);
        assertProblem(api.get("/posts/" + postId + "/sheet"), 401);
    }

    private void export(Person relay, Person otherRelay, String id, String postId) throws Exception {
        Api.Reply export = api.get("/me/beneficiaries/" + id + "/export", relay.token());
        assertEquals(export.toString(), 200, export.status());
        JsonNode data = export.json();
        assertEquals("Marcelle", data.path("beneficiary").path("firstName").asText());
        assertEquals("+33 4 73 11 22 33", data.path("beneficiary").path("phone").asText());
        assertEquals("ORAL", data.path("beneficiary").path("consent").path("method").asText());
        assertEquals(relay.id(), data.path("beneficiary").path("consent").path("recordedBy").path("id").asText());
        assertEquals(1, data.path("posts").size());
        JsonNode post = data.path("posts").get(0);
        assertEquals(postId, post.path("id").asText());
        assertEquals("Courses pour Marcelle", post.path("title").asText());
        JsonNode messages = post.path("conversations").get(0).path("messages");
        assertEquals(messages.toString(), 2, messages.size());
        assertFalse(messages.get(0).path("fromRelay").asBoolean());
        assertTrue(messages.get(1).path("fromRelay").asBoolean());
        assertEquals("Parfait, Marcelle vous attend.", messages.get(1).path("body").asText());
        assertProblem(api.get("/me/beneficiaries/" + id + "/export", otherRelay.token()), 404);
        assertProblem(api.delete("/me/beneficiaries/" + id, otherRelay.token()), 404);
    }

    private void revokedRelayKeepsTheGdprCalls(Person relay, String id) throws Exception {
        Api.Reply revoked = api.delete("/moderation/relays/" + relay.id(), clermontModerator.token());
        assertEquals(revoked.toString(), 204, revoked.status());
        assertFalse(roles(relay).contains("RELAY"));
        assertProblem(api.post("/posts", "{\"kind\":\"REQUEST\",\"category\":\"errands\",\"title\":\"Encore des"
                + " courses\",\"body\":\"Du pain.\",\"beneficiaryId\":\"" + id + "\"}", relay.token()), 403);
        assertProblem(api.post("/me/beneficiaries", "{\"firstName\":\"Louis\",\"commune\":\"63113\","
                + consent(Instant.now().minusSeconds(60).toString(), "ORAL") + "}", relay.token()), 403);
        assertEquals(1, api.get("/me/beneficiaries/" + id, relay.token()).json().path("posts").asInt());
        assertEquals(200, api.get("/me/beneficiaries/" + id + "/export", relay.token()).status());
        assertTrue(beneficiaries(relay) >= 2);
    }
}
