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
package org.entraide.api.plugin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.entraide.api.error.FieldError;
import org.entraide.api.text.Texts;

/**
 * Checks attributes against a schema, the way core does before any type's own rules: partners may
 * call it in their tests to see what core will accept.
 */
public final class Schemas {

    /** Longest TEXT value when a field sets no {@code maxLength}. */
    public static final int DEFAULT_MAX_LENGTH = 2000;

    /** The day keys of {@link FieldKind#WEEKLY_HOURS}, Monday first. */
    public static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private Schemas() {
    }

    /**
     * The keys of a checked {@link FieldKind#MULTI_CHOICE} value, for a type's own rules: empty when the value is
     * absent or not a list.
     *
     * @param value the value as {@link #check} left it in the attributes
     * @return its texts, in order
     */
    public static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof Collection) {
            for (Object item : (Collection<?>) value) {
                if (item instanceof String) {
                    strings.add((String) item);
                }
            }
        }
        return strings;
    }

    /**
     * The attributes checked and normalised (texts stripped, numbers as Double), with every problem
     * added to {@code errors} under {@code prefix + name}; unknown attributes are problems too.
     *
     * @param attributes as parsed from JSON, {@code null} for none
     * @param prefix such as {@code attributes.}
     */
    public static Map<String, Object> check(List<FieldSpec> fields, Map<String, Object> attributes, String prefix,
            List<FieldError> errors) {
        Map<String, Object> given = attributes == null ? Map.of() : attributes;
        Map<String, Object> checked = new LinkedHashMap<>();
        Set<String> known = new LinkedHashSet<>();
        for (FieldSpec field : fields) {
            known.add(field.name());
            Object value = given.get(field.name());
            if (value == null || (value instanceof String && Texts.isBlank((String) value))) {
                if (field.required()) {
                    errors.add(FieldError.of(prefix + field.name(), "required", "est obligatoire", "is required"));
                }
                continue;
            }
            int before = errors.size();
            Object normalised = value(field, value, prefix + field.name(), errors);
            if (errors.size() == before) {
                checked.put(field.name(), normalised);
            }
        }
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                errors.add(FieldError.of(prefix + name, "unknown_field", "n'est pas un attribut de ce type",
                        "is not an attribute of this type"));
            }
        }
        return checked;
    }

    private static Object value(FieldSpec field, Object value, String path, List<FieldError> errors) {
        switch (field.kind()) {
            case TEXT:
                return text(field, value, path, errors);
            case NUMBER:
                return number(field, value, path, errors);
            case BOOLEAN:
                if (value instanceof Boolean) {
                    return value;
                }
                errors.add(FieldError.of(path, "wrong_type", "doit valoir true ou false", "must be true or false"));
                return null;
            case CHOICE:
                if (value instanceof String && isChoice(field, (String) value)) {
                    return value;
                }
                errors.add(FieldError.of(path, "not_a_choice", "doit être l'une des valeurs " + keys(field),
                        "must be one of " + keys(field)));
                return null;
            case MULTI_CHOICE:
                return choices(field, value, path, errors);
            case DATE:
                return date(value, path, errors);
            case WEEKLY_HOURS:
                return hours(value, path, errors);
            case LOCATION:
                return location(value, path, errors);
            default:
                errors.add(FieldError.of(path, FieldError.INVALID, "est d'une sorte inconnue", "has an unknown kind"));
                return null;
        }
    }

    private static Object text(FieldSpec field, Object value, String path, List<FieldError> errors) {
        if (!(value instanceof String)) {
            errors.add(FieldError.of(path, "wrong_type", "doit être un texte", "must be a text"));
            return null;
        }
        String text = Texts.strip((String) value);
        int max = field.maxLength() == null ? DEFAULT_MAX_LENGTH : field.maxLength();
        if (Texts.length(text) > max) {
            errors.add(FieldError.of(path, "too_long", "doit contenir au plus " + max + " caractères",
                    "must be at most " + max + " characters"));
            return null;
        }
        if (Texts.hasForbidden(text)) {
            errors.add(FieldError.of(path, "forbidden_characters",
                    "ne doit pas contenir de caractères de contrôle", "must not contain control characters"));
            return null;
        }
        if (field.pattern() != null) {
            try {
                if (!Pattern.compile(field.pattern()).matcher(text).matches()) {
                    errors.add(FieldError.of(path, "pattern", "n'a pas la forme attendue",
                            "has not the expected form"));
                    return null;
                }
            } catch (PatternSyntaxException e) {
                errors.add(FieldError.of(path, "pattern",
                        "ne peut être vérifié : le modèle du type est défectueux",
                        "cannot be checked: the type's pattern is broken"));
                return null;
            }
        }
        return text;
    }

    private static Object number(FieldSpec field, Object value, String path, List<FieldError> errors) {
        if (!(value instanceof Number) || !Double.isFinite(((Number) value).doubleValue())) {
            errors.add(FieldError.of(path, "wrong_type", "doit être un nombre", "must be a number"));
            return null;
        }
        double number = ((Number) value).doubleValue();
        if ((field.min() != null && number < field.min()) || (field.max() != null && number > field.max())) {
            errors.add(FieldError.of(path, "out_of_range", "doit être " + frenchRange(field.min(), field.max()),
                    "must be " + range(field.min(), field.max())));
            return null;
        }
        return number;
    }

    private static Object choices(FieldSpec field, Object value, String path, List<FieldError> errors) {
        if (!(value instanceof List)) {
            errors.add(FieldError.of(path, "wrong_type", "doit être une liste parmi " + keys(field),
                    "must be an array of " + keys(field)));
            return null;
        }
        List<String> chosen = new ArrayList<>();
        for (Object item : (List<?>) value) {
            if (!(item instanceof String) || !isChoice(field, (String) item) || chosen.contains(item)) {
                errors.add(FieldError.of(path, "not_a_choice",
                        "doit être des valeurs distinctes parmi " + keys(field),
                        "must be distinct values among " + keys(field)));
                return null;
            }
            chosen.add((String) item);
        }
        int count = chosen.size();
        if ((field.min() != null && count < field.min()) || (field.max() != null && count > field.max())) {
            errors.add(FieldError.of(path, "out_of_range",
                    "doit compter " + frenchCount(field.min(), field.max()) + " valeurs",
                    "must have " + range(field.min(), field.max()) + " values"));
            return null;
        }
        return List.copyOf(chosen);
    }

    private static Object date(Object value, String path, List<FieldError> errors) {
        try {
            if (value instanceof String) {
                return LocalDate.parse((String) value).toString();
            }
        } catch (DateTimeParseException e) {
            errors.add(notADate(path));
            return null;
        }
        errors.add(notADate(path));
        return null;
    }

    private static Object hours(Object value, String path, List<FieldError> errors) {
        if (!(value instanceof Map)) {
            errors.add(FieldError.of(path, "not_opening_hours",
                    "doit être un objet des jours (mon..sun) vers [[\"09:00\",\"12:00\"]]",
                    "must be an object from day (mon..sun) to [[\"09:00\",\"12:00\"]]"));
            return null;
        }
        Map<String, Object> week = new LinkedHashMap<>();
        for (Map.Entry<?, ?> day : ((Map<?, ?>) value).entrySet()) {
            if (!DAYS.contains(day.getKey())) {
                errors.add(FieldError.of(path + "." + day.getKey(), "not_a_day",
                        "n'est pas un jour : mon, tue, ... sun", "is not a day: mon, tue, ... sun"));
                return null;
            }
            List<List<String>> intervals = intervals(day.getValue());
            if (intervals == null) {
                errors.add(FieldError.of(path + "." + day.getKey(), "not_opening_hours",
                        "doit être des plages d'ouverture telles que [[\"09:00\",\"12:00\"]], dans l'ordre,"
                                + " sans chevauchement",
                        "must be opening intervals such as [[\"09:00\",\"12:00\"]], in order, not overlapping"));
                return null;
            }
            week.put((String) day.getKey(), intervals);
        }
        return week;
    }

    private static List<List<String>> intervals(Object value) {
        if (!(value instanceof List) || ((List<?>) value).size() > 6) {
            return null;
        }
        List<List<String>> intervals = new ArrayList<>();
        LocalTime previousEnd = null;
        try {
            for (Object interval : (List<?>) value) {
                if (!(interval instanceof List) || ((List<?>) interval).size() != 2) {
                    return null;
                }
                LocalTime open = LocalTime.parse((String) ((List<?>) interval).get(0));
                LocalTime close = LocalTime.parse((String) ((List<?>) interval).get(1));
                if (!open.isBefore(close) || (previousEnd != null && open.isBefore(previousEnd))) {
                    return null;
                }
                previousEnd = close;
                intervals.add(List.of(open.toString(), close.toString()));
            }
        } catch (DateTimeParseException | ClassCastException | NullPointerException e) {
            return null;
        }
        return intervals;
    }

    private static Object location(Object value, String path, List<FieldError> errors) {
        if (value instanceof Map && ((Map<?, ?>) value).get("lat") instanceof Number
                && ((Map<?, ?>) value).get("lon") instanceof Number && ((Map<?, ?>) value).size() == 2) {
            double lat = ((Number) ((Map<?, ?>) value).get("lat")).doubleValue();
            double lon = ((Number) ((Map<?, ?>) value).get("lon")).doubleValue();
            if (Double.isFinite(lat) && Double.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                return Map.of("lat", lat, "lon", lon);
            }
        }
        errors.add(FieldError.of(path, "not_a_location", "doit être {\"lat\": -90..90, \"lon\": -180..180}",
                "must be {\"lat\": -90..90, \"lon\": -180..180}"));
        return null;
    }

    private static FieldError notADate(String path) {
        return FieldError.of(path, "not_a_date", "doit être une date telle que 2026-12-24",
                "must be a date such as 2026-12-24");
    }

    private static boolean isChoice(FieldSpec field, String key) {
        return field.choices().stream().anyMatch(c -> c.key().equals(key));
    }

    private static String keys(FieldSpec field) {
        StringBuilder keys = new StringBuilder();
        for (Choice choice : field.choices()) {
            keys.append(keys.length() == 0 ? "" : ", ").append(choice.key());
        }
        return keys.toString();
    }

    private static String range(Double min, Double max) {
        if (min == null) {
            return "at most " + bound(max);
        }
        if (max == null) {
            return "at least " + bound(min);
        }
        return "from " + bound(min) + " to " + bound(max);
    }

    private static String frenchRange(Double min, Double max) {
        if (min == null) {
            return "au plus " + bound(max);
        }
        if (max == null) {
            return "au moins " + bound(min);
        }
        return "compris entre " + bound(min) + " et " + bound(max);
    }

    private static String frenchCount(Double min, Double max) {
        if (min == null) {
            return "au plus " + bound(max);
        }
        if (max == null) {
            return "au moins " + bound(min);
        }
        return "de " + bound(min) + " à " + bound(max);
    }

    private static String bound(Double value) {
        if (value == null) {
            return "any";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
    }
}
