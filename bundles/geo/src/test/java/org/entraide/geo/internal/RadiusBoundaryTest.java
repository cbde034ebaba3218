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

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.junit.Test;

public class RadiusBoundaryTest {

    private static final double[][] CENTRES = {
        {48.8566, 2.3522}, {41.9189, 8.7381}, {51.0343, 2.3768}, {43.2965, 5.3698}, {42.1668, 8.7989},
        {16.2412, -61.5331}, {14.6037, -61.0742}, {4.9333, -52.3333}, {-20.8823, 55.4504}, {-12.7823, 45.2288},
    };
    private static final double RADIUS_KM = 50;

    private final GeoRadiusService geo = new GeoRadiusComponent();

    @Test
    public void pointsThirtyMetresInsideA50KmCircleAreWithinItInEightDirections() {
        for (double[] centre : CENTRES) {
            for (int direction = 0; direction < 8; direction++) {
                GeoPoint inside = pointAt(centre, direction * 45.0, RADIUS_KM * 1000 - 30);
                assertTrue(inside + " from " + centre[0] + "," + centre[1],
                        geo.isWithin(inside, GeoPoint.of(centre[0], centre[1]), RADIUS_KM));
            }
        }
    }

    @Test
    public void pointsThirtyMetresOutsideA50KmCircleAreNotWithinItInEightDirections() {
        for (double[] centre : CENTRES) {
            for (int direction = 0; direction < 8; direction++) {
                GeoPoint outside = pointAt(centre, direction * 45.0, RADIUS_KM * 1000 + 30);
                assertFalse(outside + " from " + centre[0] + "," + centre[1],
                        geo.isWithin(outside, GeoPoint.of(centre[0], centre[1]), RADIUS_KM));
            }
        }
    }

    @Test
    public void theCoveringOfA50KmCircleHoldsThePointsThirtyMetresInside() {
        for (double[] centre : CENTRES) {
            GeoPoint c = GeoPoint.of(centre[0], centre[1]);
            CellCovering covering = geo.covering(c, RADIUS_KM);
            for (int direction = 0; direction < 8; direction++) {
                GeoPoint inside = pointAt(centre, direction * 45.0, RADIUS_KM * 1000 - 30);
                assertTrue(covering.contains(geo.cellKey(inside, covering.level())));
            }
        }
    }

    private static GeoPoint pointAt(double[] centre, double azimuth, double metres) {
        double[] p = Vincenty.destination(centre[0], centre[1], azimuth, metres);
        return GeoPoint.of(p[0], p[1]);
    }
}
