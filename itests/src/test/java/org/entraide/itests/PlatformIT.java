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

public class PlatformIT extends EntraideTestSupport {

    @Test
    public void healthIsUpWithTheDatabaseUp() throws Exception {
        Api.Reply health = api.get("/health");

        assertEquals(health.toString(), 200, health.status());
        assertTrue(health.contentType().startsWith("application/json"));
        assertEquals("UP", health.json().path("status").asText());
        assertEquals("UP", health.json().path("database").asText());
        assertTrue(health.json().path("plugins").path("actorTypes").isArray());
        assertTrue(health.json().path("plugins").path("operationTypes").isArray());
    }

    @Test
    public void livenessAnswersBesideReadiness() throws Exception {
        Api.Reply live = api.get("/health/live");

        assertEquals(live.toString(), 200, live.status());
        assertEquals("UP", live.json().path("status").asText());
        assertTrue("readiness has nothing left to wait for", api.get("/health").json().path("waiting").isMissingNode());
    }

    @Test
    public void openApiDocumentDescribesTheServedResources() throws Exception {
        Api.Reply openapi = api.get("/openapi.json");

        assertEquals(openapi.toString(), 200, openapi.status());
        JsonNode document = openapi.json();
        assertTrue(document.path("openapi").asText(), document.path("openapi").asText().startsWith("3."));
        assertTrue(document.path("paths").has("/health"));
    }

    @Test
    public void swaggerUiIsServedBesideTheDocument() throws Exception {
        Api.Reply ui = api.get("/api-docs/?url=/api/v1/openapi.json");

        assertEquals(200, ui.status());
        assertTrue(ui.body().contains("swagger-ui"));
    }

    @Test
    public void unknownPathIsAProblemNotFound() throws Exception {
        Api.Reply missing = api.get("/no-such-thing");

        assertProblem(missing, 404);
    }

    @Test
    public void pathsOutsideTheApiVersionAreProblemsToo() throws Exception {
        Api outside = new Api(api.base().replace("/api/v1", "/api"));

        assertProblem(outside.get("/v2/health"), 404);
        assertProblem(outside.get("/"), 404);
    }

    @Test
    public void wrongMethodIsAProblemMethodNotAllowed() throws Exception {
        Api.Reply wrong = api.delete("/health", null);

        assertProblem(wrong, 405);
    }

    @Test
    public void errorTitlesFollowAcceptLanguage() throws Exception {
        Api.Reply english = api.send(api.request("/no-such-thing", null).header("Accept-Language", "en-GB,en;q=0.8")
                .GET().build());
        Api.Reply french = api.send(api.request("/no-such-thing", null).header("Accept-Language", "fr-FR").GET()
                .build());

        assertEquals("Not found", english.json().path("title").asText());
        assertEquals("Introuvable", french.json().path("title").asText());
    }

    /** Asserts a problem+json answer of that status, without a stack trace, and gives its body. */
    static JsonNode assertProblem(Api.Reply reply, int status) throws Exception {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue(reply.toString(), reply.contentType().startsWith("application/problem+json"));
        JsonNode problem = reply.json();
        assertEquals(status, problem.path("status").asInt());
        assertFalse(problem.path("type").asText().isEmpty());
        assertFalse(problem.path("title").asText().isEmpty());
        assertFalse("no stack trace may reach a client", reply.body().contains("\tat ")
                || reply.body().contains("Exception"));
        return problem;
    }
}
