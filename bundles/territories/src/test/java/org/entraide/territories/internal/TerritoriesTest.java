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
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.InvalidRadiusException;
import org.entraide.services.territory.Area;
import org.entraide.services.territory.Escalation;
import org.entraide.services.territory.Scope;
import org.entraide.services.territory.Territory;
import org.entraide.geo.internal.GeoRadiusComponent;
import org.entraide.geo.internal.PlaceDirectoryComponent;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Territories read from configurations, with the real gazetteer and geodesy. */
public class TerritoriesTest {

    private static final GeoPoint AJACCIO = GeoPoint.of(41.9189, 8.7381);
    private static final GeoPoint SAGONE = GeoPoint.of(42.1150, 8.6980);
    private static final GeoPoint BASTIA = GeoPoint.of(42.6970, 9.4500);
    private static final GeoPoint PARIS = GeoPoint.of(48.8566, 2.3522);

    private static GeoRadiusComponent geo;
    private static PlaceDirectoryComponent places;
    private TerritoryRegistry registry;

    @BeforeClass
    public static void services() {
        geo = new GeoRadiusComponent();
        places = new PlaceDirectoryComponent();
    }

    @Before
    public void empty() {
        registry = new TerritoryRegistry(geo, places, null);
    }

    @Test
    public void aCircleWithItsRulesAndTheDefaultsOutside() {
        registry.updated("org.entraide.territory~ajaccio", TerritoryRegistry.dictionary(Map.of(
                "name", "Pays ajaccien", "perimeter.lat", "41.9189", "perimeter.lon", "8.7381",
                "perimeter.radiusKm", "30", "maxRadiusKm", "25", "defaultRadiusKm", "5",
                "actorTypes", "association, shop", "moderators", "Marie@Example.fr")));
        TerritoryServiceImpl service = service(false);
        Territory territory = service.territory("ajaccio").orElseThrow();
        assertEquals(Set.of("association", "shop"), territory.actorTypes());
        assertNull("no list means every installed type", territory.operationTypes());
        assertEquals(List.of("marie@example.fr"), territory.moderators());

        Scope inside = service.scopeAt(AJACCIO);
        assertEquals("ajaccio", inside.territory().key());
        assertTrue(inside.allowsActorType("shop"));
        assertFalse(inside.allowsActorType("producer"));
        assertTrue(inside.allowsOperationType("home-delivery"));
        Scope outside = service.scopeAt(BASTIA);
        assertNull(outside.territory());
        assertTrue(outside.allowsActorType("producer"));
        assertEquals(geo.maxRadiusKm(), outside.maxRadiusKm(), 0);
    }

    @Test
    public void radiiAreCheckedAgainstTheTerritoryAndPreferencesCapped() {
        registry.updated("p1", TerritoryRegistry.dictionary(Map.of("name", "Pays ajaccien",
                "felix.fileinstall.filename", "file:/opt/entraide/etc/org.entraide.territory-ajaccio.cfg",
                "perimeter.lat", "41.9189", "perimeter.lon", "8.7381", "perimeter.radiusKm", "30",
                "maxRadiusKm", "25", "defaultRadiusKm", "5")));
        TerritoryServiceImpl service = service(false);
        assertEquals("the key comes from the file name", "ajaccio", service.territories().get(0).key());
        assertEquals(5, service.area(AJACCIO, null, null).radiusKm(), 0);
        assertEquals("a preference above the maximum is capped", 25,
                service.area(AJACCIO, null, 50.0).radiusKm(), 0);
        assertEquals(20, service.area(AJACCIO, 20.0, 50.0).radiusKm(), 0);
        try {
            service.area(AJACCIO, 30.0, null);
            fail("30 km is above the territory's 25");
        } catch (InvalidRadiusException e) {
            assertEquals("radiusKm", e.errors().get(0).field());
            assertTrue(e.getMessage(), e.getMessage().contains("25 km in the territory Pays ajaccien"));
        }
        Area paris = service.area(PARIS, 50.0, null);
        assertEquals("outside, the platform's maximum", 50, paris.radiusKm(), 0);
    }

    @Test
    public void communesAndOverlapsFollowTheDocumentedRule() {
        registry.updated("org.entraide.territory~corse", TerritoryRegistry.dictionary(Map.of("name", "Corse",
                "perimeter.lat", "42.15", "perimeter.lon", "9.1", "perimeter.radiusKm", "120")));
        registry.updated("org.entraide.territory~vico", TerritoryRegistry.dictionary(Map.of("name", "Vico",
                "perimeter.communes", "2A348 2a090")));
        TerritoryServiceImpl service = service(false);
        assertEquals("Sagone is in Vico, listed communes win over a circle", "vico",
                service.scopeAt(SAGONE).territory().key());
        assertEquals("corse", service.scopeAt(AJACCIO).territory().key());
        registry.updated("org.entraide.territory~corse", TerritoryRegistry.dictionary(Map.of("name", "Corse",
                "perimeter.lat", "42.15", "perimeter.lon", "9.1", "perimeter.radiusKm", "120", "priority", "1")));
        assertEquals("a higher priority wins", "corse", service.scopeAt(SAGONE).territory().key());
    }

    @Test
    public void anInvalidConfigurationIsRefusedAndThePreviousStateKept() {
        registry.updated("org.entraide.territory~ajaccio", TerritoryRegistry.dictionary(Map.of(
                "name", "Pays ajaccien", "perimeter.lat", "41.9189", "perimeter.lon", "8.7381",
                "perimeter.radiusKm", "30", "maxRadiusKm", "25")));
        registry.updated("org.entraide.territory~ajaccio", TerritoryRegistry.dictionary(Map.of(
                "name", "Pays ajaccien", "perimeter.lat", "41.9189", "perimeter.lon", "8.7381",
                "perimeter.radiusKm", "30", "maxRadiusKm", "80")));
        assertEquals(25, registry.territories().get(0).maxRadiusKm(), 0);
        registry.updated("org.entraide.territory~nowhere", TerritoryRegistry.dictionary(Map.of(
                "name", "Nulle part", "perimeter.communes", "2A004, 99999")));
        assertEquals(1, registry.territories().size());
        registry.updated("org.entraide.territory~again", TerritoryRegistry.dictionary(Map.of(
                "felix.fileinstall.filename", "file:/x/org.entraide.territory-ajaccio.cfg", "name", "Doublon",
                "perimeter.communes", "2A004")));
        assertEquals("a second configuration of the same key is refused", "Pays ajaccien",
                registry.territories().get(0).name());
        registry.deleted("org.entraide.territory~ajaccio");
        assertTrue(registry.territories().isEmpty());
    }

    @Test
    public void everyProblemOfAConfigurationIsNamed() {
        TerritoryParser parser = new TerritoryParser(geo, places);
        try {
            parser.parse("Bad Key", Map.of("perimeter.lat", "91", "perimeter.radiusKm", "abc",
                    "maxRadiusKm", "60", "actorTypes", "Shop!", "moderators", "not-an-email"));
            fail("refused");
        } catch (TerritoryParser.Refused refused) {
            String all = String.join("\n", refused.problems());
            for (String expected : List.of("key 'Bad Key'", "name is required", "perimeter.lat is required",
                    "perimeter.lon is required", "perimeter.radiusKm: 'abc' is not a number", "maxRadiusKm must be",
                    "actorTypes: 'Shop!'", "moderators: 'not-an-email'")) {
                assertTrue(all + "\nlacks " + expected, all.contains(expected));
            }
        }
    }

    @Test
    public void theEscalationLadderHasDefaultsAndRefusesBadValues() throws TerritoryParser.Refused {
        TerritoryParser parser = new TerritoryParser(geo, places);
        Map<String, String> circle = Map.of("name", "Ajaccio", "perimeter.lat", "41.9189", "perimeter.lon", "8.7381",
                "perimeter.radiusKm", "25");
        assertEquals(Escalation.DEFAULTS, parser.parse("ajaccio", circle).escalation());
        Map<String, String> set = new HashMap<>(circle);
        set.putAll(Map.of("escalation.actorsAfterHours", "12", "escalation.moderatorsAfterHours", "36",
                "escalation.maxActors", "3"));
        assertEquals(new Escalation(12, 36, 3), parser.parse("ajaccio", set).escalation());
        Map<String, String> bad = new HashMap<>(circle);
        bad.putAll(Map.of("escalation.actorsAfterHours", "0", "escalation.moderatorsAfterHours", "douze",
                "escalation.maxActors", "2.5"));
        try {
            parser.parse("ajaccio", bad);
            fail("refused");
        } catch (TerritoryParser.Refused refused) {
            String all = String.join("\n", refused.problems());
            for (String expected : List.of("escalation.actorsAfterHours: '0'",
                    "escalation.moderatorsAfterHours: 'douze'", "escalation.maxActors: '2.5'")) {
                assertTrue(all + "\nlacks " + expected, all.contains(expected));
            }
        }
        Map<String, String> backwards = new HashMap<>(circle);
        backwards.putAll(Map.of("escalation.actorsAfterHours", "48", "escalation.moderatorsAfterHours", "24"));
        try {
            parser.parse("ajaccio", backwards);
            fail("refused");
        } catch (TerritoryParser.Refused refused) {
            assertTrue(refused.problems().toString(), refused.problems().get(0).startsWith(
                    "escalation.moderatorsAfterHours must not be below"));
        }
    }

    @Test
    public void territoriesOnlyRefusesPlacesOutside() {
        registry.updated("org.entraide.territory~vico", TerritoryRegistry.dictionary(Map.of("name", "Vico",
                "perimeter.communes", "2A348", "actorTypes", "")));
        TerritoryServiceImpl service = service(true);
        assertFalse("an empty list enables nothing", service.scopeAt(SAGONE).allowsActorType("association"));
        try {
            service.scopeAt(PARIS);
            fail("outside every territory");
        } catch (ValidationException e) {
            assertEquals("location", e.errors().get(0).field());
        }
    }

    private TerritoryServiceImpl service(boolean territoriesOnly) {
        return new TerritoryServiceImpl(registry, geo, places, new TerritoriesConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return TerritoriesConfig.class;
            }

            @Override
            public boolean territoriesOnly() {
                return territoriesOnly;
            }
        });
    }
}
