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
package org.entraide.territories.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entraide.geo.internal.GeoRadiusComponent;
import org.entraide.geo.internal.PlaceDirectoryComponent;
import org.junit.Before;
import org.junit.Test;

/** The configuration inputs of a node: its territories' settings as the registry holds them. */
public class NodeConfigurationTest {

    private static final Map<String, String> AJACCIO = Map.of("name", "Pays ajaccien", "perimeter.lat", "41.9189",
            "perimeter.lon", "8.7381", "perimeter.radiusKm", "30", "maxRadiusKm", "25",
            "actorTypes", "shop, association", "moderators", "b@example.fr, a@example.fr");

    private TerritoryRegistry registry;

    @Before
    public void empty() {
        registry = new TerritoryRegistry(new GeoRadiusComponent(), new PlaceDirectoryComponent(), null);
    }

    private String fingerprint() {
        return NodeConfigurationComponent.inputs(List.of("entraide-core/0.1.0"), registry.territories())
                .fingerprint();
    }

    @Test
    public void everySettingInForceIsAnInputInAStableOrder() {
        registry.updated("org.entraide.territory~ajaccio", TerritoryRegistry.dictionary(AJACCIO));
        List<String> settings = NodeConfigurationComponent.settings(registry.territories().get(0));
        assertTrue(settings.toString(), settings.contains("actorTypes=association,shop"));
        assertTrue(settings.toString(), settings.contains("moderators=a@example.fr,b@example.fr"));
        assertTrue(settings.toString(), settings.contains("perimeter.centre.lat=41.9189"));
        assertTrue(settings.toString(), settings.contains("maxRadiusKm=25.0"));
        assertTrue("defaults filled in: " + settings,
                settings.stream().anyMatch(s -> s.startsWith("defaultRadiusKm=")));
        assertTrue("every operation type: " + settings, settings.contains("operationTypes="
                + NodeConfigurationComponent.UNSET));
        assertTrue(settings.toString(),
                settings.stream().anyMatch(s -> s.startsWith("escalation.actorsAfterHours=")));
    }

    @Test
    public void aTerritoryAddedOrChangedChangesTheFingerprintAndItsRemovalBringsItBack() {
        String none = fingerprint();
        registry.updated("org.entraide.territory~ajaccio", TerritoryRegistry.dictionary(AJACCIO));
        String one = fingerprint();
        assertNotEquals(none, one);
        Map<String, String> wider = new HashMap<>(AJACCIO);
        wider.put("maxRadiusKm", "30");
        registry.updated("org.entraide.territory~ajaccio", TerritoryRegistry.dictionary(wider));
        assertNotEquals(one, fingerprint());
        registry.updated("org.entraide.territory~ajaccio", TerritoryRegistry.dictionary(AJACCIO));
        assertEquals(one, fingerprint());
        registry.deleted("org.entraide.territory~ajaccio");
        assertEquals(none, fingerprint());
    }
}
