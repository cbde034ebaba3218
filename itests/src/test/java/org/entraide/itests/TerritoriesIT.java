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
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.AfterClass;
import org.junit.Test;

/**
 * Two territories configured as an operator does, by writing files in etc/: Lille as a circle, Marseille as a
 * list of communes, each enabling different types. Answers change with the files, without a restart.
 */
public class TerritoriesIT extends EntraideTestSupport {

    static final double[] LILLE = {50.6292, 3.0573};
    static final double[] MARSEILLE = {43.2965, 5.3698};
    static final double[] TOULOUSE = {43.6045, 1.4440};
    static final long APPLY_WITHIN_MS = 2000;

    private static final List<Path> WRITTEN = new ArrayList<>();

    static final String NORD = "name = Métropole lilloise\n"
            + "perimeter.lat = 50.6292\nperimeter.lon = 3.0573\nperimeter.radiusKm = 20\n"
            + "maxRadiusKm = 15\ndefaultRadiusKm = 5\n"
            + "actorTypes = association\noperationTypes = donation-box\n";

    static final String SUD = "name = Marseille\nperimeter.communes = 13055\n"
            + "maxRadiusKm = 30\ndefaultRadiusKm = 10\n"
            + "actorTypes = shop, producer\noperationTypes = home-delivery\n";

    static Path territoryFile(String key) {
        return new File(System.getProperty("karaf.home"), "etc/org.entraide.territory-" + key + ".cfg").toPath();
    }

    static void write(String key, String content) throws Exception {
        Path file = territoryFile(key);
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        if (!WRITTEN.contains(file)) {
            WRITTEN.add(file);
        }
    }

    /** Waits for a condition and returns how long it took, failing after 10 s. */
    /** The file's text, or "" while it is being rewritten (a read may cut a character in two). */
    static String readWhole(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    static long until(Callable<Boolean> condition) throws Exception {
        long start = System.nanoTime();
        while (!condition.call()) {
            if (System.nanoTime() - start > 10_000_000_000L) {
                throw new AssertionError("not applied within 10 s");
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    static List<String> keys(JsonNode types) {
        List<String> keys = new ArrayList<>();
        types.forEach(t -> keys.add(t.path("key").asText()));
        return keys;
    }

    List<String> actorTypesAt(double[] at) throws Exception {
        return keys(api.get("/actor-types?lat=" + at[0] + "&lon=" + at[1]).json());
    }

    List<String> operationTypesAt(double[] at) throws Exception {
        return keys(api.get("/operation-types?lat=" + at[0] + "&lon=" + at[1]).json());
    }

    String territoryAt(double[] at) throws Exception {
        return api.get("/radius-options?lat=" + at[0] + "&lon=" + at[1]).json().path("territory").path("key")
                .asText("");
    }

    @AfterClass
    public static void removeTerritories() throws Exception {
        for (Path file : WRITTEN) {
            Files.deleteIfExists(file);
        }
        Api api = new Api("http://localhost:" + System.getProperty(HTTP_PORT) + "/api/v1");
        until(() -> api.get("/radius-options?lat=" + LILLE[0] + "&lon=" + LILLE[1]).json().path("territory")
                .isNull() && api.get("/radius-options?lat=" + MARSEILLE[0] + "&lon=" + MARSEILLE[1]).json()
                .path("territory").isNull());
    }

    @Test
    public void twoTerritoriesEnableDifferentTypesAndCapTheRadius() throws Exception {
        write("itest-nord", NORD);
        write("itest-sud", SUD);
        until(() -> "itest-nord".equals(territoryAt(LILLE)) && "itest-sud".equals(territoryAt(MARSEILLE)));

        assertEquals(List.of("association"), actorTypesAt(LILLE));
        assertEquals(List.of("donation-box"), operationTypesAt(LILLE));
        assertEquals(List.of("producer", "shop"), actorTypesAt(MARSEILLE));
        assertEquals(List.of("home-delivery"), operationTypesAt(MARSEILLE));
        assertTrue("outside every territory, every installed type",
                actorTypesAt(TOULOUSE).containsAll(List.of("association", "collectivity", "producer", "shop")));

        // Around one's home by default: a resident of Lille sees Lille's types.
        String lillois = Residents.signedIn(api, Residents.uniqueEmail("lille"), LILLE[0], LILLE[1]);
        assertEquals(List.of("association"), keys(api.get("/actor-types", lillois).json()));

        // Creation follows the same rule; what is enabled is created.
        Api.Reply shop = api.post("/actors", ActorsIT.actor("shop", "Boulangerie du Vieux-Lille", LILLE[0],
                LILLE[1], ActorsIT.SHOP), lillois);
        assertProblem(shop, 422);
        assertEquals("type", shop.json().path("errors").get(0).path("field").asText());
        assertTrue(shop.body(), shop.body().contains("Métropole lilloise"));
        Api.Reply association = api.post("/actors", ActorsIT.actor("association", "Entraide Wazemmes", LILLE[0],
                LILLE[1], ActorsIT.ASSOCIATION), lillois);
        assertEquals(association.toString(), 201, association.status());
        String actor = association.json().path("id").asText();
        String delivery = "{\"type\":\"home-delivery\",\"title\":\"Courses livrées\",\"attributes\":{}}";
        Api.Reply refused = api.post("/actors/" + actor + "/operations", delivery, lillois);
        assertProblem(refused, 422);
        assertTrue(refused.body(), refused.body().contains("\"field\":\"type\""));

        // The radius: the territory's maximum, and its default when none is asked for.
        assertProblem(api.get("/feed?lat=" + LILLE[0] + "&lon=" + LILLE[1] + "&radiusKm=20"), 400);
        assertEquals(200, api.get("/feed?lat=" + LILLE[0] + "&lon=" + LILLE[1] + "&radiusKm=15").status());
        assertProblem(api.get("/actors?lat=" + LILLE[0] + "&lon=" + LILLE[1] + "&radiusKm=16"), 400);
        assertEquals(200, api.get("/actors?lat=" + MARSEILLE[0] + "&lon=" + MARSEILLE[1] + "&radiusKm=30")
                .status());
        JsonNode options = api.get("/radius-options?lat=" + LILLE[0] + "&lon=" + LILLE[1]).json();
        assertEquals(15, options.path("maxKm").asDouble(), 0);
        assertEquals(5, options.path("defaultKm").asDouble(), 0);
        assertEquals(50, api.get("/radius-options?lat=" + TOULOUSE[0] + "&lon=" + TOULOUSE[1]).json()
                .path("maxKm").asDouble(), 0);
    }

    @Test
    public void editingAFileAppliesWithinTwoSecondsAndWhatExistsStaysReadable() throws Exception {
        write("itest-nord", NORD);
        until(() -> actorTypesAt(LILLE).equals(List.of("association")));
        String manager = Residents.signedIn(api, Residents.uniqueEmail("lille-assoc"), LILLE[0], LILLE[1]);
        String actor = api.post("/actors", ActorsIT.actor("association", "Les Amis de Fives", LILLE[0], LILLE[1],
                ActorsIT.ASSOCIATION), manager).json().path("id").asText();

        write("itest-nord", NORD.replace("actorTypes = association", "actorTypes = collectivity"));
        long applied = until(() -> actorTypesAt(LILLE).equals(List.of("collectivity")));
        System.out.println("TerritoriesIT: a territory file edit applied in " + applied + " ms");
        assertTrue("applied in " + applied + " ms", applied <= APPLY_WITHIN_MS);

        Api.Reply existing = api.get("/actors/" + actor);
        assertEquals("an actor of a type no longer enabled stays readable", 200, existing.status());
        assertTrue(api.get("/actors?lat=" + LILLE[0] + "&lon=" + LILLE[1] + "&radiusKm=2&limit=100").body()
                .contains(actor));
        assertProblem(api.post("/actors", ActorsIT.actor("association", "Encore une", LILLE[0], LILLE[1],
                ActorsIT.ASSOCIATION), manager), 422);
    }

    @Test
    public void anInvalidFileIsRefusedAndThePreviousStateKept() throws Exception {
        write("itest-nord", NORD);
        until(() -> actorTypesAt(LILLE).equals(List.of("association")));
        write("itest-nord", NORD.replace("maxRadiusKm = 15", "maxRadiusKm = 80")
                .replace("actorTypes = association", "actorTypes = shop"));
        Thread.sleep(3 * APPLY_WITHIN_MS);
        assertEquals("the previous state is kept", List.of("association"), actorTypesAt(LILLE));
        assertEquals(15, api.get("/radius-options?lat=" + LILLE[0] + "&lon=" + LILLE[1]).json().path("maxKm")
                .asDouble(), 0);
        String log = Files.readString(new File(System.getProperty("karaf.home"), "data/log/karaf.log").toPath(),
                StandardCharsets.UTF_8);
        assertTrue("a clear log line", log.contains("org.entraide.territory-itest-nord.cfg refused, territory"
                + " itest-nord stays as it was: maxRadiusKm must be above 0 and at most 50"));

        write("itest-ailleurs", "name = Nulle part\nperimeter.communes = 99999\n");
        Thread.sleep(3 * APPLY_WITHIN_MS);
        assertFalse(shell("entraide:territories").contains("itest-ailleurs"));
    }

    @Test
    public void theShellListsTerritoriesEnablesTypesAndCounts() throws Exception {
        write("itest-sud", SUD);
        until(() -> "itest-sud".equals(territoryAt(MARSEILLE)));
        String help = shell("entraide:territory-stats --help");
        assertTrue(help, help.contains("median time to the first answer") && help.contains("territory"));
        String listed = shell("entraide:territories");
        assertTrue(listed, listed.contains("itest-sud") && listed.contains("communes 13055")
                && listed.contains("producer, shop") && listed.contains("30/10"));

        String enabled = shell("entraide:territory-enable itest-sud actor association");
        assertTrue(enabled, enabled.contains("actor type association enabled"));
        long applied = until(() -> actorTypesAt(MARSEILLE).contains("association"));
        System.out.println("TerritoriesIT: entraide:territory-enable applied in " + applied + " ms");
        assertTrue("applied in " + applied + " ms", applied <= APPLY_WITHIN_MS);
        // Felix FileInstall writes the change back to etc/ after Config Admin has applied it (asynchronously, and by
        // rewriting the file in place): the file is awaited, within the same bound, rather than read once.
        long written = until(() -> readWhole(territoryFile("itest-sud")).contains("association,producer,shop"));
        assertTrue("the configuration file says what is in force within " + written + " ms",
                written <= APPLY_WITHIN_MS);
        String disabled = shell("entraide:territory-disable itest-sud operation home-delivery");
        assertTrue(disabled, disabled.contains("operation type home-delivery disabled"));
        until(() -> operationTypesAt(MARSEILLE).isEmpty());

        String resident = Residents.signedIn(api, Residents.uniqueEmail("marseille"), MARSEILLE[0], MARSEILLE[1]);
        String post = "{\"kind\":\"REQUEST\",\"category\":\"errands\",\"title\":\"Courses au Panier\","
                + "\"body\":\"Besoin d'aide pour porter les courses.\"}";
        String postId = api.post("/posts", post, resident).json().path("id").asText();
        String helper = Residents.signedIn(api, Residents.uniqueEmail("helper"), MARSEILLE[0], MARSEILLE[1]);
        assertEquals(201, api.post("/posts/" + postId + "/responses", "{\"message\":\"J'arrive !\"}", helper)
                .status());
        assertEquals(201, api.post("/actors", ActorsIT.actor("shop", "Épicerie du Panier", MARSEILLE[0],
                MARSEILLE[1], ActorsIT.SHOP), resident).status());
        String stats = shell("entraide:territory-stats itest-sud");
        assertTrue(stats, stats.matches("(?s).*itest-sud\\s*\\|\\s*residents\\s*\\|\\s*2\\b.*"));
        assertTrue(stats, stats.matches("(?s).*posts\\.OPEN\\s*\\|\\s*1\\b.*"));
        assertTrue(stats, stats.matches("(?s).*posts\\.answered\\s*\\|\\s*1\\b.*"));
        assertTrue(stats, stats.matches("(?s).*posts\\.medianTimeToFirstAnswer\\s*\\|\\s*PT\\d*S?.*"));
        assertTrue(stats, stats.matches("(?s).*actors\\.shop\\s*\\|\\s*1\\b.*"));
    }

    @Test
    public void aTerritorysModeratorModeratesItsPostsOnly() throws Exception {
        String email = Residents.uniqueEmail("moderatrice");
        String moderator = Residents.signedIn(api, email, LILLE[0], LILLE[1]);
        write("itest-nord", NORD + "moderators = " + email + "\n");
        until(() -> shell("entraide:territories").contains(email));
        String author = Residents.signedIn(api, Residents.uniqueEmail("auteur"), LILLE[0], LILLE[1]);
        String post = "{\"kind\":\"OFFER\",\"category\":\"diy\",\"title\":\"Perceuse à prêter\","
                + "\"body\":\"Je prête ma perceuse le week-end.\"}";
        String lillePost = api.post("/posts", post, author).json().path("id").asText();
        String toulousain = Residents.signedIn(api, Residents.uniqueEmail("toulouse"), TOULOUSE[0], TOULOUSE[1]);
        String toulousePost = api.post("/posts", post, toulousain).json().path("id").asText();
        api.post("/reports", "{\"targetType\":\"POST\",\"targetId\":\"" + lillePost + "\",\"reason\":\"spam\"}",
                toulousain);
        api.post("/reports", "{\"targetType\":\"POST\",\"targetId\":\"" + toulousePost + "\",\"reason\":\"spam\"}",
                author);

        String queue = api.get("/moderation/reports?limit=100", moderator).body();
        assertTrue(queue, queue.contains(lillePost));
        assertFalse("only the reports of their territory", queue.contains(toulousePost));
        assertEquals(200, api.post("/moderation/posts/" + lillePost + "/hide", "{\"reason\":\"spam\"}", moderator)
                .status());
        assertEquals(404, api.get("/posts/" + lillePost, toulousain).status());
        assertProblem(api.post("/moderation/posts/" + toulousePost + "/hide", "", moderator), 403);
        assertProblem(api.get("/moderation/reports", toulousain), 403);
    }
}
