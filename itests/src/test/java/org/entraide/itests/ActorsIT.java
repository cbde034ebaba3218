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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.Test;

/** The four actor types over HTTP: schemas, creation, validation, radius listings, managers. */
public class ActorsIT extends EntraideTestSupport {

    static final double[] VICO = {42.1675, 8.7967};

    static String actor(String type, String name, double lat, double lon, String attributes) {
        return "{\"type\":\"" + type + "\",\"name\":\"" + name + "\",\"description\":\"Au coeur du village\","
                + "\"location\":{\"lat\":" + lat + ",\"lon\":" + lon + "},\"address\":\"Place de l'église, Vico\","
                + "\"contact\":{\"phone\":\"04 95 26 00 00\",\"website\":\"https://example.fr\"},"
                + "\"attributes\":" + attributes + "}";
    }

    static final String ASSOCIATION = "{\"fieldOfAction\":\"solidarity\",\"rna\":\"W2A1002345\","
            + "\"lookingForVolunteers\":true,\"volunteerNeeds\":\"Distribution le samedi matin\"}";

    static final String PRODUCER = "{\"products\":[\"cheese\",\"honey\"],\"saleModes\":[\"farm\",\"market\"],"
            + "\"siret\":\"73282932000074\",\"labels\":[\"ab\"]}";
    static final String SHOP = "{\"trade\":\"bakery\",\"openingHours\":{\"tue\":[[\"07:00\",\"13:00\"]]},"
            + "\"siret\":\"73282932000074\"}";

    @Test
    public void actorTypesAreListedWithTheirSchemasInTheCallersLanguage() throws Exception {
        JsonNode french = api.get("/actor-types").json();
        JsonNode english = api.send(api.request("/actor-types", null).header("Accept-Language", "en").GET().build())
                .json();

        List<String> keys = new ArrayList<>();
        french.forEach(type -> keys.add(type.path("key").asText()));
        assertTrue(keys.toString(), keys.containsAll(List.of("association", "producer", "shop", "collectivity")));
        JsonNode producer = find(french, "producer");
        assertEquals("Producteur local", producer.path("label").asText());
        assertEquals("Local producer", find(english, "producer").path("label").asText());
        JsonNode products = field(producer, "products");
        assertEquals("MULTI_CHOICE", products.path("kind").asText());
        assertTrue(products.path("required").asBoolean());
        assertTrue(products.path("choices").size() > 5);
        assertTrue(api.get("/health").json().path("plugins").path("actorTypes").toString().contains("collectivity"));
    }

    @Test
    public void eachActorTypeIsCreatedAndItsRulesChecked() throws Exception {
        String token = Residents.signedIn(api, Residents.uniqueEmail("actors"), VICO[0], VICO[1]);
        String[][] valid = {
            {"association", ASSOCIATION},
            {"producer", PRODUCER},
            {"shop", SHOP},
            {"collectivity", "{\"kind\":\"commune\",\"code\":\"2A348\"}"},
        };
        for (String[] type : valid) {
            Api.Reply created = api.post("/actors", actor(type[0], "Acteur " + type[0], VICO[0], VICO[1], type[1]),
                    token);
            assertEquals(created.toString(), 201, created.status());
            assertEquals(type[0], created.json().path("type").asText());
            assertTrue(created.json().path("typeAvailable").asBoolean());
            assertEquals("UNVERIFIED", created.json().path("verification").asText());
            String listed = api.get("/actors?lat=" + VICO[0] + "&lon=" + VICO[1] + "&radiusKm=5&limit=100&type="
                    + type[0]).body();
            assertTrue(listed, listed.contains(created.json().path("id").asText()));
        }
        String[][] invalid = {
            {"association", "{\"fieldOfAction\":\"solidarity\",\"rna\":\"X123\"}", "attributes.rna"},
            {"association", "{}", "attributes.fieldOfAction"},
            {"producer", PRODUCER.replace("73282932000074", "73282932000075"), "attributes.siret"},
            {"shop", SHOP.replace("[\"07:00\",\"13:00\"]", "[\"12:00\",\"09:00\"]"), "attributes.openingHours.tue"},
            {"collectivity", "{\"kind\":\"commune\",\"code\":\"20167\"}", "attributes.code"},
            {"weapons-dealer", "{}", "type"},
        };
        for (String[] type : invalid) {
            Api.Reply refused = api.post("/actors", actor(type[0], "Mauvais", VICO[0], VICO[1], type[1]), token);
            assertProblem(refused, 422);
            assertTrue(refused.body(), refused.body().contains("\"field\":\"" + type[2] + "\""));
        }
    }

    @Test
    public void actorsAreListedWithinTheRadiusNearestFirst() throws Exception {
        double[] centre = {43.2, 5.0};
        String token = Residents.signedIn(api, Residents.uniqueEmail("nearest"), centre[0], centre[1]);
        String far = create(token, "Loin", centre[0] + 4.0 / 111.2, centre[1]);
        String near = create(token, "Près", centre[0] + 1.0 / 111.2, centre[1]);
        create(token, "Dehors", centre[0] + 12.0 / 111.2, centre[1]);

        JsonNode page = api.get("/actors?lat=" + centre[0] + "&lon=" + centre[1] + "&radiusKm=10").json();

        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        assertEquals(List.of(near, far), ids);
        assertEquals(1.0, page.path("items").path(0).path("distanceKm").asDouble(), 0.5);
        assertEquals(0, api.get("/actors?lat=" + centre[0] + "&lon=" + centre[1] + "&radiusKm=10&type=shop").json()
                .path("items").size());
        assertProblem(api.get("/actors?lat=" + centre[0] + "&lon=" + centre[1] + "&radiusKm=60"), 400);
    }

    @Test
    public void pagesOfActorsNeitherRepeatNorSkipWhenANearerOneIsAddedMeanwhile() throws Exception {
        double[] centre = {43.6, 4.6};
        String token = Residents.signedIn(api, Residents.uniqueEmail("pager"), centre[0], centre[1]);
        List<String> created = new ArrayList<>();
        for (int km = 1; km <= 4; km++) {
            created.add(create(token, "Association à " + km + " km", centre[0] + km / 111.2, centre[1]));
        }
        String list = "/actors?lat=" + centre[0] + "&lon=" + centre[1] + "&radiusKm=10&limit=2";

        JsonNode first = api.get(list).json();
        String nearer = create(token, "Association toute proche", centre[0] + 0.2 / 111.2, centre[1]);
        JsonNode second = api.get(list + "&cursor=" + first.path("nextCursor").asText()).json();

        List<String> seen = new ArrayList<>();
        first.path("items").forEach(item -> seen.add(item.path("id").asText()));
        second.path("items").forEach(item -> seen.add(item.path("id").asText()));
        assertEquals("each actor once, in order, the new nearer one before the cursor", created, seen);
        assertTrue(second.path("nextCursor").isNull() || second.path("nextCursor").isMissingNode());
        assertEquals(nearer, api.get(list).json().path("items").path(0).path("id").asText());
        assertProblem(api.get(list + "&cursor=pas-un-curseur"), 400);
        // A cursor of another list is refused; a well-formed one of this list is a position in it, no more.
        assertProblem(api.get(list + "&cursor=" + cursor("on1.3ff0000000000000." + created.get(0))), 400);
        assertEquals(200, api.get(list + "&cursor=" + cursor("an1.3ff0000000000000." + created.get(0))).status());
    }

    @Test
    public void onlyManagersChangeAnActorAndModeratorsVerifyIt() throws Exception {
        String manager = Residents.signedIn(api, Residents.uniqueEmail("manager"), VICO[0], VICO[1]);
        String other = Residents.signedIn(api, Residents.uniqueEmail("notmanager"), VICO[0], VICO[1]);
        String id = create(manager, "Épicerie solidaire", VICO[0], VICO[1]);

        assertProblem(api.patch("/actors/" + id, "{\"name\":\"Piratée\"}", other), 403);
        Api.Reply changed = api.patch("/actors/" + id, "{\"name\":\"Épicerie solidaire de Vico\"}", manager);
        assertEquals(changed.toString(), 200, changed.status());
        assertEquals("Épicerie solidaire de Vico", changed.json().path("name").asText());
        assertProblem(api.post("/actors/" + id + "/verification", "", manager), 403);
        assertFalse(api.get("/actors/" + id + "/follow", other).json().path("following").asBoolean());
        assertEquals(204, api.post("/actors/" + id + "/follow", "", other).status());
        assertTrue(api.get("/actors/" + id + "/follow", other).json().path("following").asBoolean());
        assertEquals(1, api.get("/actors/" + id).json().path("followers").asInt());
    }

    @Test
    public void aManagerInvitesACoManagerWithACodeThatServesOnce() throws Exception {
        String alice = Residents.signedIn(api, Residents.uniqueEmail("founder"), VICO[0], VICO[1]);
        String bruno = Residents.signedIn(api, Residents.uniqueEmail("volunteer"), VICO[0], VICO[1]);
        String carole = Residents.signedIn(api, Residents.uniqueEmail("latecomer"), VICO[0], VICO[1]);
        String aliceId = api.get("/me", alice).json().path("id").asText();
        String brunoId = api.get("/me", bruno).json().path("id").asText();
        String id = create(alice, "Banque alimentaire de Vico", VICO[0], VICO[1]);
        String other = create(carole, "Amicale de Sagone", VICO[0], VICO[1]);
        String path = "/actors/" + id;

        assertProblem(api.post(path + "/invitations", "", bruno), 403);
        assertProblem(api.get(path + "/managers", bruno), 403);
        Api.Reply invited = api.post(path + "/invitations", "", alice);
        assertEquals(invited.toString(), 201, invited.status());
        String code = invited.json().path("code").asText();
        assertTrue(code, code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}"));
        Duration valid = Duration.between(Instant.now(), Instant.parse(invited.json().path("expiresAt").asText()));
        assertTrue(valid.toString(), valid.toHours() >= 7 * 24 - 1 && valid.toHours() <= 7 * 24);

        // Refused, and nobody joins: no code, a code for another actor, a malformed one.
        assertEquals("code", assertProblem(api.post(path + "/managers", "{}", bruno), 422)
                .path("errors").path(0).path("field").asText());
        assertProblem(api.post("/actors/" + other + "/managers", "{\"code\":\"" + code + "\"}", bruno), 422);
        assertProblem(api.post(path + "/managers", "{\"code\":\"ABCD\"}", bruno), 422);
        assertEquals(1, api.get(path, alice).json().path("managerIds").size());

        // Typed back loosely (case, spaces): Bruno manages the actor, Alice is told; the code is spent.
        String typed = " " + code.toLowerCase().replace('-', ' ') + " ";
        Api.Reply joined = api.post(path + "/managers", "{\"code\":\"" + typed + "\"}", bruno);
        assertEquals(joined.toString(), 200, joined.status());
        assertEquals(List.of(aliceId, brunoId), ids(joined.json().path("managerIds")));
        assertTrue(api.get("/notifications", alice).body().contains("actor.manager"));
        assertProblem(api.post(path + "/managers", "{\"code\":\"" + code + "\"}", carole), 422);
        assertEquals(200, api.patch(path, "{\"name\":\"Banque alimentaire de Vico et Sagone\"}", bruno).status());
        JsonNode managers = api.get(path + "/managers", bruno).json();
        assertEquals(2, managers.size());
        assertEquals("Voisine", managers.path(0).path("displayName").asText());

        // Bruno takes Alice off; then he is the last manager and cannot leave.
        assertProblem(api.delete(path + "/managers/" + aliceId, carole), 403);
        Api.Reply removed = api.delete(path + "/managers/" + aliceId, bruno);
        assertEquals(removed.toString(), 200, removed.status());
        assertEquals(List.of(brunoId), ids(removed.json().path("managerIds")));
        assertProblem(api.patch(path, "{\"name\":\"Reprise\"}", alice), 403);
        assertProblem(api.delete(path + "/managers/" + brunoId, bruno), 409);
        assertProblem(api.delete(path + "/managers/" + aliceId, bruno), 404);

        // An invitation is in its giver's export; erasing a co-manager's account leaves the actor to the other.
        String next = api.post(path + "/invitations", "", bruno).json().path("code").asText();
        assertTrue(api.get("/me/export", bruno).json().path("actors").path("invitations").toString().contains(id));
        assertEquals(200, api.post(path + "/managers", "{\"code\":\"" + next + "\"}", carole).status());
        assertEquals(204, api.delete("/me", bruno).status());
        Api.Reply kept = api.get(path, carole);
        assertEquals(kept.toString(), 200, kept.status());
        assertEquals(List.of(api.get("/me", carole).json().path("id").asText()), ids(kept.json().path("managerIds")));
    }

    private static String cursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.asText()));
        return ids;
    }

    String create(String token, String name, double lat, double lon) throws Exception {
        Api.Reply created = api.post("/actors", actor("association", name, lat, lon, ASSOCIATION), token);
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("id").asText();
    }

    static JsonNode find(JsonNode types, String key) {
        for (JsonNode type : types) {
            if (key.equals(type.path("key").asText())) {
                return type;
            }
        }
        throw new AssertionError("no type " + key + " in " + types);
    }

    static JsonNode field(JsonNode type, String name) {
        for (JsonNode field : type.path("fields")) {
            if (name.equals(field.path("name").asText())) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + type);
    }
}
