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

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.api.geo.InvalidRadiusException;

/**
 * The platform's radii: the largest a request may ask for, the default and those offered. Built from the
 * operator's configuration, repaired rather than refused when a value is out of range, so that a typo in
 * {@code etc/} never takes the service away; {@link #problems()} tells what was repaired.
 */
public final class RadiusPolicy {

    static final double HARD_MAX_KM = GeoRadiusService.HARD_MAX_RADIUS_KM;
    static final double USUAL_DEFAULT_KM = 10;

    private final double maxKm;
    private final double defaultKm;
    private final List<Double> offeredKm;
    private final List<String> problems = new ArrayList<>();

    /**
     * A policy from configured values.
     *
     * @param maxKm the configured maximum; above 50, zero, negative or not a number means 50
     * @param defaultKm the configured default; out of (0, max] means the smaller of 10 and the maximum
     * @param offeredKm the configured offered radii, comma-separated; values out of (0, max] are dropped
     */
    public RadiusPolicy(double maxKm, double defaultKm, String offeredKm) {
        this.maxKm = inRange(maxKm, HARD_MAX_KM) ? maxKm : repaired("maxRadiusKm", maxKm, HARD_MAX_KM);
        double usual = Math.min(USUAL_DEFAULT_KM, this.maxKm);
        this.defaultKm = inRange(defaultKm, this.maxKm) ? defaultKm : repaired("defaultRadiusKm", defaultKm, usual);
        this.offeredKm = parseOffered(offeredKm);
    }

    /** The largest radius a request may ask for. */
    public double maxKm() {
        return maxKm;
    }

    /** The radius of a request that asks for none. */
    public double defaultKm() {
        return defaultKm;
    }

    /** The radii offered, ascending, the default among them. */
    public List<Double> offeredKm() {
        return offeredKm;
    }

    /** What was wrong in the configuration and how it was repaired; empty when nothing was. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Checks a requested radius.
     *
     * @param radiusKm the radius
     * @return the same radius
     * @throws InvalidRadiusException when it is not a number, not above zero or above the maximum
     */
    public double validate(double radiusKm) {
        if (Double.isNaN(radiusKm) || Double.isInfinite(radiusKm)) {
            throw new InvalidRadiusException(FieldError.of(InvalidRadiusException.FIELD, "wrong_type",
                    "doit être un nombre de kilomètres", "must be a number of kilometres"));
        }
        if (radiusKm <= 0) {
            throw new InvalidRadiusException(FieldError.of(InvalidRadiusException.FIELD, "out_of_range",
                    "doit être supérieur à 0 km", "must be above 0 km"));
        }
        if (radiusKm > maxKm) {
            throw new InvalidRadiusException(FieldError.of(InvalidRadiusException.FIELD, "out_of_range",
                    "doit être au plus " + format(maxKm) + " km", "must be at most " + format(maxKm) + " km"));
        }
        return radiusKm;
    }

    /**
     * Checks a radius given to a geometric operation, against the hard cap rather than the configured maximum.
     *
     * @param radiusKm the radius
     * @return the same radius
     * @throws InvalidRadiusException when it is not a number, not above zero or above 50 km
     */
    public static double checkGeometric(double radiusKm) {
        if (!(radiusKm > 0 && radiusKm <= HARD_MAX_KM)) {
            throw new InvalidRadiusException(FieldError.of(InvalidRadiusException.FIELD, "out_of_range",
                    "doit être un nombre de kilomètres supérieur à 0 et au plus " + format(HARD_MAX_KM),
                    "must be a number of kilometres above 0 and at most " + format(HARD_MAX_KM)));
        }
        return radiusKm;
    }

    private List<Double> parseOffered(String configured) {
        TreeSet<Double> radii = new TreeSet<>();
        for (String part : (configured == null ? "" : configured).split(",", -1)) {
            String value = part.strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                double radius = Double.parseDouble(value);
                if (inRange(radius, maxKm)) {
                    radii.add(radius);
                } else {
                    problems.add("offeredRadiiKm: " + value + " km is out of range and is not offered");
                }
            } catch (NumberFormatException e) {
                problems.add("offeredRadiiKm: '" + value + "' is not a number and is ignored");
            }
        }
        radii.add(defaultKm);
        return List.copyOf(radii);
    }

    private double repaired(String key, double configured, double used) {
        problems.add(key + ": " + configured + " is out of range, " + format(used) + " km is used");
        return used;
    }

    private static boolean inRange(double value, double max) {
        return value > 0 && value <= max;
    }

    private static String format(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
    }
}
