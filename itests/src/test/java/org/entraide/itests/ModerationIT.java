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
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.Test;

/**
 * Moderation of every report target over HTTP (issue 17): posts, actors (their operations with them), operations and
 * messages hidden and restored, each seen by its author or managers, another resident and a moderator of its
 * territory; the moderation log, the report queue grouped by target, dismissing, the notices to authors and
 * reporters, verifying actors; and the refusals, which write nothing. Two territories, Brest and Strasbourg, each
 * name one resident as moderator, as an operator does in etc/.
 */
public class ModerationIT extends EntraideTestSupport {

    static final double[] BREST = {48.3904, -4.4861};
    static final double[] STRASBOURG = {48.5734, 7.7521};
    private static final String BREST_KEY = "itest-moderation-brest";
    private static final String STRASBOURG_KEY = "itest-moderation-strasbourg";

    /** Who acts, registered once: an account id and a bearer token each. */
    private static Person brestModerator;
    private static Person strasbourgModerator;
    private static Person author;
    private static Person neighbour;
    private static Person reporter;

    record Person(String id, String token, String name) {
    }

    /**
     * Registers the people once, and writes the two territories before each test: Pax Exam runs each test method on
     * its own, {@link AfterClass} included, which removes them.
     */
    @Before
    public void territoriesWithModerators() throws Exception {
        if (brestModerator == null) {
            brestModerator = register("Modératrice de Brest", BREST);
            strasbourgModerator = register("Modérateur de Strasbourg", STRASBOURG);
            author = register("Autrice brestoise", BREST);
            neighbour = register("Voisin brestois", BREST);
            reporter = register("Signaleuse brestoise", BREST);
        }
        String brestEmail = api.get("/me", brestModerator.token()).json().path("email").asText();
        String strasbourgEmail = api.get("/me", strasbourgModerator.token()).json().path("email").asText();
        TerritoriesIT.write(BREST_KEY, "name = Brest\nperimeter.lat = " + BREST[0] + "\nperimeter.lon = " + BREST[1]
                + "\nperimeter.radiusKm = 15\nmoderators = " + brestEmail + "\n");
        TerritoriesIT.write(STRASBOURG_KEY, "name = Strasbourg\nperimeter.lat = " + STRASBOURG[0]
                + "\nperimeter.lon = " + STRASBOURG[1] + "\nperimeter.radiusKm = 15\nmoderators = " + strasbourgEmail
                + "\n");
        TerritoriesIT.until(() -> {
            String territories = shell("entraide:territories");
            return territories.contains(brestEmail) && territories.contains(strasbourgEmail);
        });
    }

    @AfterClass
    public static void removeTerritories() throws Exception {
        Files.deleteIfExists(TerritoriesIT.territoryFile(BREST_KEY));
        Files.deleteIfExists(TerritoriesIT.territoryFile(STRASBOURG_KEY));
        Api api = new Api("http://localhost:" + System.getProperty(HTTP_PORT) + "/api/v1");
        TerritoriesIT.until(() -> api.get("/radius-options?lat=" + BREST[0] + "&lon=" + BREST[1]).json()
                .path("territory").isNull());
    }

    private Person register(String name, double[] home) throws Exception {
        String email = Residents.uniqueEmail("moderation");
        Api.Reply created = api.post("/accounts", Residents.registration(email, name, home[0], home[1]));
        assertEquals(created.toString(), 201, created.status());
        return new Person(created.json().path("id").asText(), Residents.token(api, email, Residents.PASSWORD), name);
    }

    private static String reason(String text) {
        return "{\"reason\":\"" + text + "\"}";
    }

    private void report(String type, String id, Person who, String why) throws Exception {
        Api.Reply report = api.post("/reports", "{\"targetType\":\"" + type + "\",\"targetId\":\"" + id
                + "\",\"reason\":\"" + why + "\"}", who.token());
        assertEquals(report.toString(), 201, report.status());
    }

    /** The log entries on one target that this moderator reads, newest first. */
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

    private JsonNode groupOf(Person moderator, String targetId) throws Exception {
        Api.Reply groups = api.get("/moderation/report-groups?limit=100", moderator.token());
        assertEquals(groups.toString(), 200, groups.status());
        for (JsonNode group : groups.json().path("items")) {
            if (group.path("targetId").asText().equals(targetId)) {
                return group;
            }
        }
        return null;
    }

    /** This person's notifications of one kind about this subject. */
    private List<JsonNode> notices(Person who, String kind, String subjectId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        api.get("/notifications?limit=100", who.token()).json().path("items").forEach(n -> {
            if (n.path("kind").asText().equals(kind) && (subjectId == null
                    || n.path("subjectId").asText().equals(subjectId))) {
                found.add(n);
            }
        });
        return found;
    }

    private static void assertEntry(JsonNode entry, String action, String type, String id, String reason,
            Person moderator) {
        assertEquals(entry.toString(), action, entry.path("action").asText());
        assertEquals(entry.toString(), type, entry.path("targetType").asText());
        assertEquals(entry.toString(), id, entry.path("targetId").asText());
        assertEquals(entry.toString(), reason, entry.path("reason").isNull() ? null : entry.path("reason").asText());
        assertEquals(entry.toString(), moderator.id(), entry.path("moderatorId").asText());
        assertEquals(entry.toString(), moderator.name(), entry.path("moderatorName").asText());
        assertEquals(entry.toString(), BREST_KEY, entry.path("territory").asText());
        assertFalse(entry.path("at").asText().isEmpty());
    }

    private String shopWithDelivery(Person manager) throws Exception {
        Api.Reply actor = api.post("/actors", ActorsIT.actor("shop", "Épicerie du port", BREST[0], BREST[1],
                ActorsIT.SHOP), manager.token());
        assertEquals(actor.toString(), 201, actor.status());
        return actor.json().path("id").asText();
    }

    private String operationOf(Person manager, String actorId) throws Exception {
        Api.Reply operation = api.post("/actors/" + actorId + "/operations", OperationsIT.HOME_DELIVERY,
                manager.token());
        assertEquals(operation.toString(), 201, operation.status());
        return operation.json().path("id").asText();
    }

    private boolean listed(String path, Person viewer, String id) throws Exception {
        Api.Reply list = api.get(path + "?lat=" + BREST[0] + "&lon=" + BREST[1] + "&radiusKm=5&limit=100",
                viewer.token());
        assertEquals(list.toString(), 200, list.status());
        for (JsonNode item : list.json().path("items")) {
            if (item.path("id").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void aPostIsHiddenAndRestoredByTheModeratorsOfItsTerritoryOnly() throws Exception {
        String post = Posting.request(api, author.token(), "Montres à vendre pas cher", BREST);
        report("POST", post, neighbour, "Publicité");
        report("POST", post, reporter, "Vente");
        String path = "/moderation/posts/" + post;

        assertProblem(api.post(path + "/hide", reason("Vente"), neighbour.token()), 403);
        assertProblem(api.post(path + "/hide", reason("Vente"), strasbourgModerator.token()), 403);
        assertProblem(api.post("/moderation/posts/00000000-0000-4000-8000-000000000000/hide", reason("Vente"),
                brestModerator.token()), 404);
        JsonNode missing = assertProblem(api.post(path + "/hide", "", brestModerator.token()), 422);
        assertEquals("reason", missing.path("errors").get(0).path("field").asText());
        assertProblem(api.post(path + "/hide", reason(" "), brestModerator.token()), 422);
        assertEquals("nothing written on refusal", List.of(), logOn(brestModerator, post));
        assertEquals("OPEN", api.get("/posts/" + post, neighbour.token()).json().path("status").asText());
        assertEquals(2, groupOf(brestModerator, post).path("count").asInt());

        Api.Reply hidden = api.post(path + "/hide", reason("Vente interdite"), brestModerator.token());
        assertEquals(hidden.toString(), 200, hidden.status());
        assertEquals("HIDDEN", hidden.json().path("status").asText());
        assertEquals("HIDDEN", api.get("/posts/" + post, author.token()).json().path("status").asText());
        assertEquals("HIDDEN", api.get("/posts/" + post, brestModerator.token()).json().path("status").asText());
        assertProblem(api.get("/posts/" + post, neighbour.token()), 404);
        assertProblem(api.get("/posts/" + post, strasbourgModerator.token()), 404);
        assertFalse(api.get("/feed?lat=" + BREST[0] + "&lon=" + BREST[1] + "&radiusKm=5&limit=100",
                neighbour.token()).body().contains(post));
        assertEquals("its reports are closed", null, groupOf(brestModerator, post));
        assertEntry(logOn(brestModerator, post).get(0), "HIDE", "POST", post, "Vente interdite", brestModerator);
        assertEquals("Montres à vendre pas cher", logOn(brestModerator, post).get(0).path("summary").asText());
        assertEquals("another territory's moderator reads none of it", List.of(),
                logOn(strasbourgModerator, post));

        List<JsonNode> toAuthor = notices(author, "moderation.hidden", post);
        assertEquals(1, toAuthor.size());
        assertEquals("Vente interdite", toAuthor.get(0).path("data").path("reason").asText());
        assertEquals("POST", toAuthor.get(0).path("data").path("kind").asText());
        for (Person who : List.of(neighbour, reporter)) {
            List<JsonNode> outcome = notices(who, "report.outcome", null).stream()
                    .filter(n -> n.path("data").path("title").asText().equals("Montres à vendre pas cher"))
                    .collect(java.util.stream.Collectors.toList());
            assertEquals(who.name(), 1, outcome.size());
            assertEquals("HIDDEN", outcome.get(0).path("data").path("kind").asText());
        }

        assertProblem(api.post(path + "/restore", "", strasbourgModerator.token()), 403);
        Api.Reply restored = api.post(path + "/restore", "", brestModerator.token());
        assertEquals(restored.toString(), 200, restored.status());
        assertEquals("OPEN", restored.json().path("status").asText());
        assertEquals("OPEN", api.get("/posts/" + post, neighbour.token()).json().path("status").asText());
        assertEntry(logOn(brestModerator, post).get(0), "RESTORE", "POST", post, null, brestModerator);
    }

    @Test
    public void aHiddenActorTakesItsOperationsWithItAndBringsThemBack() throws Exception {
        String actor = shopWithDelivery(author);
        String operation = operationOf(author, actor);
        assertTrue(listed("/operations", neighbour, operation));

        assertProblem(api.post("/moderation/actors/" + actor + "/hide", reason("Faux commerce"),
                neighbour.token()), 403);
        assertProblem(api.post("/moderation/actors/" + actor + "/hide", reason("Faux commerce"),
                strasbourgModerator.token()), 403);
        assertProblem(api.post("/moderation/actors/" + actor + "/hide", "{}", brestModerator.token()), 422);
        assertEquals(List.of(), logOn(brestModerator, actor));
        assertFalse(api.get("/actors/" + actor, neighbour.token()).json().path("hidden").asBoolean());

        Api.Reply hidden = api.post("/moderation/actors/" + actor + "/hide", reason("Faux commerce"),
                brestModerator.token());
        assertEquals(hidden.toString(), 200, hidden.status());
        assertTrue(hidden.json().path("hidden").asBoolean());
        assertTrue(api.get("/actors/" + actor, author.token()).json().path("hidden").asBoolean());
        assertTrue(api.get("/actors/" + actor, brestModerator.token()).json().path("hidden").asBoolean());
        assertProblem(api.get("/actors/" + actor, neighbour.token()), 404);
        assertProblem(api.get("/actors/" + actor), 404);
        assertProblem(api.get("/actors/" + actor, strasbourgModerator.token()), 404);
        assertFalse(listed("/actors", neighbour, actor));
        assertProblem(api.get("/operations/" + operation, neighbour.token()), 404);
        assertProblem(api.get("/actors/" + actor + "/operations", neighbour.token()), 404);
        assertFalse(listed("/operations", neighbour, operation));
        assertTrue("its managers still see it, hidden",
                api.get("/operations/" + operation, author.token()).json().path("hidden").asBoolean());
        assertEquals(200, api.get("/operations/" + operation, brestModerator.token()).status());
        assertEntry(logOn(brestModerator, actor).get(0), "HIDE", "ACTOR", actor, "Faux commerce", brestModerator);
        List<JsonNode> toManager = notices(author, "moderation.hidden", actor);
        assertEquals(1, toManager.size());
        assertEquals("ACTOR", toManager.get(0).path("data").path("kind").asText());
        assertEquals("Faux commerce", toManager.get(0).path("data").path("reason").asText());

        Api.Reply restored = api.post("/moderation/actors/" + actor + "/restore", reason("Vérifié sur place"),
                brestModerator.token());
        assertEquals(restored.toString(), 200, restored.status());
        assertFalse(restored.json().path("hidden").asBoolean());
        assertEquals(200, api.get("/actors/" + actor, neighbour.token()).status());
        assertTrue(listed("/actors", neighbour, actor));
        JsonNode back = api.get("/operations/" + operation, neighbour.token()).json();
        assertFalse(back.toString(), back.path("hidden").asBoolean());
        assertTrue(listed("/operations", neighbour, operation));
        assertEntry(logOn(brestModerator, actor).get(0), "RESTORE", "ACTOR", actor, "Vérifié sur place",
                brestModerator);
    }

    @Test
    public void anOperationIsHiddenAndRestoredWithoutItsActor() throws Exception {
        String actor = shopWithDelivery(author);
        String operation = operationOf(author, actor);
        String path = "/moderation/operations/" + operation;
        assertProblem(api.post(path + "/hide", reason("Arnaque"), neighbour.token()), 403);
        assertProblem(api.post(path + "/hide", reason("Arnaque"), strasbourgModerator.token()), 403);
        assertProblem(api.post("/moderation/operations/no-such-operation/hide", reason("Arnaque"),
                brestModerator.token()), 404);
        assertEquals(List.of(), logOn(brestModerator, operation));

        Api.Reply hidden = api.post(path + "/hide", reason("Arnaque"), brestModerator.token());
        assertEquals(hidden.toString(), 200, hidden.status());
        assertTrue(hidden.json().path("hidden").asBoolean());
        assertProblem(api.get("/operations/" + operation, neighbour.token()), 404);
        assertFalse(listed("/operations", neighbour, operation));
        assertFalse(api.get("/actors/" + actor + "/operations", neighbour.token()).body().contains(operation));
        assertTrue(api.get("/actors/" + actor + "/operations", author.token()).body().contains(operation));
        assertTrue(api.get("/operations/" + operation, author.token()).json().path("hidden").asBoolean());
        assertTrue(api.get("/operations/" + operation, brestModerator.token()).json().path("hidden").asBoolean());
        assertEquals("its actor stays", 200, api.get("/actors/" + actor, neighbour.token()).status());
        assertEntry(logOn(brestModerator, operation).get(0), "HIDE", "OPERATION", operation, "Arnaque",
                brestModerator);
        assertEquals(1, notices(author, "moderation.hidden", operation).size());

        assertEquals(200, api.post(path + "/restore", "", brestModerator.token()).status());
        assertEquals(200, api.get("/operations/" + operation, neighbour.token()).status());
        assertTrue(listed("/operations", neighbour, operation));
    }

    @Test
    public void aMessageIsHiddenFromTheOtherParticipantAndShownToItsSender() throws Exception {
        String post = Posting.request(api, author.token(), "Aide pour porter un meuble", BREST);
        String conversation = Posting.answer(api, post, neighbour.token());
        String message = api.get("/conversations/" + conversation, neighbour.token()).json().path("messages")
                .get(0).path("id").asText();
        report("MESSAGE", message, author, "Propos insultants");
        String path = "/moderation/messages/" + message;
        assertProblem(api.post(path + "/hide", reason("Insultes"), reporter.token()), 403);
        assertProblem(api.post(path + "/hide", reason("Insultes"), strasbourgModerator.token()), 403);
        assertProblem(api.post(path + "/hide", "", brestModerator.token()), 422);
        assertEquals(1, api.get("/conversations/" + conversation, author.token()).json().path("messages").size());

        Api.Reply hidden = api.post(path + "/hide", reason("Insultes"), brestModerator.token());
        assertEquals(hidden.toString(), 200, hidden.status());
        JsonNode shown = hidden.json();
        assertEquals(message, shown.path("id").asText());
        assertEquals(conversation, shown.path("conversationId").asText());
        assertEquals(neighbour.id(), shown.path("senderId").asText());
        assertEquals(neighbour.name(), shown.path("senderName").asText());
        assertEquals("Je peux passer demain.", shown.path("body").asText());
        assertFalse(shown.path("createdAt").asText().isEmpty());
        assertTrue(shown.path("hidden").asBoolean());

        assertEquals("left out for the other participant", 0,
                api.get("/conversations/" + conversation, author.token()).json().path("messages").size());
        JsonNode forSender = api.get("/conversations/" + conversation, neighbour.token()).json().path("messages");
        assertEquals(1, forSender.size());
        assertTrue(forSender.get(0).path("hidden").asBoolean());
        assertEntry(logOn(brestModerator, message).get(0), "HIDE", "MESSAGE", message, "Insultes", brestModerator);
        List<JsonNode> toSender = notices(neighbour, "moderation.hidden", conversation);
        assertEquals(1, toSender.size());
        assertEquals("MESSAGE", toSender.get(0).path("data").path("kind").asText());
        assertEquals(1, notices(author, "report.outcome", null).stream()
                .filter(n -> n.path("data").path("targetType").asText().equals("MESSAGE")).count());

        Api.Reply restored = api.post(path + "/restore", "", brestModerator.token());
        assertEquals(restored.toString(), 200, restored.status());
        assertFalse(restored.json().path("hidden").asBoolean());
        assertEquals(1, api.get("/conversations/" + conversation, author.token()).json().path("messages").size());
    }

    @Test
    public void reportsAreGroupedByTargetAndDismissed() throws Exception {
        String post = Posting.request(api, author.token(), "Cours de guitare gratuits", BREST);
        report("POST", post, neighbour, "Hors sujet");
        report("POST", post, reporter, "Publicité déguisée");
        report("ACCOUNT", author.id(), neighbour, "Profil trompeur");
        assertProblem(api.post("/reports", "{\"targetType\":\"ACCOUNT\",\"targetId\":"
                + "\"00000000-0000-4000-8000-000000000000\",\"reason\":\"x\"}", neighbour.token()), 404);

        JsonNode group = groupOf(brestModerator, post);
        assertNotNull(group);
        assertEquals("POST", group.path("targetType").asText());
        assertEquals(2, group.path("count").asInt());
        assertEquals("Cours de guitare gratuits", group.path("summary").asText());
        assertEquals(author.id(), group.path("authorId").asText());
        assertEquals(author.name(), group.path("authorName").asText());
        assertFalse(group.path("hidden").asBoolean());
        assertEquals(List.of("Hors sujet", "Publicité déguisée"), List.of(group.path("reasons").get(0).asText(),
                group.path("reasons").get(1).asText()));
        assertFalse(group.path("firstReportedAt").asText().isEmpty());
        assertFalse(group.path("lastReportedAt").asText().isEmpty());
        JsonNode profile = groupOf(brestModerator, author.id());
        assertEquals("ACCOUNT", profile.path("targetType").asText());
        assertEquals(author.name(), profile.path("summary").asText());
        assertEquals(null, groupOf(strasbourgModerator, post));
        assertProblem(api.get("/moderation/report-groups", neighbour.token()), 403);

        String dismiss = "{\"targetType\":\"POST\",\"targetId\":\"" + post + "\",\"reason\":\"Rien d'anormal\"}";
        assertProblem(api.post("/moderation/reports/dismiss", dismiss, neighbour.token()), 403);
        assertProblem(api.post("/moderation/reports/dismiss", dismiss, strasbourgModerator.token()), 403);
        assertNotNull("refusals close nothing", groupOf(brestModerator, post));
        Api.Reply dismissed = api.post("/moderation/reports/dismiss", dismiss, brestModerator.token());
        assertEquals(dismissed.toString(), 204, dismissed.status());
        assertEquals(null, groupOf(brestModerator, post));
        assertEquals("OPEN", api.get("/posts/" + post, neighbour.token()).json().path("status").asText());
        assertEntry(logOn(brestModerator, post).get(0), "DISMISS", "POST", post, "Rien d'anormal", brestModerator);
        for (Person who : List.of(neighbour, reporter)) {
            assertEquals(who.name(), 1, notices(who, "report.outcome", null).stream()
                    .filter(n -> n.path("data").path("title").asText().equals("Cours de guitare gratuits")
                            && n.path("data").path("kind").asText().equals("DISMISSED")).count());
        }
        assertEquals(204, api.post("/moderation/reports/dismiss", "{\"targetType\":\"ACCOUNT\",\"targetId\":\""
                + author.id() + "\"}", brestModerator.token()).status());
        assertEquals(null, groupOf(brestModerator, author.id()));
    }

    @Test
    public void anActorIsVerifiedAfterItsIdentifierIsCheckedAndTheVerificationWithdrawn() throws Exception {
        Api.Reply created = api.post("/actors", ActorsIT.actor("association", "Entraide du Finistère", BREST[0],
                BREST[1], ActorsIT.ASSOCIATION), author.token());
        assertEquals(created.toString(), 201, created.status());
        String actor = created.json().path("id").asText();
        JsonNode identifier = api.get("/actors/" + actor).json().path("identifier");
        assertEquals("RNA", identifier.path("kind").asText());
        assertEquals("W2A1002345", identifier.path("value").asText());
        assertEquals("https://annuaire-entreprises.data.gouv.fr/rechercher?terme=W2A1002345",
                identifier.path("registerUrl").asText());
        String shop = shopWithDelivery(author);
        assertEquals("https://annuaire-entreprises.data.gouv.fr/etablissement/73282932000074",
                api.get("/actors/" + shop).json().path("identifier").path("registerUrl").asText());

        String path = "/moderation/actors/" + actor;
        assertProblem(api.post(path + "/verify", "", neighbour.token()), 403);
        assertProblem(api.post(path + "/verify", "", strasbourgModerator.token()), 403);
        assertProblem(api.post("/actors/" + actor + "/verification", "", strasbourgModerator.token()), 403);
        assertProblem(api.post("/moderation/actors/no-such-actor/verify", "", brestModerator.token()), 404);
        assertEquals(List.of(), logOn(brestModerator, actor));
        assertEquals("UNVERIFIED", api.get("/actors/" + actor).json().path("verification").asText());

        Api.Reply verified = api.post(path + "/verify", reason("RNA vérifié au répertoire"), brestModerator.token());
        assertEquals(verified.toString(), 200, verified.status());
        assertEquals("VERIFIED", verified.json().path("verification").asText());
        assertEquals("VERIFIED", api.get("/actors/" + actor).json().path("verification").asText());
        assertEntry(logOn(brestModerator, actor).get(0), "VERIFY", "ACTOR", actor, "RNA vérifié au répertoire",
                brestModerator);

        assertProblem(api.post(path + "/unverify", "", brestModerator.token()), 422);
        assertEquals("VERIFIED", api.get("/actors/" + actor).json().path("verification").asText());
        Api.Reply withdrawn = api.post(path + "/unverify", reason("Association dissoute"), brestModerator.token());
        assertEquals(withdrawn.toString(), 200, withdrawn.status());
        assertEquals("UNVERIFIED", withdrawn.json().path("verification").asText());
        assertEntry(logOn(brestModerator, actor).get(0), "UNVERIFY", "ACTOR", actor, "Association dissoute",
                brestModerator);

        Api.Reply old = api.post("/actors/" + actor + "/verification", "", brestModerator.token());
        assertEquals(old.toString(), 200, old.status());
        assertEquals("VERIFIED", old.json().path("verification").asText());
        assertEquals("the first endpoint is logged too", "VERIFY",
                logOn(brestModerator, actor).get(0).path("action").asText());
        Api.Reply oldWithdrawal = api.delete("/actors/" + actor + "/verification", brestModerator.token());
        assertEquals(oldWithdrawal.toString(), 200, oldWithdrawal.status());
        assertEquals("UNVERIFIED", oldWithdrawal.json().path("verification").asText());
        assertEquals("UNVERIFY", logOn(brestModerator, actor).get(0).path("action").asText());
        assertEquals(4, logOn(brestModerator, actor).size());
        assertEquals(List.of(), logOn(strasbourgModerator, actor));
    }

    @Test
    public void theLogIsForModeratorsAndThePlatformsModeratorsReadEveryTerritory() throws Exception {
        String post = Posting.request(api, author.token(), "Tondeuse à prêter", BREST);
        assertEquals(200, api.post("/moderation/posts/" + post + "/hide", reason("Doublon"),
                brestModerator.token()).status());
        assertEquals(200, api.post("/moderation/posts/" + post + "/restore", "", brestModerator.token()).status());
        assertProblem(api.get("/moderation/log", neighbour.token()), 403);
        assertProblem(api.get("/moderation/log"), 401);

        String email = Residents.uniqueEmail("platform-moderator");
        operator("entraide:account-create --name Plateforme --home " + STRASBOURG[0] + "," + STRASBOURG[1]
                + " --role MODERATOR --password \"" + Residents.PASSWORD + "\" " + email);
        Person platform = new Person(null, Residents.token(api, email, Residents.PASSWORD), "Plateforme");
        assertEquals(2, logOn(platform, post).size());
        assertEquals(List.of(), logOn(strasbourgModerator, post));

        Api.Reply first = api.get("/moderation/log?limit=1", brestModerator.token());
        assertEquals(1, first.json().path("items").size());
        assertEquals(post, first.json().path("items").get(0).path("targetId").asText());
        String cursor = first.json().path("nextCursor").asText();
        assertFalse(first.toString(), first.json().path("nextCursor").isNull());
        Api.Reply second = api.get("/moderation/log?limit=1&cursor=" + cursor, brestModerator.token());
        assertEquals(second.toString(), 200, second.status());
        assertEquals("HIDE", second.json().path("items").get(0).path("action").asText());
        assertEquals(post, second.json().path("items").get(0).path("targetId").asText());
    }
}
