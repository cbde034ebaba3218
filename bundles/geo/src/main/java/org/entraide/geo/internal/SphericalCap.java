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

/**
 * A spherical cap that contains a geodesic circle of WGS84, with its latitude extent and its longitude extent
 * within any band of latitudes.
 *
 * <p>The cap has the angular radius r / {@link Geodesy#MIN_CURVATURE_RADIUS} (plus a metre): since no curve on
 * the ellipsoid is shorter than that radius of curvature times the same curve on the unit sphere, every point at
 * most r from the centre on the ellipsoid lies inside the cap. The cap may be a little larger than the circle,
 * never smaller.
 */
final class SphericalCap {

    private static final double PADDING_METRES = 1;
    private static final double PADDING_RADIANS = 1e-7;

    private final double centreLat;
    private final double sinCentre;
    private final double cosCentre;
    private final double radius;
    private final double haversineRadius;
    private final double widestLat;

    /**
     * The cap around a circle.
     *
     * @param lat latitude of the centre, degrees
     * @param lon longitude of the centre, degrees
     * @param radiusMetres geodesic radius of the circle
     */
    SphericalCap(double lat, double lon, double radiusMetres) {
        this.centreLat = lat;
        this.radius = (radiusMetres + PADDING_METRES) / Geodesy.MIN_CURVATURE_RADIUS;
        double phi = Math.toRadians(lat);
        this.sinCentre = Math.sin(phi);
        this.cosCentre = Math.cos(phi);
        this.haversineRadius = haversine(radius);
        double sinWidest = sinCentre / Math.cos(radius);
        this.widestLat = Math.abs(sinWidest) < 1 ? Math.toDegrees(Math.asin(sinWidest)) : Math.copySign(90, lat);
    }

    /** The latitude of the cap's southern tip, degrees; below -90 when the cap holds the south pole. */
    double southmost() {
        return centreLat - Math.toDegrees(radius);
    }

    /** The latitude of the cap's northern tip, degrees; above 90 when the cap holds the north pole. */
    double northmost() {
        return centreLat + Math.toDegrees(radius);
    }

    /**
     * Half the longitude extent of the part of the cap between two latitudes: every point of the cap in that band
     * lies within this many degrees of the centre's longitude.
     *
     * @param south southern latitude of the band, degrees
     * @param north northern latitude of the band, degrees
     * @return the half extent in degrees, 180 or more when the band is wholly crossed, negative when the cap
     *         does not reach the band
     */
    double halfWidthDegrees(double south, double north) {
        double low = Math.max(south, southmost());
        double high = Math.min(north, northmost());
        if (low > high) {
            return -1;
        }
        double widest = Math.max(low, Math.min(high, widestLat));
        double half = Math.max(halfWidthAt(low), Math.max(halfWidthAt(high), halfWidthAt(widest)));
        return half < 0 ? -1 : Math.toDegrees(half + PADDING_RADIANS);
    }

    /**
     * Half the longitude extent of the cap at one latitude, from hav(r) = hav(dLat) + cos(lat1) cos(lat2) hav(dLon).
     * The half extent grows from one tip of the cap to its widest latitude and shrinks after it, so over a band it
     * is largest at the band's edge or at the widest latitude.
     */
    private double halfWidthAt(double lat) {
        double phi = Math.toRadians(lat);
        double cosProduct = Math.cos(phi) * cosCentre;
        double remaining = haversineRadius - haversine(phi - Math.toRadians(centreLat));
        if (remaining < 0) {
            return -1;
        }
        if (cosProduct <= 0 || remaining >= cosProduct) {
            return Math.PI;
        }
        return 2 * Math.asin(Math.sqrt(remaining / cosProduct));
    }

    private static double haversine(double angle) {
        double s = Math.sin(angle / 2);
        return s * s;
    }
}
