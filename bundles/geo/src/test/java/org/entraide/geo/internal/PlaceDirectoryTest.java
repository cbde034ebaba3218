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
package org.entraide.geo.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Locale;

import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.Place;
import org.entraide.api.geo.PlaceDirectory;
import org.junit.BeforeClass;
import org.junit.Test;

/** The gazetteer as shipped: the real dataset of the bundle. */
public class PlaceDirectoryTest {

    private static PlaceDirectory places;

    @BeforeClass
    public static void load() {
        places = new PlaceDirectoryComponent();
    }

    @Test
    public void findsSagoneVicoAjaccioAndBastiaInCorsica() {
        assertFirst("Sagone", "2A", "Sagone");
        assertFirst("Vico", "2A", "Vico");
        assertFirst("Ajaccio", "2A", "Ajaccio");
        assertFirst("Bastia", "2B", "Bastia");
        Place sagone = places.search("Sagone", 1).get(0);
        assertEquals("Vico", sagone.communeName());
        assertEquals("2A348", sagone.inseeCode());
        assertEquals(List.of("20118"), sagone.postalCodes());
        assertEquals("Corse-du-Sud", sagone.departmentName());
        assertTrue(distanceKm(sagone.position(), places.search("Vico", 1).get(0).position()) < 15);
        assertEquals("2A004", places.search("Ajaccio", 1).get(0).inseeCode());
    }

    @Test
    public void nameSearchIgnoresCaseAccentsAndPunctuation() {
        assertFirst("AJACCIO", "2A", "Ajaccio");
        assertFirst("  bástia ", "2B", "Bastia");
        assertFirst("sàgone", "2A", "Sagone");
        assertFirst("pointe a pitre", "971", "Pointe-à-Pitre");
        assertFirst("L'ILE-ROUSSE", "2B", "L'Île-Rousse");
    }

    @Test
    public void nameSearchMatchesTheStartOfTheNameOrOfAnyOfItsWords() {
        assertTrue(names(places.search("ajac", 10)).contains("Ajaccio"));
        assertTrue(names(places.search("sag", 50)).contains("Sagone"));
        List<Place> denis = places.search("denis", 50);
        assertTrue(names(denis).contains("Saint-Denis"));
        for (Place place : denis) {
            assertTrue(place.name(), (" " + TextNormalizer.name(place.name())).contains(" denis"));
        }
        assertTrue(names(places.search("st denis", 10)).contains("Saint-Denis"));
        assertTrue(names(places.search("saint-d", 50)).contains("Saint-Denis"));
    }

    @Test
    public void theLastWordTypedMayBeUnfinished() {
        assertTrue(names(places.search("st", 50)).contains("Strasbourg"));
    }

    @Test
    public void exactNamesComeFirstThenTheMostPopulated() {
        List<Place> found = places.search("saint denis", 20);
        assertTrue(found.size() >= 3);
        int exact = 0;
        while (exact < found.size() && TextNormalizer.name(found.get(exact).name()).equals("saint denis")) {
            exact++;
        }
        assertTrue("both Saint-Denis, in the Seine-Saint-Denis and on La Reunion", exact >= 2);
        for (int i = exact; i < found.size(); i++) {
            assertFalse(TextNormalizer.name(found.get(i).name()).equals("saint denis"));
        }
        for (int i = 1; i < exact; i++) {
            assertTrue(found.get(i - 1).population() >= found.get(i).population());
        }
        assertEquals("Vico", places.search("vico", 5).get(0).name());
    }

    @Test
    public void postalCode20118FindsTheCorsicanPlacesItServes() {
        List<Place> found = places.search("20118", 10);
        assertTrue(names(found).contains("Sagone"));
        assertTrue(names(found).contains("Vico"));
        for (Place place : found) {
            assertTrue(place.name(), place.postalCodes().contains("20118"));
            assertEquals("2A", place.departmentCode());
        }
    }

    @Test
    public void postalCodePrefixFindsThePlacesWhoseCodeStartsWithIt() {
        List<Place> found = places.search("201", 50);
        assertTrue(found.size() > 10);
        for (Place place : found) {
            assertTrue(place.name(), place.postalCodes().stream().anyMatch(code -> code.startsWith("201")));
        }
        assertEquals("Paris", places.search("75015", 1).get(0).name());
        assertTrue(places.search("999999", 10).isEmpty());
    }

    @Test
    public void inseeCodeFindsItsCommune() {
        assertEquals("Ajaccio", places.search("2a004", 1).get(0).name());
        assertEquals("Bastia", places.search("2B033", 1).get(0).name());
    }

    @Test
    public void overseasDepartmentsAreIncluded() {
        assertFirst("Cayenne", "973", "Cayenne");
        assertFirst("Mamoudzou", "976", "Mamoudzou");
        assertFirst("Fort-de-France", "972", "Fort-de-France");
        assertFirst("Saint-Pierre", "974", null);
        assertTrue(places.search("97400", 5).stream().anyMatch(p -> p.name().equals("Saint-Denis")));
    }

    @Test
    public void theLimitIsObeyedAndChecked() {
        assertEquals(3, places.search("saint", 3).size());
        assertEquals(PlaceDirectory.MAX_LIMIT, places.search("saint", PlaceDirectory.MAX_LIMIT).size());
        for (int bad : new int[] {0, -1, PlaceDirectory.MAX_LIMIT + 1}) {
            try {
                places.search("saint", bad);
                fail("limit " + bad + " was accepted");
            } catch (ValidationException e) {
                assertEquals("limit", e.errors().get(0).field());
            }
        }
    }

    @Test
    public void aBlankQueryFindsNothing() {
        assertTrue(places.search("", 10).isEmpty());
        assertTrue(places.search("   ", 10).isEmpty());
        assertTrue(places.search(null, 10).isEmpty());
        assertTrue(places.search("-'", 10).isEmpty());
        assertTrue(places.search("zzzzqqq", 10).isEmpty());
    }

    @Test
    public void everyPlaceIsFrenchWithADepartmentAndCoordinates() {
        assertTrue(places.size() > 10_000);
        int withInsee = 0;
        for (Place place : PlaceDataset.load()) {
            assertNotNull(place.departmentCode());
            assertTrue(place.name(), place.departmentCode().matches("[0-9]{2}|2[AB]|97[1-8]"));
            GeoPoint p = place.position();
            boolean metropole = p.lat() > 41 && p.lat() < 51.5 && p.lon() > -5.5 && p.lon() < 10;
            assertTrue(place.name() + " " + p, metropole || place.departmentCode().startsWith("97"));
            if (place.inseeCode() != null) {
                withInsee++;
                assertTrue(place.inseeCode().toLowerCase(Locale.ROOT).startsWith(
                        place.departmentCode().toLowerCase(Locale.ROOT).substring(0, 2)));
            }
        }
        assertTrue(withInsee > places.size() * 0.99);
    }

    private static void assertFirst(String query, String department, String expectedName) {
        List<Place> found = places.search(query, 10);
        assertFalse(query + " found nothing", found.isEmpty());
        Place first = found.stream().filter(p -> p.departmentCode().equals(department)).findFirst().orElse(null);
        assertNotNull(query + " found nothing in " + department + ": " + names(found), first);
        if (expectedName != null) {
            assertEquals(expectedName, first.name());
        }
        assertEquals(TextNormalizer.name(first.name()), TextNormalizer.name(found.get(0).name()));
    }

    private static List<String> names(List<Place> found) {
        return found.stream().map(Place::name).toList();
    }

    private static double distanceKm(GeoPoint a, GeoPoint b) {
        return Geodesy.distanceMetres(a.lat(), a.lon(), b.lat(), b.lon()) / 1000;
    }

    @Test
    public void communesByCodeAndNearestCommuneOfAPoint() {
        assertEquals("Ajaccio", places.commune("2a004").orElseThrow().name());
        assertEquals("Vico", places.commune("2A348").orElseThrow().name());
        assertFalse(places.commune("99999").isPresent());
        assertEquals("known through its locality Coggia Maio", "Coggia", places.commune("2A090").orElseThrow().name());
        // The cathedral of Ajaccio, the beach of Sagone (a locality of Vico), the centre of Bastia.
        assertEquals("2A004", places.nearestCommune(GeoPoint.of(41.9165, 8.7360)).orElseThrow().inseeCode());
        assertEquals("2A348", places.nearestCommune(GeoPoint.of(42.1150, 8.6980)).orElseThrow().inseeCode());
        assertEquals("2B033", places.nearestCommune(GeoPoint.of(42.6970, 9.4500)).orElseThrow().inseeCode());
        // In the middle of the Atlantic there is no commune.
        assertFalse(places.nearestCommune(GeoPoint.of(45.0, -30.0)).isPresent());
    }
}
