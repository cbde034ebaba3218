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
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.util.List;

import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.InvalidRadiusException;
import org.junit.Test;

public class GeoRadiusComponentTest {

    private static final GeoPoint PARIS = GeoPoint.of(48.8566, 2.3522);

    @Test
    public void radiusAboveTheMaximumZeroNegativeOrNotANumberIsRefused() {
        GeoRadiusComponent geo = configured(50, 10, "5,10,25,50");
        double[] bad = {0, -0.0, -1, 50.000001, 51, 1000, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE * -1};
        for (double radius : bad) {
            assertRadiusRefused(() -> geo.validateRadiusKm(radius), radius);
            assertRadiusRefused(() -> geo.radiusKmOrDefault(radius), radius);
        }
        assertEquals(50, geo.validateRadiusKm(50), 0);
        assertEquals(0.5, geo.validateRadiusKm(0.5), 0);
    }

    @Test
    public void radiusAboveAConfiguredMaximumIsRefused() {
        GeoRadiusComponent geo = configured(25, 10, "5,10,25,50");
        assertRadiusRefused(() -> geo.validateRadiusKm(30), 30);
        assertEquals(25, geo.validateRadiusKm(25), 0);
        assertEquals(List.of(5.0, 10.0, 25.0), geo.offeredRadiiKm());
    }

    @Test
    public void aRequestWithoutRadiusGetsTheDefault() {
        assertEquals(10, configured(50, 10, "5,10,25,50").radiusKmOrDefault(null), 0);
        assertEquals(7.5, configured(50, 7.5, "5,10").radiusKmOrDefault(null), 0);
        assertEquals(25, configured(50, 7.5, "5,10").radiusKmOrDefault(25.0), 0);
    }

    @Test
    public void theDefaultsAreTenKilometresOutOfAMaximumOfFifty() {
        GeoRadiusComponent geo = new GeoRadiusComponent();
        assertEquals(50, geo.maxRadiusKm(), 0);
        assertEquals(10, geo.defaultRadiusKm(), 0);
        assertEquals(List.of(5.0, 10.0, 25.0, 50.0), geo.offeredRadiiKm());
    }

    @Test
    public void aConfigurationOutOfRangeIsRepairedNotObeyed() {
        GeoRadiusComponent tooLarge = configured(80, 60, "5, 10,abc,100,-3");
        assertEquals(50, tooLarge.maxRadiusKm(), 0);
        assertEquals(10, tooLarge.defaultRadiusKm(), 0);
        assertEquals(List.of(5.0, 10.0), tooLarge.offeredRadiiKm());
        GeoRadiusComponent nonsense = configured(Double.NaN, -1, "");
        assertEquals(50, nonsense.maxRadiusKm(), 0);
        assertEquals(10, nonsense.defaultRadiusKm(), 0);
        assertEquals(List.of(10.0), nonsense.offeredRadiiKm());
        GeoRadiusComponent small = configured(5, 10, "5,10");
        assertEquals(5, small.defaultRadiusKm(), 0);
        assertEquals(List.of(5.0), small.offeredRadiiKm());
        assertFalse(new RadiusPolicy(80, 60, "5,abc").problems().isEmpty());
        assertTrue(new RadiusPolicy(50, 10, "5,10,25,50").problems().isEmpty());
    }

    @Test
    public void geometricOperationsRefuseARadiusBeyondTheHardCap() {
        GeoRadiusComponent geo = configured(25, 10, "5,10,25");
        assertRadiusRefused(() -> geo.isWithin(PARIS, PARIS, 0), 0);
        assertRadiusRefused(() -> geo.isWithin(PARIS, PARIS, 50.5), 50.5);
        assertRadiusRefused(() -> geo.covering(PARIS, Double.NaN), Double.NaN);
        assertRadiusRefused(() -> geo.covering(PARIS, -5, 0), -5);
        assertTrue(geo.isWithin(PARIS, PARIS, 50));
    }

    @Test
    public void coordinatesOutOfRangeOrNotNumbersAreRefusedNamingTheField() {
        assertFieldRefused(() -> GeoPoint.of(90.0001, 0), "lat");
        assertFieldRefused(() -> GeoPoint.of(-91, 0), "lat");
        assertFieldRefused(() -> GeoPoint.of(Double.NaN, 0), "lat");
        assertFieldRefused(() -> GeoPoint.of(Double.POSITIVE_INFINITY, 0), "lat");
        assertFieldRefused(() -> GeoPoint.of(0, 180.5), "lon");
        assertFieldRefused(() -> GeoPoint.of(0, -181), "lon");
        assertFieldRefused(() -> GeoPoint.of(0, Double.NaN), "lon");
        assertFieldRefused(() -> GeoPoint.of(0, Double.NEGATIVE_INFINITY), "lon");
        GeoPoint.of(90, 180);
        GeoPoint.of(-90, -180);
    }

    @Test
    public void cellKeysHoldOneKeyPerLevelAndTheCoveringUsesThem() {
        GeoRadiusComponent geo = new GeoRadiusComponent();
        List<Long> keys = geo.cellKeys(PARIS);
        assertEquals(geo.cellLevelCount(), keys.size());
        for (double radius : new double[] {5, 10, 25, 50}) {
            CellCovering covering = geo.covering(PARIS, radius);
            assertEquals(geo.coveringLevel(radius), covering.level());
            assertTrue(covering.contains(keys.get(covering.level())));
            assertTrue(covering.size() >= 1 && covering.size() <= 16);
        }
        assertTrue(geo.coveringLevel(50) < geo.coveringLevel(10));
        assertTrue(geo.cellSizeKm(0) > geo.cellSizeKm(geo.cellLevelCount() - 1));
    }

    @Test
    public void displayDistanceIsRoundedToHalfKilometresAndNeverZero() {
        GeoRadiusComponent geo = new GeoRadiusComponent();
        assertEquals(0.5, geo.displayDistanceKm(0), 0);
        assertEquals(0.5, geo.displayDistanceKm(740), 0);
        assertEquals(1.0, geo.displayDistanceKm(760), 0);
        assertEquals(1.0, geo.displayDistanceKm(1249), 0);
        assertEquals(1.5, geo.displayDistanceKm(1250), 0);
        assertEquals(50, geo.displayDistanceKm(49_800), 0);
        for (double metres = 0; metres < 60_000; metres += 37.3) {
            double shown = geo.displayDistanceKm(metres);
            assertEquals(0, shown * 2 - Math.rint(shown * 2), 0);
            assertTrue(metres + " m shown as " + shown, Math.abs(shown - Math.max(0.5, metres / 1000)) <= 0.25);
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void displayDistanceRefusesANegativeDistance() {
        new GeoRadiusComponent().displayDistanceKm(-1);
    }

    @Test(expected = IllegalArgumentException.class)
    public void displayDistanceRefusesNotANumber() {
        new GeoRadiusComponent().displayDistanceKm(Double.NaN);
    }

    private static void assertRadiusRefused(Runnable call, double radius) {
        try {
            call.run();
            fail("radius " + radius + " was accepted");
        } catch (InvalidRadiusException e) {
            assertEquals(InvalidRadiusException.FIELD, e.errors().get(0).field());
            assertTrue(e instanceof ValidationException);
        }
    }

    private static void assertFieldRefused(Runnable call, String field) {
        try {
            call.run();
            fail(field + " was accepted");
        } catch (ValidationException e) {
            assertEquals(field, e.errors().get(0).field());
        }
    }

    static GeoRadiusComponent configured(double max, double defaultRadius, String offered) {
        GeoRadiusComponent geo = new GeoRadiusComponent();
        geo.configure(new GeoConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return GeoConfig.class;
            }

            @Override
            public double maxRadiusKm() {
                return max;
            }

            @Override
            public double defaultRadiusKm() {
                return defaultRadius;
            }

            @Override
            public String offeredRadiiKm() {
                return offered;
            }
        });
        return geo;
    }
}
