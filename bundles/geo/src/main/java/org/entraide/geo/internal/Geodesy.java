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

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

/**
 * Geodesic distances on WGS84 through GeographicLib (Karney's algorithm), and a radius test that skips the
 * geodesic computation when a cheap spherical bound already decides.
 */
public final class Geodesy {

    /** Semi-major axis of WGS84, in metres. */
    static final double EQUATORIAL_RADIUS = Geodesic.WGS84.EquatorialRadius();

    /** Flattening of WGS84. */
    static final double FLATTENING = Geodesic.WGS84.Flattening();

    private static final double E2 = FLATTENING * (2 - FLATTENING);

    /**
     * The smallest radius of curvature of WGS84, a(1 - e²) (along the meridian, at the equator). Every curve on
     * the ellipsoid is at least this times as long as the same curve of (lat, lon) on the unit sphere, so a point
     * whose spherical angle from a centre exceeds r / MIN_CURVATURE_RADIUS lies farther than r.
     */
    static final double MIN_CURVATURE_RADIUS = EQUATORIAL_RADIUS * (1 - E2);

    /** The largest radius of curvature of WGS84, a / sqrt(1 - e²) (at the poles): the bound the other way. */
    static final double MAX_CURVATURE_RADIUS = EQUATORIAL_RADIUS / Math.sqrt(1 - E2);

    private static final double SAFETY = 1e-9;

    private Geodesy() {
    }

    /**
     * The geodesic distance between two points.
     *
     * @param lat1 latitude of the first point, degrees
     * @param lon1 longitude of the first point, degrees
     * @param lat2 latitude of the second point, degrees
     * @param lon2 longitude of the second point, degrees
     * @return the distance in metres
     */
    public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
    }

    /**
     * Whether the geodesic distance between two points is at most a radius; exactly the same answer as
     * {@code distanceMetres(...) <= radiusMetres}.
     *
     * @param lat1 latitude of the first point, degrees
     * @param lon1 longitude of the first point, degrees
     * @param lat2 latitude of the second point, degrees
     * @param lon2 longitude of the second point, degrees
     * @param radiusMetres the radius in metres
     * @return true when the points are at most that far apart
     */
    public static boolean isWithinMetres(double lat1, double lon1, double lat2, double lon2, double radiusMetres) {
        double angle = centralAngle(lat1, lon1, lat2, lon2);
        if (angle * MIN_CURVATURE_RADIUS > radiusMetres * (1 + SAFETY) + SAFETY) {
            return false;
        }
        if (angle * MAX_CURVATURE_RADIUS < radiusMetres * (1 - SAFETY) - SAFETY) {
            return true;
        }
        return distanceMetres(lat1, lon1, lat2, lon2) <= radiusMetres;
    }

    /**
     * The angle between two points taken as positions on the unit sphere (haversine form, accurate for small
     * angles).
     *
     * @param lat1 latitude of the first point, degrees
     * @param lon1 longitude of the first point, degrees
     * @param lat2 latitude of the second point, degrees
     * @param lon2 longitude of the second point, degrees
     * @return the angle in radians, from 0 to pi
     */
    static double centralAngle(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double halfDeltaPhi = (phi2 - phi1) / 2;
        double halfDeltaLambda = Math.toRadians(lon2 - lon1) / 2;
        double sinPhi = Math.sin(halfDeltaPhi);
        double sinLambda = Math.sin(halfDeltaLambda);
        double h = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
        return 2 * Math.asin(Math.sqrt(Math.min(1, h)));
    }
}
