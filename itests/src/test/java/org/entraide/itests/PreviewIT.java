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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;

/**
 * A look before signing up (issue 19, points 5 and 9): without an account the feed, a post, the actors and the
 * operations around a place can be read, without anyone's name or id; signed in, the authors are there, whatever
 * the order in which the same answer was asked; every post says its commune, from its public position.
 */
public class PreviewIT extends EntraideTestSupport {

    /** Ajaccio's town hall, the centre of its commune (INSEE 2A004). */
    private static final double[] AJACCIO = {41.9192, 8.7386};
    /** The open sea between Provence and Corsica, some 70 km from any commune. */
    private static final double[] SEA = {42.95, 7.60};
    private static final String BOX = "{\"type\":\"donation-box\",\"title\":\"Boîte à dons de l'aperçu\","
            + "\"attributes\":{\"acceptedItems\":[\"books\"],\"accessHours\":{\"sat\":[[\"09:00\",\"18:00\"]]}}}";

    private String resident(String name, double[] at) throws Exception {
        return Residents.signedIn(api, Residents.uniqueEmail(name), at[0], at[1]);
    }

    private static String feedPath(double[] at) {
        return "/feed?lat=" + at[0] + "&lon=" + at[1] + "&radiusKm=2&limit=100";
    }

    /** The item of this post in a feed answer, checked to be there. */
    private static JsonNode item(Api.Reply feed, String id) throws Exception {
        assertEquals(feed.toString(), 200, feed.status());
        for (JsonNode item : feed.json().path("items")) {
            if (id.equals(item.path("id").asText())) {
                return item;
            }
        }
        throw new AssertionError("post " + id + " not in " + feed.body());
    }

    private static void assertNoAuthor(Api.Reply answer) throws Exception {
        assertEquals(answer.toString(), 200, answer.status());
        assertFalse(answer.body(), answer.body().contains("\"author\""));
        assertFalse(answer.body(), answer.body().contains("\"consentRecordedBy\""));
    }

    @Test
    public void aVisitorReadsTheFeedAndAPostWithoutAuthorAResidentWithIt() throws Exception {
        String token = resident("apercu", AJACCIO);
        String id = Posting.request(api, token, "Aperçu : courses pour le marché", AJACCIO);
        String authorId = api.get("/me", token).json().path("id").asText();

        Api.Reply visitorFeed = api.get(feedPath(AJACCIO));
        item(visitorFeed, id);
        assertNoAuthor(visitorFeed);
        assertFalse(visitorFeed.body(), visitorFeed.body().contains(authorId));
        Api.Reply visitorPost = api.get("/posts/" + id);
        assertNoAuthor(visitorPost);
        assertEquals("Aperçu : courses pour le marché", visitorPost.json().path("title").asText());
        assertTrue(visitorPost.json().path("position").has("lat"));

        JsonNode seen = item(api.get(feedPath(AJACCIO), token), id);
        assertEquals(authorId, seen.path("author").path("id").asText());
        assertFalse(seen.path("author").path("displayName").asText().isEmpty());
        assertEquals(authorId, api.get("/posts/" + id, token).json().path("author").path("id").asText());
    }

    @Test
    public void theSameFeedAskedByAResidentThenAVisitorGivesTheVisitorNoAuthor() throws Exception {
        double[] vannes = {47.6582, -2.7608};
        String token = resident("vannes", vannes);
        String id = Posting.request(api, token, "Aperçu : un résident puis un visiteur", vannes);
        assertTrue(item(api.get(feedPath(vannes), token), id).has("author"));
        assertTrue(item(api.get(feedPath(vannes), token), id).has("author"));
        Api.Reply visitor = api.get(feedPath(vannes));
        item(visitor, id);
        assertNoAuthor(visitor);
        assertTrue("and the resident still has it", item(api.get(feedPath(vannes), token), id).has("author"));
    }

    @Test
    public void theSameFeedAskedByAVisitorThenAResidentGivesTheResidentTheAuthor() throws Exception {
        double[] lorient = {47.7483, -3.3700};
        String token = resident("lorient", lorient);
        String id = Posting.request(api, token, "Aperçu : un visiteur puis un résident", lorient);
        assertNoAuthor(api.get(feedPath(lorient)));
        Api.Reply visitor = api.get(feedPath(lorient));
        item(visitor, id);
        assertNoAuthor(visitor);
        JsonNode seen = item(api.get(feedPath(lorient), token), id);
        assertEquals(api.get("/me", token).json().path("id").asText(), seen.path("author").path("id").asText());
        assertNoAuthor(api.get(feedPath(lorient)));
    }

    @Test
    public void aPostSaysTheCommuneOfItsPublicPosition() throws Exception {
        String token = resident("commune", AJACCIO);
        String id = Posting.request(api, token, "Aperçu : dans quelle commune ?", AJACCIO);
        for (Api.Reply post : new Api.Reply[] {api.get("/posts/" + id), api.get("/posts/" + id, token)}) {
            assertEquals(post.body(), "2A004", post.json().path("commune").path("inseeCode").asText());
            assertEquals(post.body(), "Ajaccio", post.json().path("commune").path("name").asText());
        }
        assertEquals("Ajaccio", item(api.get(feedPath(AJACCIO)), id).path("commune").path("name").asText());
        assertEquals("Ajaccio", item(api.get(feedPath(AJACCIO), token), id).path("commune").path("name").asText());

        String offshore = Posting.request(api, token, "Aperçu : en pleine mer", SEA);
        JsonNode atSea = api.get("/posts/" + offshore, token).json();
        assertTrue(atSea.toString(), atSea.path("commune").isMissingNode() || atSea.path("commune").isNull());
        assertTrue(item(api.get(feedPath(SEA)), offshore).path("commune").isMissingNode());
    }

    @Test
    public void theOpenApiDescriptionOfAPostHasItsCommune() throws Exception {
        JsonNode schemas = api.get("/openapi.json").json().path("components").path("schemas");
        JsonNode commune = null;
        for (JsonNode schema : schemas) {
            if (schema.path("properties").has("position") && schema.path("properties").has("followers")) {
                commune = schema.path("properties").path("commune");
            }
        }
        assertTrue(schemas.toString(), commune != null && !commune.isMissingNode());
    }

    @Test
    public void aVisitorReadsTheActorsAndOperationsAroundAPlaceWithoutTheirManagers() throws Exception {
        double[] quimper = {47.9960, -4.1024};
        String token = resident("gestion", quimper);
        String managerId = api.get("/me", token).json().path("id").asText();
        Api.Reply actor = api.post("/actors", ActorsIT.actor("association", "Aperçu solidaire", quimper[0],
                quimper[1], ActorsIT.ASSOCIATION), token);
        assertEquals(actor.toString(), 201, actor.status());
        String actorId = actor.json().path("id").asText();
        Api.Reply operation = api.post("/actors/" + actorId + "/operations", BOX, token);
        assertEquals(operation.toString(), 201, operation.status());

        String near = "?lat=" + quimper[0] + "&lon=" + quimper[1] + "&radiusKm=5&limit=100";
        Api.Reply actors = api.get("/actors" + near);
        assertEquals(actors.toString(), 200, actors.status());
        assertTrue(actors.body(), actors.body().contains(actorId) && actors.body().contains("Aperçu solidaire"));
        assertFalse("no manager for a visitor", actors.body().contains(managerId));
        Api.Reply one = api.get("/actors/" + actorId);
        assertEquals(one.toString(), 200, one.status());
        assertFalse(one.body(), one.body().contains(managerId));
        assertTrue("a resident sees who manages it", api.get("/actors/" + actorId, token).body().contains(managerId));

        Api.Reply operations = api.get("/operations" + near);
        assertEquals(operations.toString(), 200, operations.status());
        assertTrue(operations.body(), operations.body().contains(operation.json().path("id").asText()));
        assertFalse(operations.body(), operations.body().contains(managerId));
    }
}
