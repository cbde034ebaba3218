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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/** Requests and offers, the radius feed, answers, moderation and expiry, over HTTP. */
public class PostsIT extends EntraideTestSupport {

    private static final AtomicInteger AREAS = new AtomicInteger();

    /**
     * A centre of its own for each test, in mainland France, at least 90 km from the others: posts lie at
     * most 30 km from their centre, so no test sees another's posts within 50 km.
     */
    private static double[] freshArea() {
        int slot = AREAS.getAndIncrement();
        return new double[] {43.6 + (slot / 5) * 1.0, -0.4 + (slot % 5) * 1.2};
    }

    /** The point this far due north (bearing 0) or east (90) of a centre, on a sphere: enough with km margins. */
    private static double[] offset(double[] centre, double km, int bearing) {
        double dLat = bearing == 0 ? km / 111.2 : 0;
        double dLon = bearing == 90 ? km / (111.32 * Math.cos(Math.toRadians(centre[0]))) : 0;
        return new double[] {centre[0] + dLat, centre[1] + dLon};
    }

    private String post(String token, String kind, String category, String title, double[] at) throws Exception {
        String body = "{\"kind\":\"" + kind + "\",\"category\":\"" + category + "\",\"title\":\"" + title
                + "\",\"body\":\"Je suis dispo les week-ends pour des courses.\",\"location\":{\"lat\":" + at[0]
                + ",\"lon\":" + at[1] + "}}";
        Api.Reply created = api.post("/posts", body, token);
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("id").asText();
    }

    private JsonNode feed(String token, double[] centre, double radiusKm, String extra) throws Exception {
        Api.Reply feed = api.get("/feed?lat=" + centre[0] + "&lon=" + centre[1] + "&radiusKm=" + radiusKm + extra,
                token);
        assertEquals(feed.toString(), 200, feed.status());
        return feed.json();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    @Test
    public void feedNeverReturnsAPostBeyondTheRadiusAndMissesNoneInside() throws Exception {
        double[] centre = freshArea();
        String token = Residents.signedIn(api, Residents.uniqueEmail("radius"), centre[0], centre[1]);
        Set<String> inside = new HashSet<>();
        Set<String> outside = new HashSet<>();
        for (double km : new double[] {0.5, 3, 7, 9}) {
            inside.add(post(token, "REQUEST", "errands", "Dedans " + km, offset(centre, km, 0)));
            inside.add(post(token, "OFFER", "diy", "Dedans est " + km, offset(centre, km, 90)));
        }
        for (double km : new double[] {11, 14, 30}) {
            outside.add(post(token, "REQUEST", "errands", "Dehors " + km, offset(centre, km, 0)));
            outside.add(post(token, "OFFER", "diy", "Dehors est " + km, offset(centre, km, 90)));
        }

        JsonNode page = feed(token, centre, 10, "&limit=100");

        assertEquals(inside, new HashSet<>(ids(page)));
        page.path("items").forEach(item -> {
            assertTrue(item.toString(), item.path("distanceKm").asDouble() <= 10.5);
            assertFalse("no exact location is shown", item.has("location"));
        });
        assertTrue(new HashSet<>(ids(feed(token, centre, 50, "&limit=100"))).containsAll(outside));
    }

    @Test
    public void feedIsNewestFirstAndFilteredByKindAndCategory() throws Exception {
        double[] centre = freshArea();
        String token = Residents.signedIn(api, Residents.uniqueEmail("order"), centre[0], centre[1]);
        String first = post(token, "REQUEST", "errands", "Premier", centre);
        String second = post(token, "OFFER", "diy", "Deuxième", centre);
        String third = post(token, "OFFER", "gardening", "Troisième", centre);

        assertEquals(List.of(third, second, first), ids(feed(token, centre, 5, "")));
        assertEquals(List.of(third, second), ids(feed(token, centre, 5, "&kind=OFFER")));
        assertEquals(List.of(second), ids(feed(token, centre, 5, "&category=diy")));
        assertEquals("around the caller's home by default", List.of(third, second, first),
                ids(api.get("/feed", token).json()));
    }

    @Test
    public void paginationNeitherSkipsNorRepeatsUnderConcurrentInserts() throws Exception {
        double[] centre = freshArea();
        String token = Residents.signedIn(api, Residents.uniqueEmail("pages"), centre[0], centre[1]);
        Set<String> existing = new HashSet<>();
        for (int i = 0; i < 17; i++) {
            existing.add(post(token, "REQUEST", "errands", "Demande " + i, offset(centre, i * 0.2, 0)));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = feed(token, centre, 10, "&limit=5" + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            seen.addAll(ids(page));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
            post(token, "OFFER", "diy", "Insérée pendant la lecture " + pages, centre);
            pages++;
        } while (cursor != null && pages < 20);

        assertEquals("no repeats", seen.size(), new HashSet<>(seen).size());
        assertEquals(existing, new HashSet<>(seen));
        assertEquals(4, pages);
    }

    @Test
    public void theExactLocationStaysPrivateAndTheFuzzedPositionIsClose() throws Exception {
        double[] centre = freshArea();
        String token = Residents.signedIn(api, Residents.uniqueEmail("private"), centre[0], centre[1]);
        String id = post(token, "OFFER", "lending", "Prête une perceuse", centre);

        Api.Reply post = api.get("/posts/" + id, token);

        JsonNode position = post.json().path("position");
        assertFalse("the exact location is not shown", position.path("lat").asDouble() == centre[0]
                && position.path("lon").asDouble() == centre[1]);
        assertFalse(post.body().contains("\"location\""));
        double dLat = (position.path("lat").asDouble() - centre[0]) * 111_200;
        double dLon = (position.path("lon").asDouble() - centre[1]) * 111_320 * Math.cos(Math.toRadians(centre[0]));
        assertTrue(Math.hypot(dLat, dLon) <= 600);
    }

    @Test
    public void onlyTheAuthorChangesAPost() throws Exception {
        double[] centre = freshArea();
        String author = Residents.signedIn(api, Residents.uniqueEmail("author"), centre[0], centre[1]);
        String other = Residents.signedIn(api, Residents.uniqueEmail("other"), centre[0], centre[1]);
        String id = post(author, "REQUEST", "pets", "Garder mon chat", centre);

        assertProblem(api.patch("/posts/" + id, "{\"title\":\"Piraté\"}", other), 403);
        assertProblem(api.delete("/posts/" + id, other), 403);
        Api.Reply fulfilled = api.patch("/posts/" + id, "{\"status\":\"FULFILLED\"}", author);

        assertEquals(fulfilled.toString(), 200, fulfilled.status());
        assertEquals("FULFILLED", fulfilled.json().path("status").asText());
        assertFalse("a fulfilled post leaves the feed", ids(feed(other, centre, 5, "")).contains(id));
        assertEquals(204, api.delete("/posts/" + id, author).status());
        assertProblem(api.get("/posts/" + id, author), 404);
    }

    @Test
    public void answersOpenAConversationThatOnlyItsTwoParticipantsSee() throws Exception {
        double[] centre = freshArea();
        String author = Residents.signedIn(api, Residents.uniqueEmail("asker"), centre[0], centre[1]);
        String helper = Residents.signedIn(api, Residents.uniqueEmail("helper"), centre[0], centre[1]);
        String stranger = Residents.signedIn(api, Residents.uniqueEmail("stranger"), centre[0], centre[1]);
        String id = post(author, "REQUEST", "transport", "Aller au marché samedi", centre);

        Api.Reply answer = api.post("/posts/" + id + "/responses", "{\"message\":\"Je peux vous y conduire.\"}",
                helper);
        assertEquals(answer.toString(), 201, answer.status());
        String conversation = answer.json().path("id").asText();
        Api.Reply reply = api.post("/conversations/" + conversation + "/messages",
                "{\"body\":\"Merci, à 9 h devant la mairie ?\"}", author);
        assertEquals(reply.toString(), 201, reply.status());

        JsonNode seenByHelper = api.get("/conversations/" + conversation, helper).json();
        assertEquals(2, seenByHelper.path("messages").size());
        assertProblem(api.get("/conversations/" + conversation, stranger), 404);
        assertProblem(api.post("/conversations/" + conversation + "/messages", "{\"body\":\"coucou\"}", stranger),
                404);
        assertEquals(1, api.get("/conversations", author).json().path("items").size());
        assertEquals(1, api.get("/posts/" + id, stranger).json().path("responses").asInt());
        JsonNode notifications = api.get("/notifications", author).json();
        assertTrue(notifications.toString(), notifications.toString().contains("post.response"));
        // The notifications say who did what: the responder's display name and the post's title, never an email.
        JsonNode response = notification(notifications, "post.response");
        assertEquals(response.toString(), "Voisine", response.path("data").path("displayName").asText());
        assertEquals(response.toString(), "Aller au marché samedi", response.path("data").path("title").asText());
        assertEquals(response.toString(), "REQUEST", response.path("data").path("kind").asText());
        assertFalse(response.toString(), response.toString().contains("@"));
        JsonNode message = notification(api.get("/notifications", helper).json(), "post.message");
        assertEquals(message.toString(), "Voisine", message.path("data").path("displayName").asText());
        assertEquals(message.toString(), "Aller au marché samedi", message.path("data").path("title").asText());
    }

    private static JsonNode notification(JsonNode page, String kind) {
        for (JsonNode item : page.path("items")) {
            if (kind.equals(item.path("kind").asText())) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " in " + page);
    }

    @Test
    public void aReportedPostHiddenByAModeratorLeavesTheFeed() throws Exception {
        double[] centre = freshArea();
        String author = Residents.signedIn(api, Residents.uniqueEmail("spammer"), centre[0], centre[1]);
        String neighbour = Residents.signedIn(api, Residents.uniqueEmail("neighbour"), centre[0], centre[1]);
        String moderatorEmail = Residents.uniqueEmail("moderator");
        operator("entraide:account-create --name Modératrice --home " + centre[0] + "," + centre[1]
                + " --role MODERATOR --password \"" + Residents.PASSWORD + "\" " + moderatorEmail);
        String moderator = Residents.token(api, moderatorEmail, Residents.PASSWORD);
        String id = post(author, "OFFER", "other", "Achetez mes montres", centre);

        Api.Reply report = api.post("/reports", "{\"targetType\":\"POST\",\"targetId\":\"" + id
                + "\",\"reason\":\"Publicité\"}", neighbour);
        assertEquals(report.toString(), 201, report.status());
        assertProblem(api.get("/moderation/reports", neighbour), 403);
        assertTrue(api.get("/moderation/reports?limit=100", moderator).body().contains(id));
        assertProblem(api.post("/moderation/posts/" + id + "/hide", "", neighbour), 403);
        Api.Reply hidden = api.post("/moderation/posts/" + id + "/hide", "{\"reason\":\"Publicité\"}", moderator);

        assertEquals(hidden.toString(), "HIDDEN", hidden.json().path("status").asText());
        assertFalse(ids(feed(neighbour, centre, 5, "")).contains(id));
        assertProblem(api.get("/posts/" + id, neighbour), 404);
        assertProblem(api.get("/posts/" + id), 404);
        assertEquals(200, api.get("/posts/" + id, author).status());
        assertEquals(200, api.get("/posts/" + id, moderator).status());
        assertFalse(api.get("/moderation/reports?limit=100", moderator).body().contains(id));

        api.post("/moderation/posts/" + id + "/restore", "", moderator);
        assertTrue(ids(feed(neighbour, centre, 5, "")).contains(id));
    }

    @Test
    public void postsExpireWhenTheirTimeHasPassed() throws Exception {
        double[] centre = freshArea();
        String token = Residents.signedIn(api, Residents.uniqueEmail("expiry"), centre[0], centre[1]);
        String request = post(token, "REQUEST", "errands", "Pain du jour", centre);
        Api.Reply offer = api.post("/posts", "{\"kind\":\"OFFER\",\"category\":\"errands\",\"title\":\"Longue"
                + " offre\",\"body\":\"Courses le mardi.\",\"expiresAt\":\""
                + Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\"}", token);
        assertEquals(offer.toString(), 201, offer.status());

        String output = operator("entraide:posts-expire --at " + Instant.now().plus(15, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS));

        assertTrue(output, output.contains("posts expired"));
        assertEquals("EXPIRED", api.get("/posts/" + request, token).json().path("status").asText());
        assertEquals("OPEN", api.get("/posts/" + offer.json().path("id").asText(), token).json().path("status")
                .asText());
    }

    @Test
    public void postsOnBehalfOfSomeoneCarryTheirConsentRecord() throws Exception {
        double[] centre = freshArea();
        String token = Residents.signedIn(api, Residents.uniqueEmail("behalf"), centre[0], centre[1]);
        String body = "{\"kind\":\"REQUEST\",\"category\":\"company\",\"title\":\"Visite pour Jeanne\","
                + "\"body\":\"Jeanne, 88 ans, aimerait de la compagnie le jeudi.\",\"onBehalfOf\":{\"beneficiary\":"
                + "\"Jeanne\",\"consent\":%s}}";

        assertProblem(api.post("/posts", String.format(body, "false"), token), 422);
        Api.Reply created = api.post("/posts", String.format(body, "true"), token);

        assertEquals(created.toString(), 201, created.status());
        JsonNode onBehalfOf = created.json().path("onBehalfOf");
        assertEquals("Jeanne", onBehalfOf.path("beneficiary").asText());
        assertTrue(onBehalfOf.path("consent").asBoolean());
        assertNotNull(onBehalfOf.path("consentRecordedAt").asText(null));
        assertEquals(created.json().path("author").path("id").asText(),
                onBehalfOf.path("consentRecordedBy").path("id").asText());
    }

    @Test
    public void erasingAnAccountRemovesItsPostsFromEveryFeed() throws Exception {
        double[] centre = freshArea();
        String leaving = Residents.signedIn(api, Residents.uniqueEmail("leaving"), centre[0], centre[1]);
        String staying = Residents.signedIn(api, Residents.uniqueEmail("staying"), centre[0], centre[1]);
        String id = post(leaving, "OFFER", "donations", "Donne des livres", centre);
        assertTrue(ids(feed(staying, centre, 5, "")).contains(id));

        assertEquals(204, api.delete("/me", leaving).status());

        assertFalse(ids(feed(staying, centre, 5, "")).contains(id));
        assertProblem(api.get("/posts/" + id, staying), 404);
    }

    @Test
    public void badInputIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
        double[] centre = freshArea();
        String token = Residents.signedIn(api, Residents.uniqueEmail("badpost"), centre[0], centre[1]);
        String template = "{\"kind\":\"%s\",\"category\":\"%s\",\"title\":\"%s\",\"body\":\"Texte\"%s}";

        assertField(api.post("/posts", String.format(template, "GIFT", "errands", "Un titre", ""), token), "kind");
        assertField(api.post("/posts", String.format(template, "OFFER", "weapons", "Un titre", ""), token),
                "category");
        assertField(api.post("/posts", String.format(template, "OFFER", "errands", "No", ""), token), "title");
        assertField(api.post("/posts", String.format(template, "OFFER", "errands", "x".repeat(121), ""), token),
                "title");
        assertField(api.post("/posts", String.format(template, "OFFER", "errands", "Un titre",
                ",\"location\":{\"lat\":95,\"lon\":2}"), token), "location.lat");
        assertProblem(api.get("/feed?lat=" + centre[0] + "&lon=" + centre[1] + "&radiusKm=51", token), 400);
        assertProblem(api.get("/feed?lat=" + centre[0] + "&lon=" + centre[1] + "&radiusKm=0", token), 400);
        assertProblem(api.get("/feed?lat=" + centre[0] + "&lon=" + centre[1] + "&radiusKm=abc", token), 400);
        assertProblem(api.get("/feed?lat=95&lon=2", token), 400);
        assertProblem(api.get("/feed?cursor=not-a-cursor", token), 400);
        assertProblem(api.get("/feed?kind=GIFT", token), 400);
        assertEquals("nothing was written", 0, feed(token, centre, 50, "").path("items").size());
    }

    private static void assertField(Api.Reply reply, String field) throws Exception {
        assertProblem(reply, 422);
        assertEquals(reply.toString(), field, reply.json().path("errors").path(0).path("field").asText());
    }

    @Test
    public void categoriesAreLabelledInTheCallersLanguage() throws Exception {
        JsonNode french = api.get("/categories").json();
        JsonNode english = api.send(api.request("/categories", null).header("Accept-Language", "en").GET().build())
                .json();

        assertEquals(11, french.size());
        assertEquals("errands", french.path(0).path("key").asText());
        assertEquals("Courses et commissions", french.path(0).path("label").asText());
        assertEquals("Shopping and errands", english.path(0).path("label").asText());
    }

    @Test
    public void followersAreToldWhenAFollowedPostChangesStatus() throws Exception {
        double[] centre = freshArea();
        String author = Residents.signedIn(api, Residents.uniqueEmail("followed"), centre[0], centre[1]);
        String follower = Residents.signedIn(api, Residents.uniqueEmail("follower"), centre[0], centre[1]);
        String id = post(author, "OFFER", "gardening", "Tonte de pelouse", centre);

        assertFalse(api.get("/posts/" + id + "/follow", follower).json().path("following").asBoolean());
        assertEquals(204, api.post("/posts/" + id + "/follow", "", follower).status());
        assertEquals(1, api.get("/posts/" + id, follower).json().path("followers").asInt());
        assertTrue(api.get("/posts/" + id + "/follow", follower).json().path("following").asBoolean());
        assertEquals(401, api.get("/posts/" + id + "/follow").status());
        api.patch("/posts/" + id, "{\"status\":\"CLOSED\"}", author);

        JsonNode notifications = api.get("/notifications", follower).json();
        assertTrue(notifications.toString(), notifications.toString().contains("post.status"));
        assertTrue(notifications.toString(), notifications.toString().contains("CLOSED"));
        assertEquals(204, api.delete("/posts/" + id + "/follow", follower).status());
        assertEquals(0, api.get("/posts/" + id, follower).json().path("followers").asInt());
    }

    @Test
    public void exportHoldsThePostsAndErasureAnonymisesMessagesLeftToOthers() throws Exception {
        double[] centre = freshArea();
        String author = Residents.signedIn(api, Residents.uniqueEmail("keeper"), centre[0], centre[1]);
        String leaving = Residents.signedIn(api, Residents.uniqueEmail("responder"), centre[0], centre[1]);
        String id = post(author, "REQUEST", "computer", "Installer une imprimante", centre);
        String conversation = api.post("/posts/" + id + "/responses", "{\"message\":\"Je passe demain.\"}",
                leaving).json().path("id").asText();
        String mine = post(leaving, "OFFER", "computer", "Cours d'informatique", centre);

        JsonNode export = api.get("/me/export", leaving).json().path("posts");
        assertTrue(export.toString(), export.path("posts").toString().contains(mine));
        assertTrue(export.toString(), export.path("conversations").toString().contains(conversation));
        assertEquals(204, api.delete("/me", leaving).status());

        JsonNode kept = api.get("/conversations/" + conversation, author).json();
        assertEquals(kept.toString(), "Je passe demain.", kept.path("messages").path(0).path("body").asText());
        assertTrue("the sender is unlinked", kept.path("messages").path(0).path("sender").isMissingNode()
                || kept.path("messages").path(0).path("sender").isNull());
    }

    @Test
    public void authorsAreWarnedADayBeforeTheirPostExpiresAndMarkItRead() throws Exception {
        double[] centre = freshArea();
        String token = Residents.signedIn(api, Residents.uniqueEmail("warned"), centre[0], centre[1]);
        Api.Reply soon = api.post("/posts", "{\"kind\":\"REQUEST\",\"category\":\"errands\",\"title\":\"Pour"
                + " ce soir\",\"body\":\"Du lait.\",\"expiresAt\":\""
                + Instant.now().plus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS) + "\"}", token);
        assertEquals(soon.toString(), 201, soon.status());

        operator("entraide:posts-expire");

        JsonNode notifications = api.get("/notifications?unread=true", token).json();
        assertTrue(notifications.toString(), notifications.toString().contains("post.expiring"));
        assertTrue(notifications.path("unreadCount").asInt() >= 1);
        assertEquals(204, api.post("/notifications/read", "{\"all\":true}", token).status());
        assertEquals(0, api.get("/notifications/unread-count", token).json().path("unreadCount").asInt());
    }
}
