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
 * Vincenty's inverse and direct formulae on WGS84 (T. Vincenty, Survey Review 23, 1975), written here for the
 * tests only: a second geodesic method, independent of GeographicLib, accurate to a fraction of a millimetre for
 * points that are not nearly antipodal.
 */
final class Vincenty {

    static final double A = 6378137.0;
    static final double F = 1 / 298.257223563;
    static final double B = A * (1 - F);

    private static final double EPSILON = 1e-13;
    private static final int MAX_ITERATIONS = 1000;

    private Vincenty() {
    }

    /** The geodesic distance in metres between two points given in degrees. */
    static double distance(double lat1, double lon1, double lat2, double lon2) {
        double l = Math.toRadians(lon2 - lon1);
        double u1 = Math.atan((1 - F) * Math.tan(Math.toRadians(lat1)));
        double u2 = Math.atan((1 - F) * Math.tan(Math.toRadians(lat2)));
        double sinU1 = Math.sin(u1);
        double cosU1 = Math.cos(u1);
        double sinU2 = Math.sin(u2);
        double cosU2 = Math.cos(u2);
        double lambda = l;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double sinLambda = Math.sin(lambda);
            double cosLambda = Math.cos(lambda);
            double p = cosU2 * sinLambda;
            double q = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda;
            double sinSigma = Math.sqrt(p * p + q * q);
            if (sinSigma == 0) {
                return 0;
            }
            double cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            double sigma = Math.atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            double cos2Alpha = 1 - sinAlpha * sinAlpha;
            double cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha;
            double c = F / 16 * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
            double previous = lambda;
            lambda = l + (1 - c) * F * sinAlpha
                    * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.abs(lambda - previous) < EPSILON) {
                double uSquared = cos2Alpha * (A * A - B * B) / (B * B);
                return B * bigA(uSquared) * (sigma - deltaSigma(bigB(uSquared), sinSigma, cosSigma, cos2SigmaM));
            }
        }
        throw new ArithmeticException("Vincenty's inverse formula did not converge");
    }

    /** The point at a distance in metres along an azimuth in degrees (clockwise from north); {lat, lon}. */
    static double[] destination(double lat, double lon, double azimuth, double distance) {
        double alpha1 = Math.toRadians(azimuth);
        double sinAlpha1 = Math.sin(alpha1);
        double cosAlpha1 = Math.cos(alpha1);
        double tanU1 = (1 - F) * Math.tan(Math.toRadians(lat));
        double cosU1 = 1 / Math.sqrt(1 + tanU1 * tanU1);
        double sinU1 = tanU1 * cosU1;
        double sigma1 = Math.atan2(tanU1, cosAlpha1);
        double sinAlpha = cosU1 * sinAlpha1;
        double cos2Alpha = 1 - sinAlpha * sinAlpha;
        double uSquared = cos2Alpha * (A * A - B * B) / (B * B);
        double bigA = bigA(uSquared);
        double bigB = bigB(uSquared);
        double sigma = distance / (B * bigA);
        double cos2SigmaM = Math.cos(2 * sigma1 + sigma);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            cos2SigmaM = Math.cos(2 * sigma1 + sigma);
            double next = distance / (B * bigA)
                    + deltaSigma(bigB, Math.sin(sigma), Math.cos(sigma), cos2SigmaM);
            if (Math.abs(next - sigma) < EPSILON) {
                sigma = next;
                break;
            }
            sigma = next;
        }
        cos2SigmaM = Math.cos(2 * sigma1 + sigma);
        double sinSigma = Math.sin(sigma);
        double cosSigma = Math.cos(sigma);
        double t = sinU1 * sinSigma - cosU1 * cosSigma * cosAlpha1;
        double lat2 = Math.atan2(sinU1 * cosSigma + cosU1 * sinSigma * cosAlpha1,
                (1 - F) * Math.sqrt(sinAlpha * sinAlpha + t * t));
        double lambda = Math.atan2(sinSigma * sinAlpha1, cosU1 * cosSigma - sinU1 * sinSigma * cosAlpha1);
        double c = F / 16 * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
        double l = lambda - (1 - c) * F * sinAlpha
                * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
        double lon2 = lon + Math.toDegrees(l);
        lon2 = ((lon2 + 540) % 360) - 180;
        return new double[] {Math.toDegrees(lat2), lon2};
    }

    private static double bigA(double uSquared) {
        return 1 + uSquared / 16384 * (4096 + uSquared * (-768 + uSquared * (320 - 175 * uSquared)));
    }

    private static double bigB(double uSquared) {
        return uSquared / 1024 * (256 + uSquared * (-128 + uSquared * (74 - 47 * uSquared)));
    }

    private static double deltaSigma(double bigB, double sinSigma, double cosSigma, double cos2SigmaM) {
        return bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
    }
}
