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
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;

/**
 * Field errors over HTTP (issue 19): each entry of a problem's {@code errors} is {@code {field, code, message}},
 * with a stable code and a message in the caller's language, French by default, English on
 * {@code Accept-Language: en}; and a refused request writes nothing.
 */
public class ErrorCodesIT extends EntraideTestSupport {

    /** A place of this class's own, in the Alps, far from the other classes'. */
    private static final double[] AREA = {45.19, 5.72};

    private static final String BAD_ACCOUNT_EMAIL = "pas-une-adresse";

    private Api.Reply post(String path, String json, String token, String language) throws Exception {
        HttpRequest.Builder request = api.request(path, token).header("Content-Type", "application/json");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return api.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The errors of a 422 problem by field: {code, message}; asserts every entry has exactly those three members. */
    private static Map<String, String[]> errors(Api.Reply reply) throws Exception {
        JsonNode problem = assertProblem(reply, 422);
        Map<String, String[]> byField = new LinkedHashMap<>();
        for (JsonNode error : problem.path("errors")) {
            assertEquals(error.toString(), 3, error.size());
            assertTrue(error.toString(), error.path("code").asText().matches("[a-z]+(_[a-z]+)*"));
            byField.put(error.path("field").asText(),
                    new String[] {error.path("code").asText(), error.path("message").asText()});
        }
        return byField;
    }

    private static void assertError(Map<String, String[]> errors, String field, String code, String message) {
        String[] error = errors.get(field);
        assertTrue(field + " in " + errors.keySet(), error != null);
        assertEquals(field, code, error[0]);
        assertTrue(field + ": " + error[1], error[1].startsWith(message));
    }

    @Test
    public void aBadRegistrationIsRefusedWithCodesInFrenchThenEnglishAndCreatesNoAccount() throws Exception {
        String email = Residents.uniqueEmail("codes");
        String bad = "{\"email\":\"" + BAD_ACCOUNT_EMAIL + "\",\"password\":\"court\",\"displayName\":\"J\","
                + "\"home\":{\"lat\":95,\"lon\":" + AREA[1] + "}}";
        String badHome = Residents.registration(email, "J", 95, AREA[1]);

        Map<String, String[]> french = errors(post("/accounts", bad, null, null));
        assertError(french, "email", "not_an_email", "n'est pas une adresse e-mail");
        assertError(french, "displayName", "too_short", "doit contenir de 2 à 60 caractères");
        assertError(french, "password", "too_short", "doit contenir au moins");
        assertError(french, "home.lat", "out_of_range", "doit être un nombre de -90 à 90");

        Map<String, String[]> english = errors(post("/accounts", bad, null, "en-GB,en;q=0.8"));
        assertError(english, "email", "not_an_email", "is not an email address");
        assertError(english, "displayName", "too_short", "must be 2 to 60 characters");
        assertError(english, "password", "too_short", "must be at least");
        assertError(english, "home.lat", "out_of_range", "must be a number from -90 to 90");

        Map<String, String[]> refused = errors(post("/accounts", badHome, null, "fr-FR"));
        assertEquals(refused.keySet().toString(), "too_short", refused.get("displayName")[0]);
        assertEquals("the refused registrations left no account", 201,
                api.post("/accounts", Residents.registration(email, "Voisine", AREA[0], AREA[1])).status());
    }

    @Test
    public void aBadPostIsRefusedWithCodesInFrenchThenEnglishAndWritesNothing() throws Exception {
        String author = Residents.signedIn(api, Residents.uniqueEmail("codes-post"), AREA[0], AREA[1]);
        int before = feedCount(author);
        String bad = "{\"kind\":\"REQUEST\",\"category\":\"pas-une-categorie\",\"title\":\"" + "x".repeat(121)
                + "\",\"body\":\"Merci\",\"location\":{\"lat\":" + AREA[0] + ",\"lon\":" + AREA[1] + "}}";

        Map<String, String[]> french = errors(post("/posts", bad, author, null));
        assertError(french, "category", "not_a_category", "n'est pas une catégorie");
        assertError(french, "title", "too_long", "doit contenir de 3 à 120 caractères");

        Map<String, String[]> english = errors(post("/posts", bad, author, "en"));
        assertError(english, "category", "not_a_category", "is not a category");
        assertError(english, "title", "too_long", "must be 3 to 120 characters");

        String untitled = "{\"kind\":\"REQUEST\",\"category\":\"errands\",\"title\":\" \",\"body\":\"Merci\","
                + "\"location\":{\"lat\":" + AREA[0] + ",\"lon\":" + AREA[1] + "}}";
        assertError(errors(post("/posts", untitled, author, null)), "title", "required", "est obligatoire");
        assertError(errors(post("/posts", untitled, author, "en")), "title", "required", "is required");
        assertEquals("nothing written", before, feedCount(author));
    }

    @Test
    public void aTypesSchemaRuleIsCodedToo() throws Exception {
        String token = Residents.signedIn(api, Residents.uniqueEmail("codes-actor"), ActorsIT.VICO[0],
                ActorsIT.VICO[1]);
        String body = ActorsIT.actor("association", "Sans domaine", ActorsIT.VICO[0], ActorsIT.VICO[1], "{}");

        assertError(errors(post("/actors", body, token, null)), "attributes.fieldOfAction", "required",
                "est obligatoire");
        assertError(errors(post("/actors", body, token, "en")), "attributes.fieldOfAction", "required",
                "is required");
    }

    private int feedCount(String token) throws Exception {
        Api.Reply feed = api.get("/feed?lat=" + AREA[0] + "&lon=" + AREA[1] + "&radiusKm=5&limit=100", token);
        assertEquals(feed.toString(), 200, feed.status());
        return feed.json().path("items").size();
    }
}
