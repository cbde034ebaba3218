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

/** The three operation types over HTTP: proposing, listing, participating, and the rules of each. */
public class OperationsIT extends EntraideTestSupport {

    static final String HOME_DELIVERY = "{\"type\":\"home-delivery\",\"title\":\"Courses livrées à domicile\","
            + "\"description\":\"Le mardi et le vendredi\",\"attributes\":{\"deliveryRadiusKm\":5,"
            + "\"days\":[\"tue\",\"fri\"],\"goods\":[\"groceries\",\"bread\"],\"deliveryFee\":0}}";
    static final String DELIVERY_REQUEST = "{\"attributes\":{\"goods\":[\"bread\"],\"preferredDay\":\"tue\"}}";

    private String shop(String token, double lat, double lon) throws Exception {
        Api.Reply created = api.post("/actors", ActorsIT.actor("shop", "Épicerie du village", lat, lon, ActorsIT.SHOP),
                token);
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("id").asText();
    }

    private String propose(String token, String actorId, String operation) throws Exception {
        Api.Reply created = api.post("/actors/" + actorId + "/operations", operation, token);
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("id").asText();
    }

    @Test
    public void operationTypesAreListedWithTheirParticipationSchemas() throws Exception {
        JsonNode types = api.get("/operation-types").json();

        for (String key : new String[] {"donation-box", "home-delivery", "intergenerational-help"}) {
            JsonNode type = ActorsIT.find(types, key);
            assertTrue(type.toString(), type.path("fields").size() > 0);
            assertTrue(type.toString(), type.path("participationFields").size() > 0);
        }
        assertEquals("Livraison à domicile", ActorsIT.find(types, "home-delivery").path("label").asText());
    }

    @Test
    public void aSaturdayDeliveryOffersOnlySaturdayAndRefusesAnotherDayWritingNothing() throws Exception {
        double[] shop = {42.12, 8.78};
        String manager = Residents.signedIn(api, Residents.uniqueEmail("saturday"), shop[0], shop[1]);
        String customer = Residents.signedIn(api, Residents.uniqueEmail("weekend"), shop[0], shop[1]);
        String operation = propose(manager, shop(manager, shop[0], shop[1]), HOME_DELIVERY
                .replace("[\"tue\",\"fri\"]", "[\"sat\"]").replace("[\"groceries\",\"bread\"]", "[\"bread\"]"));

        JsonNode form = api.get("/operations/" + operation, customer).json().path("participationFields");
        assertEquals(form.toString(), List.of("sat"), choices(form, "preferredDay"));
        assertEquals(form.toString(), List.of("bread"), choices(form, "goods"));
        assertEquals("Samedi", ActorsIT.find(form.get(1).path("choices"), "sat").path("label").asText());
        assertEquals("the type still lists every day", 7, choices(ActorsIT.find(api.get("/operation-types").json(),
                "home-delivery").path("participationFields"), "preferredDay").size());

        JsonNode refused = assertProblem(api.post("/operations/" + operation + "/participations",
                "{\"attributes\":{\"goods\":[\"bread\"],\"preferredDay\":\"tue\"}}", customer), 422);
        assertEquals(refused.toString(), "attributes.preferredDay", refused.path("errors").path(0).path("field")
                .asText());
        assertEquals("nothing written", 0, api.get("/operations/" + operation + "/participations", manager).json()
                .path("items").size());
        assertEquals(201, api.post("/operations/" + operation + "/participations",
                "{\"attributes\":{\"goods\":[\"bread\"],\"preferredDay\":\"sat\"}}", customer).status());
    }

    private static List<String> choices(JsonNode fields, String name) {
        List<String> keys = new ArrayList<>();
        for (JsonNode field : fields) {
            if (name.equals(field.path("name").asText())) {
                field.path("choices").forEach(choice -> keys.add(choice.path("key").asText()));
            }
        }
        return keys;
    }

    @Test
    public void homeDeliveryIsRefusedJustOutsideItsRadiusAndAcceptedJustInside() throws Exception {
        double[] shop = {42.10, 8.80};
        String manager = Residents.signedIn(api, Residents.uniqueEmail("grocer"), shop[0], shop[1]);
        String actor = shop(manager, shop[0], shop[1]);
        String operation = propose(manager, actor, HOME_DELIVERY);
        String inside = Residents.signedIn(api, Residents.uniqueEmail("inside"), shop[0] + 4.95 / 111.2, shop[1]);
        String outside = Residents.signedIn(api, Residents.uniqueEmail("outside"), shop[0] + 5.05 / 111.2, shop[1]);

        Api.Reply refused = api.post("/operations/" + operation + "/participations", DELIVERY_REQUEST, outside);
        Api.Reply accepted = api.post("/operations/" + operation + "/participations", DELIVERY_REQUEST, inside);

        assertProblem(refused, 422);
        assertEquals("home", refused.json().path("errors").path(0).path("field").asText());
        assertFalse("no distance is revealed", refused.body().matches("(?s).*\\d.*km.*|.*\\d+[.,]\\d+.*"));
        assertEquals(accepted.toString(), 201, accepted.status());
        assertTrue(api.get("/operations?lat=" + shop[0] + "&lon=" + shop[1] + "&radiusKm=5&type=home-delivery")
                .body().contains(operation));
        assertTrue(api.get("/me/export", inside).json().path("participations").toString().contains(operation));
        JsonNode participations = api.get("/operations/" + operation + "/participations", manager).json();
        assertEquals(1, participations.path("items").size());
        assertProblem(api.get("/operations/" + operation + "/participations", inside), 403);
        assertTrue(api.get("/notifications", manager).body().contains("operation.participation"));

        String participation = accepted.json().path("id").asText();
        String decision = "{\"status\":\"ACCEPTED\"}";
        assertProblem(api.patch("/operations/" + operation + "/participations/" + participation, decision, inside),
                403);
        Api.Reply decided = api.patch("/operations/" + operation + "/participations/" + participation, decision,
                manager);
        assertEquals(decided.toString(), "ACCEPTED", decided.json().path("status").asText());
        assertTrue(api.get("/notifications", inside).body().contains("operation.decision"));
        assertFalse(api.get("/notifications", inside).body().contains("operation.closed"));
        assertEquals("CLOSED", api.patch("/operations/" + operation, "{\"status\":\"CLOSED\"}", manager).json()
                .path("status").asText());
        assertTrue("the participant hears that it ended", api.get("/notifications", inside).body()
                .contains("operation.closed"));
        assertProblem(api.post("/operations/" + operation + "/participations", DELIVERY_REQUEST, inside), 409);
        assertFalse(api.get("/operations?lat=" + shop[0] + "&lon=" + shop[1] + "&radiusKm=5").body()
                .contains(operation));
    }

    @Test
    public void aManagerChangesAnOperationAndItsStandingParticipantsAreTold() throws Exception {
        double[] shop = {42.15, 8.75};
        String manager = Residents.signedIn(api, Residents.uniqueEmail("changer"), shop[0], shop[1]);
        String customer = Residents.signedIn(api, Residents.uniqueEmail("regular"), shop[0], shop[1]);
        String stranger = Residents.signedIn(api, Residents.uniqueEmail("stranger"), shop[0], shop[1]);
        String dated = HOME_DELIVERY.replace("\"description\"",
                "\"startsAt\":\"2027-03-01T08:00:00Z\",\"endsAt\":\"2027-06-30T18:00:00Z\",\"description\"");
        String operation = propose(manager, shop(manager, shop[0], shop[1]), dated);
        String path = "/operations/" + operation;
        assertEquals(201, api.post(path + "/participations", DELIVERY_REQUEST, customer).status());
        String before = api.get(path).body();

        // Refused, and nothing written: by someone else, the type, a title removed or too short, dates in the
        // wrong order, attributes the type refuses, a field the API does not know.
        assertProblem(api.patch(path, "{\"title\":\"Autre titre\"}", stranger), 403);
        assertEquals("type", assertProblem(api.patch(path, "{\"type\":\"donation-box\"}", manager), 400)
                .path("errors").path(0).path("field").asText());
        JsonNode refused = assertProblem(api.patch(path, "{\"title\":\"ab\",\"endsAt\":\"2027-02-01T00:00:00Z\","
                + "\"attributes\":{\"deliveryRadiusKm\":80,\"days\":[\"tue\"],\"goods\":[\"bread\"]}}", manager), 422);
        assertTrue(refused.toString(), refused.toString().contains("\"title\"")
                && refused.toString().contains("\"endsAt\"")
                && refused.toString().contains("attributes.deliveryRadiusKm"));
        assertProblem(api.patch(path, "{\"title\":null}", manager), 422);
        assertProblem(api.patch(path, "{\"colour\":\"red\"}", manager), 400);
        assertProblem(api.patch(path, "[1]", manager), 400);
        assertEquals("nothing written by a refused change", before, api.get(path).body());
        assertFalse(api.get("/notifications", customer).body().contains("operation.changed"));

        // A change of title and attributes alone: saved, and the participant is not disturbed.
        Api.Reply renamed = api.patch(path, "{\"title\":\"Courses livrées le mardi\",\"attributes\":{"
                + "\"deliveryRadiusKm\":8,\"days\":[\"tue\"],\"goods\":[\"groceries\",\"bread\"],\"deliveryFee\":0}}",
                manager);
        assertEquals(renamed.toString(), 200, renamed.status());
        JsonNode read = api.get(path, customer).json();
        assertEquals("Courses livrées le mardi", read.path("title").asText());
        assertEquals(8, read.path("attributes").path("deliveryRadiusKm").asDouble(), 0);
        assertEquals("Le mardi et le vendredi", read.path("description").asText());
        assertFalse(api.get("/notifications", customer).body().contains("operation.changed"));

        // New dates, one of them removed with null (JSON merge patch): the standing participant is told.
        Api.Reply moved = api.patch(path, "{\"startsAt\":\"2027-04-01T08:00:00Z\",\"endsAt\":null}", manager);
        assertEquals(moved.toString(), 200, moved.status());
        read = api.get(path).json();
        assertEquals("2027-04-01T08:00:00Z", read.path("startsAt").asText());
        assertTrue(read.toString(), read.path("endsAt").isMissingNode() || read.path("endsAt").isNull());
        String told = api.get("/notifications", customer).body();
        assertTrue(told, told.contains("operation.changed") && told.contains("Courses livrées le mardi"));
        assertFalse(api.get("/notifications", stranger).body().contains("operation.changed"));

        // A new place: checked like a creation there (a latitude out of range is a 422 naming it), then saved.
        assertEquals("location.lat", assertProblem(api.patch(path, "{\"location\":{\"lat\":95,\"lon\":8.75}}",
                manager), 422).path("errors").path(0).path("field").asText());
        Api.Reply placed = api.patch(path, "{\"location\":{\"lat\":42.16,\"lon\":8.76}}", manager);
        assertEquals(placed.toString(), 200, placed.status());
        assertEquals(42.16, api.get(path).json().path("location").path("lat").asDouble(), 1e-9);
        assertTrue(api.get("/operations?lat=42.16&lon=8.76&radiusKm=1&type=home-delivery").body().contains(operation));
    }

    @Test
    public void onlyAnActorsManagersProposeItsOperationsAndFollowersAreTold() throws Exception {
        double[] at = {42.05, 8.90};
        String manager = Residents.signedIn(api, Residents.uniqueEmail("assoc"), at[0], at[1]);
        String follower = Residents.signedIn(api, Residents.uniqueEmail("fan"), at[0], at[1]);
        Api.Reply created = api.post("/actors", ActorsIT.actor("association", "Entraide Cinarca", at[0], at[1],
                ActorsIT.ASSOCIATION), manager);
        String actor = created.json().path("id").asText();
        api.post("/actors/" + actor + "/follow", "", follower);
        String box = "{\"type\":\"donation-box\",\"title\":\"Boîte à dons de la place\",\"attributes\":{"
                + "\"acceptedItems\":[\"books\",\"clothes\"],\"accessHours\":{\"sat\":[[\"09:00\",\"18:00\"]]}}}";

        assertProblem(api.post("/actors/" + actor + "/operations", box, follower), 403);
        String operation = propose(manager, actor, box);

        assertTrue(api.get("/notifications", follower).body().contains("actor.operation"));
        String draft = propose(manager, actor, box.replace("\"title\":\"Boîte à dons de la place\"",
                "\"title\":\"Boîte en préparation\",\"status\":\"DRAFT\""));
        String ofActor = api.get("/actors/" + actor + "/operations").body();
        assertTrue("an actor's operations are listed for everyone: " + ofActor, ofActor.contains(operation));
        assertFalse("but its drafts only for its managers", ofActor.contains(draft));
        assertTrue(api.get("/actors/" + actor + "/operations", manager).body().contains(draft));
        assertEquals(404, api.get("/actors/no-such-actor/operations").status());
        Api.Reply deposit = api.post("/operations/" + operation + "/participations",
                "{\"attributes\":{\"kind\":\"deposit\",\"items\":[\"books\"]}}", follower);
        assertEquals(deposit.toString(), 201, deposit.status());
        Api.Reply wrong = api.post("/operations/" + operation + "/participations",
                "{\"attributes\":{\"kind\":\"deposit\",\"items\":[\"food\"]}}", follower);
        assertProblem(wrong, 422);
        JsonNode listed = api.get("/operations?lat=" + at[0] + "&lon=" + at[1] + "&radiusKm=5&type=donation-box")
                .json();
        assertTrue(listed.toString(), listed.toString().contains(operation));
    }

    @Test
    public void intergenerationalHelpTakesVolunteersAndChecksItsSchema() throws Exception {
        double[] at = {41.95, 8.75};
        String manager = Residents.signedIn(api, Residents.uniqueEmail("mairie"), at[0], at[1]);
        String volunteer = Residents.signedIn(api, Residents.uniqueEmail("volunteer"), at[0], at[1]);
        Api.Reply created = api.post("/actors", ActorsIT.actor("collectivity", "Mairie de Vico", at[0], at[1],
                "{\"kind\":\"commune\",\"code\":\"2A348\"}"), manager);
        String actor = created.json().path("id").asText();
        String help = "{\"type\":\"intergenerational-help\",\"title\":\"Visites aux aînés\",\"attributes\":{"
                + "\"activities\":[\"visits\",\"phone-calls\"],\"capacity\":%s}}";

        Api.Reply badCapacity = api.post("/actors/" + actor + "/operations", String.format(help, "2.5"), manager);
        assertProblem(badCapacity, 422);
        assertTrue(badCapacity.body(), badCapacity.body().contains("attributes.capacity"));
        String operation = propose(manager, actor, String.format(help, "20"));

        Api.Reply joined = api.post("/operations/" + operation + "/participations",
                "{\"attributes\":{\"role\":\"volunteer\",\"activities\":[\"visits\"],\"ageBracket\":\"26-59\"}}",
                volunteer);
        assertEquals(joined.toString(), 201, joined.status());
        assertProblem(api.post("/operations/" + operation + "/participations", "{\"attributes\":{\"role\":\"boss\"}}",
                volunteer), 422);
        assertTrue(api.get("/operations?lat=" + at[0] + "&lon=" + at[1] + "&radiusKm=5&type=intergenerational-help")
                .body().contains(operation));
        assertEquals(204, api.delete("/me", volunteer).status());
        assertEquals("an erased participant's participation goes with them", 0,
                api.get("/operations/" + operation + "/participations", manager).json().path("items").size());
    }
}
