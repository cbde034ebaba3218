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
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/**
 * Hostile input over HTTP, with the requests that once got through (issue 16): texts over a column's length in
 * UTF-16 units (4-byte emoji), a key given twice, unpaired surrogates, control characters, texts of Unicode
 * spaces only, a location of nulls, numbers with spaces and garbage cursors. Each is a 400 or 422
 * problem naming the field, and nothing is written: the lists that would show it keep their count. Texts at the
 * limit are accepted, which the database then stores (on Derby, which counts UTF-16 units, and on PostgreSQL).
 */
public class HostileInputIT extends EntraideTestSupport {

    private static final String GRIN = "\uD83D\uDE00";
    private static final AtomicInteger AREAS = new AtomicInteger();

    /** Areas of their own, east of France, far from the other classes' (and 30 km apart). */
    private static double[] freshArea() {
        return new double[] {48.0 + AREAS.getAndIncrement() * 0.3, 7.6};
    }

    private static String emoji(int count) {
        return GRIN.repeat(count);
    }

    private static String post(String title, String body, double[] at) {
        return "{\"kind\":\"REQUEST\",\"category\":\"errands\",\"title\":\"" + title + "\",\"body\":\"" + body
                + "\",\"location\":{\"lat\":" + at[0] + ",\"lon\":" + at[1] + "}}";
    }

    /** Asserts a problem of that status whose first error names the field. */
    private static void assertRefused(Api.Reply reply, int status, String field) throws Exception {
        JsonNode problem = assertProblem(reply, status);
        assertEquals(reply.toString(), field, problem.path("errors").path(0).path("field").asText());
    }

    private int feedCount(String token, double[] at) throws Exception {
        Api.Reply feed = api.get("/feed?lat=" + at[0] + "&lon=" + at[1] + "&radiusKm=5&limit=100", token);
        assertEquals(feed.toString(), 200, feed.status());
        return feed.json().path("items").size();
    }

    private String created(Api.Reply reply) throws Exception {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().path("id").asText();
    }

    @Test
    public void postTextsAreBoundedInTheDatabasesUnits() throws Exception {
        double[] area = freshArea();
        String author = Residents.signedIn(api, Residents.uniqueEmail("emoji"), area[0], area[1]);
        // Counted, not assumed empty: a PostgreSQL database may keep an earlier run's posts.
        int before = feedCount(author, area);

        assertRefused(api.post("/posts", post(emoji(61), "Un coup de main", area), author), 422, "title");
        assertRefused(api.post("/posts", post("Un titre", emoji(2001), area), author), 422, "body");
        assertEquals("nothing written", before, feedCount(author, area));

        // 60 emoji are 120 UTF-16 units: the most a title holds, stored and read back whole.
        String id = created(api.post("/posts", post(emoji(60), emoji(2000), area), author));
        assertEquals(emoji(60), api.get("/posts/" + id, author).json().path("title").asText());
        assertEquals(emoji(2000), api.get("/posts/" + id, author).json().path("body").asText());

        assertRefused(api.patch("/posts/" + id, "{\"title\":\"" + emoji(61) + "\"}", author), 422, "title");
        assertRefused(api.patch("/posts/" + id, "{\"title\":\"\\u00a0\\u2003\\u3000\"}", author), 422, "title");
        assertRefused(api.patch("/posts/" + id, "{\"body\":\"" + emoji(2001) + "\"}", author), 422, "body");
        JsonNode kept = api.get("/posts/" + id, author).json();
        assertEquals(emoji(60), kept.path("title").asText());
        assertEquals(emoji(2000), kept.path("body").asText());
        assertEquals(before + 1, feedCount(author, area));
    }

    @Test
    public void accountConversationAndReportTextsAreBoundedInTheDatabasesUnits() throws Exception {
        double[] area = freshArea();
        String author = Residents.signedIn(api, Residents.uniqueEmail("asker"), area[0], area[1]);
        String helper = Residents.signedIn(api, Residents.uniqueEmail("helper"), area[0], area[1]);
        String id = created(api.post("/posts", post("Porter des courses", "Au troisième sans ascenseur", area),
                author));

        // Display names: 60 at most, so 31 emoji (62 units) are too many.
        String email = Residents.uniqueEmail("name");
        assertRefused(api.post("/accounts", Residents.registration(email, emoji(31), area[0], area[1])), 422,
                "displayName");
        assertEquals("the refused registration left no account", 201,
                api.post("/accounts", Residents.registration(email, emoji(30), area[0], area[1])).status());
        assertRefused(api.patch("/me", "{\"displayName\":\"" + emoji(31) + "\"}", helper), 422, "displayName");
        assertRefused(api.patch("/me", "{\"displayName\":\"\\u00a0\\u00a0\\u00a0\"}", helper), 422, "displayName");
        assertEquals("Voisine", api.get("/me", helper).json().path("displayName").asText());

        assertRefused(api.post("/posts/" + id + "/responses", "{\"message\":\"" + emoji(2001) + "\"}", helper),
                422, "message");
        assertEquals("no conversation was opened", 0,
                api.get("/conversations", helper).json().path("items").size());
        String conversation = created(api.post("/posts/" + id + "/responses", "{\"message\":\"" + emoji(2000)
                + "\"}", helper));
        assertRefused(api.post("/conversations/" + conversation + "/messages", "{\"body\":\"" + emoji(2001)
                + "\"}", author), 422, "body");
        assertEquals(1, api.get("/conversations/" + conversation, author).json().path("messages").size());

        assertRefused(api.post("/reports", "{\"targetType\":\"POST\",\"targetId\":\"" + id + "\",\"reason\":\""
                + emoji(501) + "\"}", helper), 422, "reason");
        String moderatorEmail = Residents.uniqueEmail("moderator");
        operator("entraide:account-create --name Modératrice --home " + area[0] + "," + area[1]
                + " --role MODERATOR --password \"" + Residents.PASSWORD + "\" " + moderatorEmail);
        String moderator = Residents.token(api, moderatorEmail, Residents.PASSWORD);
        assertFalse("the refused report was not written",
                api.get("/moderation/reports?limit=100", moderator).body().contains(id));
    }

    @Test
    public void actorOperationAndAttributeTextsAreBoundedInTheDatabasesUnits() throws Exception {
        double[] area = freshArea();
        String manager = Residents.signedIn(api, Residents.uniqueEmail("assoc"), area[0], area[1]);
        String actors = "/actors?lat=" + area[0] + "&lon=" + area[1] + "&radiusKm=5&limit=100";
        int before = api.get(actors).json().path("items").size();

        assertRefused(api.post("/actors", ActorsIT.actor("association", emoji(61), area[0], area[1],
                ActorsIT.ASSOCIATION), manager), 422, "name");
        assertRefused(api.post("/actors", ActorsIT.actor("association", "Entraide de l'Ill", area[0], area[1],
                ActorsIT.ASSOCIATION.replace("Distribution le samedi matin", emoji(501))), manager), 422,
                "attributes.volunteerNeeds");
        assertEquals("nothing written", before, api.get(actors).json().path("items").size());

        String actor = created(api.post("/actors", ActorsIT.actor("association", emoji(60), area[0], area[1],
                ActorsIT.ASSOCIATION.replace("Distribution le samedi matin", emoji(500))), manager));
        assertEquals(emoji(60), api.get("/actors/" + actor).json().path("name").asText());

        String box = "{\"type\":\"donation-box\",\"title\":\"%s\",\"attributes\":{"
                + "\"acceptedItems\":[\"books\"],\"accessHours\":{\"sat\":[[\"09:00\",\"18:00\"]]}}}";
        assertRefused(api.post("/actors/" + actor + "/operations", String.format(box, emoji(61)), manager), 422,
                "title");
        assertRefused(api.post("/actors/" + actor + "/operations", String.format(box, "\\u3000\\u3000\\u3000"),
                manager), 422, "title");
        assertEquals("nothing written", 0,
                api.get("/actors/" + actor + "/operations", manager).json().path("items").size());
        created(api.post("/actors/" + actor + "/operations", String.format(box, emoji(60)), manager));
        assertEquals(1, api.get("/actors/" + actor + "/operations", manager).json().path("items").size());
    }

    @Test
    public void strictJsonRefusesWhatOnceGotThroughAndWritesNothing() throws Exception {
        double[] area = freshArea();
        String author = Residents.signedIn(api, Residents.uniqueEmail("strict"), area[0], area[1]);
        String valid = post("Aide au jardin", "Tailler la haie", area);
        int before = feedCount(author, area);

        assertRefused(api.post("/posts", valid.replace("{\"kind\":\"REQUEST\",",
                "{\"kind\":\"REQUEST\",\"kind\":\"OFFER\","), author), 400, "kind");
        assertRefused(api.post("/posts", valid.replace("\"lat\":", "\"lat\":1,\"lat\":"), author), 400,
                "location.lat");
        List<String> broken = List.of("Jardin \\ud83d", "\\ude00 Jardin", "Jardin\\u0000", "Jar\\u0007din",
                "Jardin\\nhaie", "Jardin\\u200b");
        for (String title : broken) {
            assertRefused(api.post("/posts", post(title, "Tailler la haie", area), author), 422, "title");
        }
        assertRefused(api.post("/posts", post("Aide au jardin", "Tailler\\ud83d la haie", area), author), 422,
                "body");
        List<String> blanks = List.of("\\u00a0\\u00a0\\u00a0\\u00a0", "\\u2003\\u2003\\u2003",
                "\\u3000\\u3000\\u3000", "\\u202f \\u00a0");
        for (String spaces : blanks) {
            assertRefused(api.post("/posts", post(spaces, "Tailler la haie", area), author), 422, "title");
            assertRefused(api.post("/posts", post("Aide au jardin", spaces, area), author), 422, "body");
        }
        Api.Reply nulls = api.post("/posts", valid.replaceAll("\"location\":\\{[^}]*\\}",
                "\"location\":{\"lat\":null,\"lon\":null}"), author);
        assertRefused(nulls, 422, "location.lat");
        assertTrue(nulls.body(), nulls.body().contains("location.lon"));
        assertEquals("nothing written", before, feedCount(author, area));

        // The same post, well formed, goes through: the feed was not merely slow to show the others.
        created(api.post("/posts", valid, author));
        assertEquals(before + 1, feedCount(author, area));
    }

    @Test
    public void numbersWithSpacesAndGarbageCursorsAreBadRequestsNamingTheParameter() throws Exception {
        double[] area = freshArea();
        String token = Residents.signedIn(api, Residents.uniqueEmail("params"), area[0], area[1]);
        String around = "lat=" + area[0] + "&lon=" + area[1];

        assertRefused(api.get("/feed?" + around + "&radiusKm=%205", token), 400, "radiusKm");
        assertRefused(api.get("/feed?" + around + "&radiusKm=5%20", token), 400, "radiusKm");
        assertRefused(api.get("/feed?lat=%20" + area[0] + "&lon=" + area[1], token), 400, "lat");
        assertRefused(api.get("/feed?" + around + "&limit=%2010", token), 400, "limit");
        assertRefused(api.get("/actors?" + around + "&radiusKm=%205"), 400, "radiusKm");
        assertRefused(api.get("/operations?" + around + "&radiusKm=5%00"), 400, "radiusKm");

        assertRefused(api.get("/feed?" + around + "&cursor=%00", token), 400, "cursor");
        assertRefused(api.get("/feed?" + around + "&cursor=%20%00", token), 400, "cursor");
        assertRefused(api.get("/actors?" + around + "&cursor=%00"), 400, "cursor");
        assertRefused(api.get("/operations?" + around + "&cursor=%00"), 400, "cursor");
        assertRefused(api.get("/notifications?cursor=%00", token), 400, "cursor");
        assertRefused(api.get("/conversations?cursor=%00", token), 400, "cursor");
        assertRefused(api.get("/feed?" + around + "&cursor=bm90LWEtY3Vyc29y", token), 400, "cursor");
        assertEquals(200, api.get("/feed?" + around + "&radiusKm=5", token).status());
    }
}
