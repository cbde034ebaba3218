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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.api.geo.Place;
import org.entraide.api.geo.PlaceDirectory;
import org.entraide.services.territory.Escalation;
import org.entraide.services.territory.Perimeter;
import org.entraide.services.territory.Territory;

/**
 * Reads and checks one territory configuration. Every problem is collected, so the operator fixes the file once;
 * see {@code docs/operators.md} for the properties.
 */
final class TerritoryParser {

    static final String NAME = "name";
    static final String LAT = "perimeter.lat";
    static final String LON = "perimeter.lon";
    static final String RADIUS = "perimeter.radiusKm";
    static final String COMMUNES = "perimeter.communes";
    static final String MAX_RADIUS = "maxRadiusKm";
    static final String DEFAULT_RADIUS = "defaultRadiusKm";
    static final String ACTOR_TYPES = "actorTypes";
    static final String OPERATION_TYPES = "operationTypes";
    static final String MODERATORS = "moderators";
    static final String PRIORITY = "priority";
    static final String ESCALATION_ACTORS = "escalation.actorsAfterHours";
    static final String ESCALATION_MODERATORS = "escalation.moderatorsAfterHours";
    static final String ESCALATION_MAX_ACTORS = "escalation.maxActors";
    /** The value of a type list that enables every installed type, as leaving it out does. */
    static final String ALL = "*";

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern TYPE_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

    private final GeoRadiusService geo;
    private final PlaceDirectory places;

    TerritoryParser(GeoRadiusService geo, PlaceDirectory places) {
        this.geo = geo;
        this.places = places;
    }

    /** A configuration that cannot be a territory, with all that is wrong in it. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        Refused(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    /**
     * Reads a configuration.
     *
     * @param key the territory's key, from its file name
     * @param properties the configuration's properties
     * @return the territory
     * @throws Refused when anything is wrong, with every problem found
     */
    Territory parse(String key, Map<String, ?> properties) throws Refused {
        List<String> problems = new ArrayList<>();
        if (key == null || !KEY.matcher(key).matches()) {
            problems.add("the key '" + key + "' (from the file name org.entraide.territory-<key>.cfg) must be lower"
                    + " case letters, digits and dashes");
        }
        String name = text(properties, NAME);
        if (name == null) {
            problems.add(NAME + " is required");
        } else if (name.length() > 80) {
            problems.add(NAME + " must be at most 80 characters");
        }
        Perimeter perimeter = perimeter(properties, problems);
        double max = number(properties, MAX_RADIUS, geo.maxRadiusKm(), problems);
        if (!(max > 0 && max <= GeoRadiusService.HARD_MAX_RADIUS_KM)) {
            problems.add(MAX_RADIUS + " must be above 0 and at most " + (int) GeoRadiusService.HARD_MAX_RADIUS_KM);
        }
        double byDefault = number(properties, DEFAULT_RADIUS, Math.min(geo.defaultRadiusKm(), max), problems);
        if (!(byDefault > 0 && byDefault <= max)) {
            problems.add(DEFAULT_RADIUS + " must be above 0 and at most " + MAX_RADIUS + " (" + max + ")");
        }
        Set<String> actorTypes = types(properties, ACTOR_TYPES, problems);
        Set<String> operationTypes = types(properties, OPERATION_TYPES, problems);
        List<String> moderators = new ArrayList<>();
        for (String email : list(text(properties, MODERATORS))) {
            if (EMAIL.matcher(email).matches()) {
                moderators.add(email.toLowerCase(Locale.ROOT));
            } else {
                problems.add(MODERATORS + ": '" + email + "' is not an e-mail address");
            }
        }
        int priority = (int) number(properties, PRIORITY, 0, problems);
        Escalation escalation = escalation(properties, problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new Territory(key, name, perimeter, max, byDefault, actorTypes, operationTypes, moderators, priority,
                escalation);
    }

    /** The escalation ladder: whole numbers of hours from 1 to a year, the second not before the first. */
    private static Escalation escalation(Map<String, ?> properties, List<String> problems) {
        Escalation defaults = Escalation.DEFAULTS;
        int actors = whole(properties, ESCALATION_ACTORS, defaults.actorsAfterHours(), 8760, problems);
        int moderators = whole(properties, ESCALATION_MODERATORS,
                Math.max(defaults.moderatorsAfterHours(), actors), 8760, problems);
        int maxActors = whole(properties, ESCALATION_MAX_ACTORS, defaults.maxActors(), 50, problems);
        if (moderators < actors) {
            problems.add(ESCALATION_MODERATORS + " must not be below " + ESCALATION_ACTORS + " (" + actors + ")");
        }
        return new Escalation(actors, moderators, maxActors);
    }

    private static int whole(Map<String, ?> properties, String property, int fallback, int max,
            List<String> problems) {
        String value = text(properties, property);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of range is
        }
        problems.add(property + ": '" + value + "' must be a whole number from 1 to " + max);
        return fallback;
    }

    private Perimeter perimeter(Map<String, ?> properties, List<String> problems) {
        String communes = text(properties, COMMUNES);
        boolean circle = text(properties, LAT) != null || text(properties, LON) != null
                || text(properties, RADIUS) != null;
        if (communes != null && circle) {
            problems.add("the perimeter is either " + COMMUNES + " or " + LAT + ", " + LON + " and " + RADIUS
                    + ", not both");
            return null;
        }
        if (communes != null) {
            return communes(communes, problems);
        }
        if (!circle) {
            problems.add("a perimeter is required: " + LAT + ", " + LON + " and " + RADIUS + ", or " + COMMUNES);
            return null;
        }
        double lat = number(properties, LAT, Double.NaN, problems);
        double lon = number(properties, LON, Double.NaN, problems);
        double radius = number(properties, RADIUS, Double.NaN, problems);
        boolean valid = true;
        if (!(lat >= -90 && lat <= 90)) {
            problems.add(LAT + " is required, from -90 to 90");
            valid = false;
        }
        if (!(lon >= -180 && lon <= 180)) {
            problems.add(LON + " is required, from -180 to 180");
            valid = false;
        }
        if (!(radius > 0 && radius <= Perimeter.MAX_CIRCLE_KM)) {
            problems.add(RADIUS + " is required, above 0 and at most " + (int) Perimeter.MAX_CIRCLE_KM);
            valid = false;
        }
        return valid ? Perimeter.circle(GeoPoint.of(lat, lon), radius) : null;
    }

    private Perimeter communes(String value, List<String> problems) {
        Set<String> codes = new LinkedHashSet<>();
        double lat = 0;
        double lon = 0;
        for (String raw : list(value)) {
            String code = raw.toUpperCase(Locale.ROOT);
            Place commune = places.commune(code).orElse(null);
            if (commune == null) {
                problems.add(COMMUNES + ": " + raw + " is not an INSEE commune code the places data knows");
            } else if (codes.add(code)) {
                lat += commune.position().lat();
                lon += commune.position().lon();
            }
        }
        if (codes.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(COMMUNES + " lists no commune");
            }
            return null;
        }
        return Perimeter.communes(GeoPoint.of(lat / codes.size(), lon / codes.size()), List.copyOf(codes));
    }

    private static Set<String> types(Map<String, ?> properties, String property, List<String> problems) {
        Object raw = properties.get(property);
        if (raw == null) {
            return null;
        }
        String value = String.valueOf(raw).strip();
        if (ALL.equals(value)) {
            return null;
        }
        Set<String> types = new LinkedHashSet<>();
        for (String type : list(value)) {
            if (TYPE_KEY.matcher(type).matches()) {
                types.add(type);
            } else {
                problems.add(property + ": '" + type + "' is not a type key (see entraide:types)");
            }
        }
        return types;
    }

    private static double number(Map<String, ?> properties, String property, double fallback,
            List<String> problems) {
        String value = text(properties, property);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            problems.add(property + ": '" + value + "' is not a number");
            return fallback;
        }
    }

    private static String text(Map<String, ?> properties, String property) {
        Object value = properties.get(property);
        if (value == null) {
            return null;
        }
        String text = (value instanceof String[] array ? String.join(",", array) : String.valueOf(value)).strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> list(String value) {
        return value == null ? List.of()
                : Arrays.stream(SEPARATORS.split(value.strip())).filter(s -> !s.isEmpty()).toList();
    }
}
