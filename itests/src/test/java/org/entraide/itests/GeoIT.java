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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** The places gazetteer and the radius settings, over HTTP. */
public class GeoIT extends EntraideTestSupport {

    @Test
    public void placesAreFoundByNameWithoutAccentsOrCase() throws Exception {
        for (String name : new String[] {"Sagone", "Vico", "Ajaccio", "Bastia"}) {
            JsonNode first = places(name.toLowerCase()).path("items").path(0);
            assertEquals(name, first.path("name").asText());
            assertTrue(first.path("location").path("lat").asDouble() > 41);
            assertTrue(first.path("postalCodes").isArray());
        }
        assertEquals("Cargèse", places("CARGESE").path("items").path(0).path("name").asText());
    }

    @Test
    public void placesAreFoundByPostalCode() throws Exception {
        JsonNode items = places("20118").path("items");

        assertTrue(items.size() > 0);
        items.forEach(place -> assertTrue(place.toString(), place.path("postalCodes").toString().contains("20118")));
        assertTrue(items.toString(), items.toString().contains("Sagone"));
    }

    @Test
    public void placeSearchWithoutAQueryIsA400() throws Exception {
        assertProblem(api.get("/places"), 400);
        assertProblem(api.get("/places?q=Vico&limit=abc"), 400);
        assertProblem(api.get("/places?q=Vico&limit=500"), 400);
    }

    @Test
    public void radiusOptionsComeFromTheGeoSettings() throws Exception {
        JsonNode options = api.get("/radius-options").json();

        assertEquals(10.0, options.path("defaultKm").asDouble(), 0);
        assertEquals(50.0, options.path("maxKm").asDouble(), 0);
        assertEquals("[5.0,10.0,25.0,50.0]", options.path("offeredKm").toString());
    }

    private JsonNode places(String query) throws Exception {
        Api.Reply reply = api.get("/places?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }
}
