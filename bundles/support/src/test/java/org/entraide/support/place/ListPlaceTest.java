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
package org.entraide.support.place;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entraide.api.error.AuthenticationException;
import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.services.territory.Area;
import org.entraide.services.territory.Scope;
import org.entraide.services.territory.TerritoryService;
import org.junit.Test;

/**
 * The place of a list, against a territory whose maximum radius is {@value #MAX_KM} km and default
 * {@value #DEFAULT_KM} km, and a geodesy where a degree of latitude is {@value #METRES_PER_DEGREE} m.
 */
public class ListPlaceTest {

    private static final double MAX_KM = 30;
    private static final double DEFAULT_KM = 10;
    private static final double METRES_PER_DEGREE = 111_000;
    private static final GeoPoint AJACCIO = GeoPoint.of(41.9192, 8.7386);
    private static final GeoPoint HOME = GeoPoint.of(42.1427, 8.6972);
    private static final String REFUSAL = "Sign in, or give lat and lon, to list things.";

    /** The arguments of each call to the territory's {@code area} and to the geodesy's {@code covering}. */
    private final List<List<Object>> areas = new ArrayList<>();
    private final List<List<Object>> coverings = new ArrayList<>();

    private final TerritoryService territories = fake(TerritoryService.class, (proxy, method, args) -> {
        areas.add(Arrays.asList(args));
        Double requested = (Double) args[1];
        Double preferred = (Double) args[2];
        double radius = requested != null ? requested : preferred != null ? Math.min(preferred, MAX_KM) : DEFAULT_KM;
        return new Area((GeoPoint) args[0], radius, new Scope(null, MAX_KM, DEFAULT_KM));
    });

    private final GeoRadiusService geo = fake(GeoRadiusService.class, (proxy, method, args) -> {
        switch (method.getName()) {
            case "covering":
                coverings.add(Arrays.asList(args));
                return new CellCovering(2, List.of(7L, 9L));
            case "distanceMetres":
                return metres((GeoPoint) args[0], (GeoPoint) args[1]);
            case "isWithin":
                return metres((GeoPoint) args[0], (GeoPoint) args[1]) <= (double) args[2] * 1000;
            default:
                throw new UnsupportedOperationException(method.getName());
        }
    });

    @Test
    public void aListWithoutCentreIsCentredOnTheReadersHome() {
        ListPlace place = ListPlace.around(null, null, resident(HOME, 5.0), territories, geo);

        assertEquals(HOME, place.centre());
        assertEquals(List.of(HOME, 5.0), coverings.get(0));
    }

    @Test
    public void aGivenCentreIsUsedWithoutLookingUpTheHome() {
        Reader reader = Reader.resident(() -> {
            throw new AssertionError("the home was looked up");
        }, () -> 5.0);

        assertEquals(AJACCIO, ListPlace.around(AJACCIO, null, reader, territories, geo).centre());
    }

    @Test
    public void nobodySignedInMustGiveACentre() {
        AuthenticationException refused = assertThrows(AuthenticationException.class,
                () -> ListPlace.around(null, 5.0, Reader.anonymous(REFUSAL), territories, geo));

        assertEquals(REFUSAL, refused.getMessage());
        assertTrue("nothing is read without a centre", areas.isEmpty() && coverings.isEmpty());
    }

    @Test
    public void nobodySignedInWithACentreGetsTheDefaultRadiusThere() {
        ListPlace place = ListPlace.around(AJACCIO, null, Reader.anonymous(REFUSAL), territories, geo);

        assertEquals(Arrays.asList(AJACCIO, null, null), areas.get(0));
        assertEquals(DEFAULT_KM, place.radiusKm(), 0);
    }

    @Test
    public void aRequestedRadiusGoesToTheTerritoryRulesAndThePreferredOneIsNotLookedUp() {
        Reader reader = Reader.resident(() -> HOME, () -> {
            throw new AssertionError("the preferred radius was looked up");
        });

        ListPlace place = ListPlace.around(AJACCIO, 3.0, reader, territories, geo);

        assertEquals(Arrays.asList(AJACCIO, 3.0, null), areas.get(0));
        assertEquals(3.0, place.radiusKm(), 0);
    }

    @Test
    public void withoutARequestedRadiusTheReadersPreferredOneIsCappedByTheTerritory() {
        ListPlace place = ListPlace.around(AJACCIO, null, resident(HOME, 45.0), territories, geo);

        assertEquals(Arrays.asList(AJACCIO, null, 45.0), areas.get(0));
        assertEquals(MAX_KM, place.radiusKm(), 0);
    }

    @Test
    public void theCoveringIsThatOfTheCentreAndTheRadiusTheTerritoryAllows() {
        ListPlace place = ListPlace.around(AJACCIO, null, resident(HOME, 45.0), territories, geo);

        assertEquals(List.of(AJACCIO, MAX_KM), coverings.get(0));
        assertEquals(new CellCovering(2, List.of(7L, 9L)), place.covering());
    }

    @Test
    public void pointsAreKeptAndMeasuredFromTheCentre() {
        ListPlace place = ListPlace.around(AJACCIO, 10.0, resident(HOME, 5.0), territories, geo);
        GeoPoint near = GeoPoint.of(AJACCIO.lat() + 0.05, AJACCIO.lon());
        GeoPoint far = GeoPoint.of(AJACCIO.lat() + 0.2, AJACCIO.lon());

        assertTrue(place.contains(near));
        assertFalse(place.contains(far));
        assertEquals(0.05 * METRES_PER_DEGREE, place.distanceMetres(near), 1e-6);
    }

    private static Reader resident(GeoPoint home, double preferredRadiusKm) {
        return Reader.resident(() -> home, () -> preferredRadiusKm);
    }

    private static double metres(GeoPoint a, GeoPoint b) {
        return Math.abs(a.lat() - b.lat()) * METRES_PER_DEGREE;
    }

    private static <T> T fake(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(ListPlaceTest.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }
}
