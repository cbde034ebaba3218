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
import java.util.ArrayList;
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
