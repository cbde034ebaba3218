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
import java.util.HashSet;
import java.util.Set;
import org.junit.Test;

/** The demo feature seeds a living territory around Ajaccio and Sagone, and its removal takes it all away. */
public class DemoIT extends EntraideTestSupport {

    static final double[] SAGONE = {42.1161, 8.6965};
    static final String DEMO_EMAIL = "paule.colonna@demo.entraide.fr";

    Set<String> ids(String path) throws Exception {
        Set<String> ids = new HashSet<>();
        String cursor = null;
        for (int page = 0; page < 30; page++) {
            JsonNode json = api.get(path + (cursor == null ? "" : "&cursor=" + cursor)).json();
            json.path("items").forEach(item -> ids.add(item.path("id").asText()));
            if (json.path("nextCursor").isNull() || json.path("nextCursor").isMissingNode()) {
                return ids;
            }
            cursor = json.path("nextCursor").asText();
        }
        throw new AssertionError("more than 30 pages at " + path);
    }

    int signIn() throws Exception {
        return api.post("/sessions", Residents.credentials(DEMO_EMAIL, Residents.PASSWORD)).status();
    }

    @Test
    public void theDemoSeedsALivingTerritoryAndItsRemovalTakesItAway() throws Exception {
        String feed = "/feed?lat=" + SAGONE[0] + "&lon=" + SAGONE[1] + "&radiusKm=50&limit=100";
        String actors = "/actors?lat=" + SAGONE[0] + "&lon=" + SAGONE[1] + "&radiusKm=50&limit=100";
        Set<String> postsBefore = ids(feed);
        Set<String> actorsBefore = ids(actors);
        assertEquals(401, signIn());

        String installed = operator("feature:install entraide-demo");
        assertFalse(installed, installed.contains("Error"));
        TerritoriesIT.until(() -> signIn() == 201 && ids(feed).size() >= postsBefore.size() + 10);
        TerritoriesIT.until(() -> ids(actors).size() >= actorsBefore.size() + 4);
        Set<String> demoPosts = ids(feed);
        demoPosts.removeAll(postsBefore);
        String sample = api.get(feed).body();
        assertTrue("French posts of the demo", sample.contains("week-end") || sample.contains("courses"));
        assertEquals("the demo is a territory", "demo", api.get("/radius-options?lat=" + SAGONE[0] + "&lon="
                + SAGONE[1]).json().path("territory").path("key").asText());
        assertTrue(operator("entraide:territories").contains("Corse-du-Sud"));
        String reports = operator("entraide:reports");
        assertFalse("the demo territory names a moderator: " + reports, reports.contains("Error"));

        // The demo does not pin the types: one uninstalled leaves, as on any copy, and comes back.
        String shopGone = operator("feature:uninstall entraide-actor-shop");
        assertFalse(shopGone, shopGone.contains("Error") || shopGone.contains("No deployment change"));
        TerritoriesIT.until(() -> !TerritoriesIT.keys(api.get("/actor-types").json()).contains("shop"));
        operator("feature:install entraide-actor-shop");
        TerritoriesIT.until(() -> TerritoriesIT.keys(api.get("/actor-types").json()).contains("shop"));

        String removed = operator("feature:uninstall entraide-demo");
        assertFalse(removed, removed.contains("Error"));
        // Asked at once: the uninstall refreshes nothing of the core, so the API is there (it answered 404 for
        // seconds while Karaf refreshed the JPA stack, before javax.persistence's wiring was made stable).
        assertEquals("the demo accounts are erased", 401, signIn());
        Set<String> postsAfter = ids(feed);
        for (String post : demoPosts) {
            assertFalse("demo post " + post + " removed", postsAfter.contains(post));
            assertEquals(404, api.get("/posts/" + post).status());
        }
        assertEquals("every other post stays", postsBefore, postsAfter);
        assertEquals("the demo actors are removed, the others stay", actorsBefore, ids(actors));
        TerritoriesIT.until(() -> api.get("/radius-options?lat=" + SAGONE[0] + "&lon=" + SAGONE[1]).json()
                .path("territory").isNull());
        assertFalse(operator("entraide:territories").contains("Corse-du-Sud"));
    }
}
