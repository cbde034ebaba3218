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

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** The operator's Karaf shell, reached the way an operator does: {@code bin/client} over SSH. */
public class OperatorShellIT extends EntraideTestSupport {

    @Test
    public void operatorListsFeaturesThroughBinClient() throws Exception {
        String output = client("feature:list -i", OPERATOR, OPERATOR_PASSWORD);

        assertTrue(output, output.contains("entraide-core"));
        assertTrue(output, output.contains("entraide-datasource-derby"));
    }

    @Test
    public void operatorPasswordIsStoredHashedAfterUse() throws Exception {
        client("bundle:list", OPERATOR, OPERATOR_PASSWORD);

        String users = Files.readString(new File(System.getProperty("karaf.etc"), "users.properties").toPath());
        assertFalse("the clear password is replaced by its hash", users.contains(OPERATOR_PASSWORD));
        assertTrue(users, users.contains("{CRYPT}"));
    }

    @Test
    public void wrongPasswordGetsNoShell() throws Exception {
        String output = client("feature:list -i", OPERATOR, "not-the-password");

        assertFalse(output, output.contains("entraide-core"));
    }

    @Test
    public void operatorListsInstalledTypesWithTheirFeatures() throws Exception {
        String output = operator("entraide:types");

        assertTrue(output, output.contains("home-delivery"));
        assertTrue(output, output.contains("entraide-operation-home-delivery"));
        assertTrue(output, output.contains("entraide-actor-collectivity"));
    }

    @Test
    public void operatorSeesReportsAndHidesAPostFromTheShell() throws Exception {
        String author = Residents.signedIn(api, Residents.uniqueEmail("reported"), 43.1, 6.0);
        String reporter = Residents.signedIn(api, Residents.uniqueEmail("reporter"), 43.1, 6.0);
        String id = api.post("/posts", "{\"kind\":\"OFFER\",\"category\":\"other\",\"title\":\"Vente de"
                + " montres\",\"body\":\"Pas cher.\"}", author).json().path("id").asText();
        api.post("/reports", "{\"targetType\":\"POST\",\"targetId\":\"" + id + "\",\"reason\":\"Vente\"}",
                reporter);

        assertTrue(operator("entraide:reports").contains(id));
        String hidden = operator("entraide:hide post " + id + " --reason Vente");

        assertTrue(hidden, hidden.contains("HIDDEN"));
        PlatformIT.assertProblem(api.get("/posts/" + id, reporter), 404);
        assertFalse(operator("entraide:reports").contains(id));
        assertTrue(operator("entraide:hide --restore post " + id).contains("VISIBLE"));
        assertEquals("OPEN", api.get("/posts/" + id, reporter).json().path("status").asText());
        String log = operator("entraide:moderation-log --limit 10");
        assertTrue(log, log.contains(id) && log.contains("RESTORE") && log.contains("Vente"));
    }

    @Test
    public void shellCommandsWorkOnATerritoryThatNamesModerators() throws Exception {
        String moderator = Residents.uniqueEmail("territory-moderator");
        Residents.signedIn(api, moderator, 47.22, -1.55);
        String author = Residents.signedIn(api, Residents.uniqueEmail("nantes-author"), 47.21, -1.56);
        String id = api.post("/posts", "{\"kind\":\"OFFER\",\"category\":\"other\",\"title\":\"Vente de"
                + " bijoux\",\"body\":\"Pas cher.\"}", author).json().path("id").asText();
        api.post("/reports", "{\"targetType\":\"POST\",\"targetId\":\"" + id + "\",\"reason\":\"Vente\"}",
                Residents.signedIn(api, Residents.uniqueEmail("nantes-reporter"), 47.21, -1.56));
        TerritoriesIT.write("itest-shell", "name = Nantes\nperimeter.lat = 47.2184\nperimeter.lon = -1.5536\n"
                + "perimeter.radiusKm = 20\nmoderators = " + moderator + "\n");
        try {
            TerritoriesIT.until(() -> operator("entraide:territories").contains(moderator));

            String reports = operator("entraide:reports");
            assertFalse(reports, reports.contains("Error"));
            assertTrue(reports, reports.contains(id));
            String stats = operator("entraide:territory-stats itest-shell");
            assertFalse(stats, stats.contains("Error"));
            assertTrue(operator("entraide:hide post " + id + " --reason Vente").contains("HIDDEN"));
            assertTrue(operator("entraide:hide --restore post " + id).contains("VISIBLE"));
        } finally {
            Files.deleteIfExists(TerritoriesIT.territoryFile("itest-shell"));
        }
    }

    @Test
    public void operatorBacksUpTheDatabaseWhileItServesThroughBinClient() throws Exception {
        Path under = Paths.get(System.getProperty("karaf.home"), "itest-backups").toAbsolutePath().normalize();

        String printed = operator("entraide:backup itest-backups");

        Matcher written = Pattern.compile("Database backed up into (\\S+)").matcher(printed);
        assertTrue(printed, written.find());
        Path copy = Paths.get(written.group(1));
        assertTrue(copy + " under " + under, copy.startsWith(under));
        assertTrue("a Derby database", Files.isRegularFile(copy.resolve("entraide/service.properties")));
        assertTrue("with its data", Files.isDirectory(copy.resolve("entraide/seg0")));
        assertEquals("the platform kept serving", 200, api.get("/health").status());
    }
}
