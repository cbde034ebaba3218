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

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
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
        String hidden = operator("entraide:post-hide " + id);

        assertTrue(hidden, hidden.contains("HIDDEN"));
        PlatformIT.assertProblem(api.get("/posts/" + id, reporter), 404);
        assertFalse(operator("entraide:reports").contains(id));
        assertTrue(operator("entraide:post-hide --restore " + id).contains("OPEN"));
    }
}
