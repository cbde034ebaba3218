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
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.Test;

/**
 * Nobody left unanswered: what actors help with ({@code helpsWith}, its filter and its refusals), and the
 * escalation ladder of an unanswered request run from the shell with a moved time ({@code entraide:escalations-run
 * --at}): to the managers of a matching nearby actor at 24 h (not a non-matching or a distant one), to the
 * territory's moderators at 48 h, never twice for a step, never for a request answered before. Around Quimper, in a
 * territory of its own that no other test uses; refusals near Quimperlé.
 */
public class EscalationIT extends EntraideTestSupport {

    private static final String KEY = "itest-cornouaille";
    private static final double[] QUIMPER = {47.9960, -4.1024};
    /** About a kilometre north of the centre: inside the territory's default radius (5 km). */
    private static final double[] ERGUE = {48.0050, -4.1024};
    /** About 20 km away: inside the territory, outside its default radius. */
    private static final double[] DOUARNENEZ = {48.0929, -4.3289};
    private static final double[] QUIMPERLE = {47.8726, -3.5497};

    private static final String TERRITORY = "name = Cornouaille\n"
            + "perimeter.lat = 47.9960\nperimeter.lon = -4.1024\nperimeter.radiusKm = 30\n"
            + "maxRadiusKm = 25\ndefaultRadiusKm = 5\n"
            + "escalation.actorsAfterHours = 24\nescalation.moderatorsAfterHours = 48\nescalation.maxActors = 5\n";

    @AfterClass
    public static void removeTerritory() throws Exception {
        Files.deleteIfExists(TerritoriesIT.territoryFile(KEY));
    }

    private static String actor(String name, double[] at, String helpsWith) {
        return "{\"type\":\"association\",\"name\":\"" + name + "\",\"description\":\"Solidarité de quartier\","
                + "\"location\":{\"lat\":" + at[0] + ",\"lon\":" + at[1] + "},\"attributes\":" + ActorsIT.ASSOCIATION
                + ",\"helpsWith\":" + helpsWith + "}";
    }

    private String create(String token, String name, double[] at, String helpsWith) throws Exception {
        Api.Reply created = api.post("/actors", actor(name, at, helpsWith), token);
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("id").asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private JsonNode escalations(String post, String token) throws Exception {
        Api.Reply read = api.get("/posts/" + post, token);
        assertEquals(read.toString(), 200, read.status());
        assertTrue(read.body(), read.json().path("escalations").isArray());
        return read.json().path("escalations");
    }

    /** The notifications of this kind about this post that the resident has. */
    private List<JsonNode> notices(String token, String kind, String post) throws Exception {
        Api.Reply reply = api.get("/notifications?limit=100", token);
        assertEquals(reply.toString(), 200, reply.status());
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode n : reply.json().path("items")) {
            if (kind.equals(n.path("kind").asText()) && post.equals(n.path("subjectId").asText())) {
                found.add(n);
            }
        }
        return found;
    }

    private String run(Instant at) throws Exception {
        String out = operator("entraide:escalations-run --at " + at);
        assertTrue(out, out.contains("escalation steps taken at"));
        return out;
    }

    @Test
    public void anUnansweredRequestReachesMatchingNearbyActorsThenTheModeratorsOnce() throws Exception {
        String moderatorEmail = Residents.uniqueEmail("moderatrice");
        String moderator = Residents.signedIn(api, moderatorEmail, QUIMPER[0], QUIMPER[1]);
        TerritoriesIT.write(KEY, TERRITORY + "moderators = " + moderatorEmail + "\n");
        TerritoriesIT.until(() -> KEY.equals(api.get("/radius-options?lat=" + QUIMPER[0] + "&lon=" + QUIMPER[1])
                .json().path("territory").path("key").asText("")));
        String matching = Residents.signedIn(api, Residents.uniqueEmail("epicerie"), ERGUE[0], ERGUE[1]);
        String other = Residents.signedIn(api, Residents.uniqueEmail("jardins"), ERGUE[0], ERGUE[1]);
        String distant = Residents.signedIn(api, Residents.uniqueEmail("douarnenez"), DOUARNENEZ[0], DOUARNENEZ[1]);
        String near = create(matching, "Entraide d'Ergué", ERGUE, "[\"errands\",\"company\",\"errands\"]");
        String gardens = create(other, "Jardins partagés", QUIMPER, "[\"gardening\"]");
        String far = create(distant, "Courses de Douarnenez", DOUARNENEZ, "[\"errands\"]");
        assertEquals("duplicates removed", List.of("company", "errands"),
                texts(api.get("/actors/" + near).json().path("helpsWith")));

        String around = "/actors?lat=" + QUIMPER[0] + "&lon=" + QUIMPER[1];
        List<String> helping = ids(api.get(around + "&radiusKm=5&helpsWith=errands").json());
        assertTrue(helping.contains(near));
        assertFalse(helping.contains(gardens));
        assertFalse(helping.contains(far));
        List<String> wider = ids(api.get(around + "&radiusKm=25&helpsWith=errands").json());
        assertTrue(wider.contains(near) && wider.contains(far) && !wider.contains(gardens));
        assertTrue(ids(api.get(around + "&radiusKm=5").json()).contains(gardens));

        String author = Residents.signedIn(api, Residents.uniqueEmail("demandeuse"), QUIMPER[0], QUIMPER[1]);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String unanswered = Posting.request(api, author, "Courses pour une voisine âgée", QUIMPER);
        String answered = Posting.request(api, author, "Porter un colis à la poste", QUIMPER);

        run(start.plus(23, ChronoUnit.HOURS));
        assertEquals("not yet at 23 h", 0, escalations(unanswered, author).size());
        assertEquals(0, escalations(answered, author).size());
        Posting.answer(api, answered, other);

        run(start.plus(25, ChronoUnit.HOURS));
        JsonNode first = escalations(unanswered, null);
        assertEquals(first.toString(), 1, first.size());
        assertEquals("ACTORS", first.get(0).path("level").asText());
        assertEquals(1, first.get(0).path("count").asInt());
        assertTrue(first.toString(), first.get(0).hasNonNull("at"));
        assertEquals("a request answered at 23 h is not escalated", 0, escalations(answered, author).size());

        JsonNode escalated = api.get("/actors/" + near + "/escalated-requests", matching).json();
        assertEquals(List.of(unanswered), ids(escalated));
        assertTrue(escalated.has("nextCursor"));
        assertEquals(List.of(), ids(api.get("/actors/" + gardens + "/escalated-requests", other).json()));
        assertEquals(List.of(), ids(api.get("/actors/" + far + "/escalated-requests", distant).json()));
        assertProblem(api.get("/actors/" + near + "/escalated-requests", other), 403);
        assertProblem(api.get("/actors/" + near + "/escalated-requests", author), 403);
        assertProblem(api.get("/actors/" + near + "/escalated-requests"), 401);
        assertProblem(api.get("/actors/00000000-0000-0000-0000-000000000000/escalated-requests", matching), 404);

        TerritoriesIT.until(() -> notices(matching, "request.escalated", unanswered).size() == 1);
        TerritoriesIT.until(() -> notices(author, "request.forwarded", unanswered).size() == 1);
        JsonNode forwarded = notices(author, "request.forwarded", unanswered).get(0);
        assertEquals(forwarded.toString(), "1", forwarded.path("data").path("count").asText());
        assertEquals(List.of(), notices(other, "request.escalated", unanswered));
        assertEquals(List.of(), notices(distant, "request.escalated", unanswered));
        assertEquals("not before 48 h", List.of(), notices(moderator, "request.escalated", unanswered));

        run(start.plus(26, ChronoUnit.HOURS));
        assertEquals("never twice", 1, escalations(unanswered, author).size());
        // What was done is in the database, not in the job's memory: a restart of the posts bundle (its job, its
        // caches) does not take the step again.
        String restarted = operator("bundle:restart org.entraide.posts");
        assertFalse(restarted, restarted.contains("Error"));
        awaitHealthy(Duration.ofSeconds(90));
        run(start.plus(27, ChronoUnit.HOURS));
        assertEquals("never twice, even after a restart", 1, escalations(unanswered, author).size());

        run(start.plus(49, ChronoUnit.HOURS));
        run(start.plus(50, ChronoUnit.HOURS));
        JsonNode both = escalations(unanswered, author);
        assertEquals(both.toString(), 2, both.size());
        assertEquals("ACTORS", both.get(0).path("level").asText());
        assertEquals("MODERATORS", both.get(1).path("level").asText());
        assertEquals(1, both.get(1).path("count").asInt());
        assertEquals(0, escalations(answered, author).size());
        TerritoriesIT.until(() -> notices(moderator, "request.escalated", unanswered).size() == 1);
        assertEquals("told once", 1, notices(matching, "request.escalated", unanswered).size());
        assertEquals(1, notices(author, "request.forwarded", unanswered).size());
        assertEquals(List.of(unanswered), ids(api.get("/actors/" + near + "/escalated-requests", matching).json()));
    }

    @Test
    public void helpsWithRefusesAnUnknownCategoryAndWritesNothing() throws Exception {
        String manager = Residents.signedIn(api, Residents.uniqueEmail("quimperle"), QUIMPERLE[0], QUIMPERLE[1]);
        String stranger = Residents.signedIn(api, Residents.uniqueEmail("passant"), QUIMPERLE[0], QUIMPERLE[1]);
        String around = "/actors?lat=" + QUIMPERLE[0] + "&lon=" + QUIMPERLE[1] + "&radiusKm=5";
        int before = ids(api.get(around).json()).size();

        Api.Reply refused = api.post("/actors", actor("Fusées de Quimperlé", QUIMPERLE,
                "[\"errands\",\"spaceships\"]"), manager);

        assertProblem(refused, 422);
        assertTrue(refused.body(), refused.body().contains("\"field\":\"helpsWith[1]\""));
        assertEquals("nothing written", before, ids(api.get(around).json()).size());

        String id = create(manager, "Entraide de Quimperlé", QUIMPERLE, "[\"pets\"]");
        Api.Reply wrong = api.patch("/actors/" + id, "{\"helpsWith\":[\"errands\",\"nope\"]}", manager);
        assertProblem(wrong, 422);
        assertTrue(wrong.body(), wrong.body().contains("\"field\":\"helpsWith[1]\""));
        assertEquals(List.of("pets"), texts(api.get("/actors/" + id).json().path("helpsWith")));
        assertProblem(api.patch("/actors/" + id, "{\"helpsWith\":[\"errands\"]}", stranger), 403);
        assertEquals(List.of("pets"), texts(api.get("/actors/" + id).json().path("helpsWith")));

        Api.Reply changed = api.patch("/actors/" + id, "{\"helpsWith\":[\"transport\",\"errands\"]}", manager);
        assertEquals(changed.toString(), 200, changed.status());
        assertEquals(List.of("errands", "transport"), texts(changed.json().path("helpsWith")));
        Api.Reply untouched = api.patch("/actors/" + id, "{\"name\":\"Entraide du pays de Quimperlé\"}", manager);
        assertEquals(List.of("errands", "transport"), texts(untouched.json().path("helpsWith")));
        List<String> pets = ids(api.get(around + "&helpsWith=pets").json());
        assertFalse("the filter follows the change", pets.contains(id));
        assertTrue(ids(api.get(around + "&helpsWith=transport").json()).contains(id));
    }
}
