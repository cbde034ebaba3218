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
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.Test;

/**
 * Alerts near home over HTTP: a new post matching an alert within its radius of the owner's home notifies the
 * owner; a post too far, of another kind or category, or the owner's own, does not. Matching runs on one thread
 * after each post is committed, in order, so once the notification of a later matching post has arrived every
 * earlier post has been matched too: that is how the tests know that nothing else came.
 */
public class AlertsIT extends EntraideTestSupport {

    /** Homes of each test, far from those of the other test classes and from each other (40 km and more). */
    private static final double[] ANNECY = {45.8992, 6.1294};
    private static final double[] CHAMBERY = {45.5646, 5.9178};
    private static final double[] GRENOBLE = {45.1885, 5.7245};

    private static final long WAIT_MILLIS = 10_000;

    /** The point this far due north (bearing 0) or east (90) of a centre, on a sphere: enough with km margins. */
    private static double[] offset(double[] centre, double km, int bearing) {
        double dLat = bearing == 0 ? km / 111.2 : 0;
        double dLon = bearing == 90 ? km / (111.32 * Math.cos(Math.toRadians(centre[0]))) : 0;
        return new double[] {centre[0] + dLat, centre[1] + dLon};
    }

    private String post(String token, String kind, String category, String title, double[] at) throws Exception {
        String body = "{\"kind\":\"" + kind + "\",\"category\":\"" + category + "\",\"title\":\"" + title
                + "\",\"body\":\"Un coup de main près de chez moi.\",\"location\":{\"lat\":" + at[0]
                + ",\"lon\":" + at[1] + "}}";
        Api.Reply created = api.post("/posts", body, token);
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("id").asText();
    }

    private String alert(String token, String json) throws Exception {
        Api.Reply created = api.post("/me/alerts", json, token);
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("id").asText();
    }

    /** The ids of the posts this resident was alerted of. */
    private Set<String> alertedPosts(String token) throws Exception {
        Api.Reply reply = api.get("/notifications?limit=100", token);
        assertEquals(reply.toString(), 200, reply.status());
        Set<String> posts = new LinkedHashSet<>();
        for (JsonNode n : reply.json().path("items")) {
            if ("alert.match".equals(n.path("kind").asText())) {
                assertEquals("POST", n.path("subjectType").asText());
                posts.add(n.path("subjectId").asText());
            }
        }
        return posts;
    }

    /** The alert notification about a post, waited for a few seconds. */
    private JsonNode awaitAlert(String token, String postId) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            for (JsonNode n : api.get("/notifications?limit=100", token).json().path("items")) {
                if ("alert.match".equals(n.path("kind").asText()) && postId.equals(n.path("subjectId").asText())) {
                    return n;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no alert about post " + postId + " within " + WAIT_MILLIS + " ms");
            }
            Thread.sleep(200);
        }
    }

    private static void assertField(Api.Reply reply, int status, String field) throws Exception {
        JsonNode problem = assertProblem(reply, status);
        assertEquals(reply.toString(), field, problem.path("errors").path(0).path("field").asText());
    }

    @Test
    public void aMatchingRequestNearHomeAlertsTheOwnerAndNoOtherPostDoes() throws Exception {
        double[] home = ANNECY;
        String owner = Residents.signedIn(api, Residents.uniqueEmail("alert-owner"), home[0], home[1]);
        String neighbour = Residents.signedIn(api, Residents.uniqueEmail("alert-neighbour"), home[0], home[1] + 0.05);
        Api.Reply created = api.post("/me/alerts",
                "{\"kind\":\"REQUEST\",\"categories\":[\"gardening\"],\"radiusKm\":5}", owner);
        assertEquals(created.toString(), 201, created.status());
        JsonNode alert = created.json();
        assertEquals("REQUEST", alert.path("kind").asText());
        assertEquals("[\"gardening\"]", alert.path("categories").toString());
        assertEquals(5.0, alert.path("radiusKm").asDouble(), 0);
        assertFalse(alert.path("createdAt").asText().isEmpty());
        assertFalse("the home never leaves the server", created.body().contains("lat"));
        JsonNode listed = api.get("/me/alerts", owner).json();
        assertEquals(1, listed.size());
        assertEquals(alert.path("id").asText(), listed.path(0).path("id").asText());

        String far = post(neighbour, "REQUEST", "gardening", "Tondre une pelouse loin", offset(home, 20, 0));
        String offer = post(neighbour, "OFFER", "gardening", "Je prête une tondeuse", offset(home, 2, 0));
        String otherCategory = post(neighbour, "REQUEST", "diy", "Monter une étagère", offset(home, 2, 0));
        String own = post(owner, "REQUEST", "gardening", "Tailler ma haie", home);
        String near = post(neighbour, "REQUEST", "gardening", "Tondre la pelouse", offset(home, 2, 0));

        JsonNode told = awaitAlert(owner, near);
        assertEquals("Tondre la pelouse", told.path("data").path("title").asText());
        assertEquals("gardening", told.path("data").path("category").asText());
        assertEquals("REQUEST", told.path("data").path("kind").asText());
        Set<String> alerted = alertedPosts(owner);
        assertEquals("only the matching request: not " + Set.of(far, offer, otherCategory, own), Set.of(near),
                alerted);
        assertTrue("nobody without an alert is told", alertedPosts(neighbour).isEmpty());
    }

    @Test
    public void aDeletedAlertStopsFiringAndOnlyItsOwnerCanDeleteIt() throws Exception {
        double[] home = CHAMBERY;
        String owner = Residents.signedIn(api, Residents.uniqueEmail("alert-deleter"), home[0], home[1]);
        String witness = Residents.signedIn(api, Residents.uniqueEmail("alert-witness"), home[0], home[1]);
        String author = Residents.signedIn(api, Residents.uniqueEmail("alert-author"), home[0] + 0.05, home[1]);
        String id = alert(owner, "{\"kind\":null,\"categories\":[],\"radiusKm\":5}");

        assertProblem(api.delete("/me/alerts/" + id, author), 404);
        assertProblem(api.delete("/me/alerts/no-such-alert", owner), 404);
        String first = post(author, "OFFER", "transport", "Covoiturage vers Lyon", offset(home, 1, 90));
        assertEquals("OFFER", awaitAlert(owner, first).path("data").path("kind").asText());

        assertEquals(204, api.delete("/me/alerts/" + id, owner).status());
        assertEquals(0, api.get("/me/alerts", owner).json().size());
        assertProblem(api.delete("/me/alerts/" + id, owner), 404);
        alert(witness, "{\"categories\":[\"transport\"],\"radiusKm\":5}");
        String second = post(author, "REQUEST", "transport", "Aller au marché", offset(home, 1, 90));
        awaitAlert(witness, second);
        assertEquals("the deleted alert no longer fires", Set.of(first), alertedPosts(owner));
    }

    @Test
    public void badAlertsAreProblemsNamingTheFieldAndWriteNothing() throws Exception {
        double[] home = GRENOBLE;
        String token = Residents.signedIn(api, Residents.uniqueEmail("alert-bad"), home[0], home[1]);

        assertProblem(api.post("/me/alerts", "{\"categories\":[],\"radiusKm\":5}", null), 401);
        assertField(api.post("/me/alerts", "{\"kind\":\"BOTH\",\"categories\":[],\"radiusKm\":5}", token), 422,
                "kind");
        assertField(api.post("/me/alerts", "{\"categories\":[\"gardening\",\"nope\"],\"radiusKm\":5}", token), 422,
                "categories[1]");
        assertField(api.post("/me/alerts", "{\"categories\":[],\"radiusKm\":51}", token), 400, "radiusKm");
        assertField(api.post("/me/alerts", "{\"categories\":[],\"radiusKm\":0}", token), 400, "radiusKm");
        assertField(api.post("/me/alerts", "{\"categories\":[],\"radiusKm\":\"5\"}", token), 400, "radiusKm");
        assertField(api.post("/me/alerts", "{\"categories\":\"gardening\",\"radiusKm\":5}", token), 400,
                "categories");
        assertField(api.post("/me/alerts", "{\"radiusKm\":5,\"home\":{\"lat\":45,\"lon\":5}}", token), 400, "home");
        assertEquals("nothing was written", 0, api.get("/me/alerts", token).json().size());

        for (int i = 0; i < 20; i++) {
            alert(token, "{\"categories\":[],\"radiusKm\":" + (1 + i) + "}");
        }
        assertProblem(api.post("/me/alerts", "{\"categories\":[],\"radiusKm\":3}", token), 409);
        assertEquals(20, api.get("/me/alerts", token).json().size());
    }
}
