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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entraide.api.error.FieldError;
import org.junit.Test;

/** What core accepts, normalises and refuses when it checks attributes against a type's schema. */
public class SchemasTest {

    private static final FieldSpec TEXT = FieldSpec.of("title", FieldKind.TEXT, "Titre", "Title");
    private static final FieldSpec SHORT_TEXT = TEXT.withMaxLength(5);
    private static final FieldSpec RNA = FieldSpec.of("rna", FieldKind.TEXT, "RNA", "RNA").withPattern("W\\d{9}");
    private static final FieldSpec RADIUS = FieldSpec.of("radiusKm", FieldKind.NUMBER, "Rayon", "Radius")
            .withBounds(0.5, 50.0);
    private static final FieldSpec NUMBER = FieldSpec.of("count", FieldKind.NUMBER, "Nombre", "Count");
    private static final FieldSpec FLAG = FieldSpec.of("volunteers", FieldKind.BOOLEAN, "Bénévoles", "Volunteers");
    private static final List<Choice> ITEMS = List.of(Choice.of("food", "Alimentation", "Food"),
            Choice.of("books", "Livres", "Books"), Choice.of("toys", "Jouets", "Toys"));
    private static final FieldSpec CHOICE = FieldSpec.of("item", FieldKind.CHOICE, "Article", "Item")
            .withChoices(ITEMS);
    private static final FieldSpec CHOICES = FieldSpec.of("items", FieldKind.MULTI_CHOICE, "Articles", "Items")
            .withChoices(ITEMS);
    private static final FieldSpec ONE_OR_TWO = CHOICES.withBounds(1.0, 2.0);
    private static final FieldSpec DATE = FieldSpec.of("since", FieldKind.DATE, "Depuis", "Since");
    private static final FieldSpec HOURS = FieldSpec.of("hours", FieldKind.WEEKLY_HOURS, "Horaires", "Hours");
    private static final FieldSpec PLACE = FieldSpec.of("place", FieldKind.LOCATION, "Lieu", "Place");

    @Test
    public void textsAreStrippedAndKept() {
        assertEquals("Boîte à dons de la mairie", accepted(TEXT, "  Boîte à dons de la mairie \n"));
        assertEquals("Ligne 1\nLigne 2\tfin", accepted(TEXT, "Ligne 1\nLigne 2\tfin"));
    }

    @Test
    public void textsAreAtMostTheirMaximumLengthInUtf16UnitsAsTheDatabasesCount() {
        assertEquals("Corse", accepted(SHORT_TEXT, "  Corse  "));
        assertEquals("é😀😀", accepted(SHORT_TEXT, "é😀😀"));
        assertEquals("must be at most 5 characters", refused(SHORT_TEXT, "😀😀😀").message());
        assertEquals("must be at most 5 characters", refused(SHORT_TEXT, "ab😀😀").message());
        assertEquals("must be at most 5 characters", refused(SHORT_TEXT, "Ajaccio").message());
    }

    @Test
    public void textsWithoutAMaximumAreAtMostTwoThousandCharacters() {
        assertEquals(Schemas.DEFAULT_MAX_LENGTH, ((String) accepted(TEXT, "a".repeat(2000))).length());
        assertEquals("must be at most 2000 characters", refused(TEXT, "a".repeat(2001)).message());
    }

    @Test
    public void textsWithControlCharactersOtherThanLineBreaksAndTabsAreRefused() {
        for (String text : List.of("a\u0000b", "bip\u0007", "\u001b[31mrouge", "a\u007fb", "a\u0085b")) {
            assertEquals(text, "must not contain control characters", refused(TEXT, text).message());
        }
    }

    @Test
    public void textsMustBeStrings() {
        for (Object value : List.of(42, true, List.of("a"), Map.of("a", "b"))) {
            assertEquals("must be a text", refused(TEXT, value).message());
        }
    }

    @Test
    public void textsWithAPatternMustMatchItEntirelyOnceStripped() {
        assertEquals("W123456789", accepted(RNA, " W123456789 "));
        for (String text : List.of("W12345678", "W1234567890", "xW123456789", "w123456789")) {
            assertEquals(text, "has not the expected form", refused(RNA, text).message());
        }
    }

    @Test
    public void aBrokenPatternRefusesTheValueInsteadOfFailing() {
        FieldSpec broken = TEXT.withPattern("([a-z");
        assertEquals("cannot be checked: the type's pattern is broken", refused(broken, "abc").message());
    }

    @Test
    public void numbersOfEveryJavaTypeBecomeDoubles() {
        for (Object value : List.of(12, 12L, 12.0, 12.0f, (short) 12, new BigDecimal("12"))) {
            Object number = accepted(NUMBER, value);
            assertEquals(Double.class, number.getClass());
            assertEquals(12.0, number);
        }
        assertEquals(-3.25, accepted(NUMBER, -3.25));
    }

    @Test
    public void numbersWithinTheirBoundsAreAcceptedBoundsIncluded() {
        assertEquals(0.5, accepted(RADIUS, 0.5));
        assertEquals(50.0, accepted(RADIUS, 50));
        assertEquals(12.0, accepted(RADIUS, 12));
    }

    @Test
    public void numbersOutOfTheirBoundsAreRefusedNamingTheBounds() {
        for (Object value : List.of(0.49, 0, -1, 50.0001, 51, 1e9)) {
            assertEquals(value.toString(), "must be from 0.5 to 50", refused(RADIUS, value).message());
        }
        FieldSpec positive = NUMBER.withBounds(0.0, null);
        assertEquals(1e12, accepted(positive, 1e12));
        assertFalse(refused(positive, -0.01).message().isBlank());
        FieldSpec atMostTen = NUMBER.withBounds(null, 10.0);
        assertEquals(-1e12, accepted(atMostTen, -1e12));
        assertFalse(refused(atMostTen, 10.5).message().isBlank());
    }

    @Test
    public void numbersMustBeFiniteNumbersNotTexts() {
        for (Object value : List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Float.NaN,
                "12", "douze", true, List.of(12), new BigDecimal("1e400"))) {
            assertEquals(value.toString(), "must be a number", refused(NUMBER, value).message());
        }
    }

    @Test
    public void booleansAreTrueOrFalseAndFalseIsAValue() {
        assertEquals(true, accepted(FLAG, true));
        assertEquals(false, accepted(FLAG, false));
        assertEquals(false, accepted(FLAG.asRequired(), false));
        for (Object value : List.of("true", "oui", 1, 0)) {
            assertEquals(value.toString(), "must be true or false", refused(FLAG, value).message());
        }
    }

    @Test
    public void aChoiceIsOneOfTheKeysNotALabel() {
        assertEquals("books", accepted(CHOICE, "books"));
        for (Object value : List.of("Livres", "Books", "BOOKS", "clothes", 1, List.of("books"))) {
            assertEquals(value.toString(), "must be one of food, books, toys", refused(CHOICE, value).message());
        }
    }

    @Test
    public void aChoiceIsNotStripped() {
        assertEquals("must be one of food, books, toys", refused(CHOICE, " books").message());
    }

    @Test
    public void multipleChoicesAreDistinctKeysInTheirOrder() {
        List<String> given = new ArrayList<>(List.of("toys", "food"));
        Object checked = accepted(CHOICES, given);
        assertEquals(List.of("toys", "food"), checked);
        assertNotSame(given, checked);
        given.add("books");
        assertEquals(List.of("toys", "food"), checked);
        assertEquals(List.of(), accepted(CHOICES, List.of()));
    }

    @Test
    public void multipleChoicesWithAnUnknownARepeatedOrANullKeyAreRefused() {
        for (List<?> value : List.of(List.of("food", "clothes"), List.of("food", "food"), List.of("Food"),
                List.of(1), Arrays.asList("food", null))) {
            assertEquals(value.toString(), "must be distinct values among food, books, toys",
                    refused(CHOICES, value).message());
        }
    }

    @Test
    public void multipleChoicesMustBeAnArray() {
        for (Object value : List.of("food", Map.of("food", true), 3)) {
            assertEquals("must be an array of food, books, toys", refused(CHOICES, value).message());
        }
    }

    @Test
    public void theNumberOfChoicesIsWithinTheBounds() {
        assertEquals(List.of("food"), accepted(ONE_OR_TWO, List.of("food")));
        assertEquals(List.of("food", "toys"), accepted(ONE_OR_TWO, List.of("food", "toys")));
        assertEquals("must have from 1 to 2 values", refused(ONE_OR_TWO, List.of()).message());
        assertEquals("must have from 1 to 2 values", refused(ONE_OR_TWO, List.of("food", "toys", "books")).message());
    }

    @Test
    public void datesAreIsoCalendarDates() {
        assertEquals("2026-12-24", accepted(DATE, "2026-12-24"));
        assertEquals("2024-02-29", accepted(DATE, "2024-02-29"));
    }

    @Test
    public void datesThatDoNotExistOrAreNotIsoAreRefused() {
        for (Object value : List.of("2026-02-29", "2026-02-30", "2026-13-01", "24/12/2026", "2026-12-24T10:00",
                "2026-1-5", "demain", 20261224, List.of(2026, 12, 24))) {
            assertEquals(value.toString(), "must be a date such as 2026-12-24", refused(DATE, value).message());
        }
    }

    @Test
    public void weeklyHoursAreNormalisedAndAClosedDayIsEmpty() {
        Map<String, Object> week = new LinkedHashMap<>();
        week.put("mon", List.of(List.of("08:30", "12:00"), List.of("14:00:00", "18:30")));
        week.put("sat", List.of(List.of("09:00", "12:00")));
        week.put("sun", List.of());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("mon", List.of(List.of("08:30", "12:00"), List.of("14:00", "18:30")));
        expected.put("sat", List.of(List.of("09:00", "12:00")));
        expected.put("sun", List.of());
        assertEquals(expected, accepted(HOURS, week));
    }

    @Test
    public void intervalsThatTouchAreAccepted() {
        assertEquals(Map.of("tue", List.of(List.of("09:00", "12:00"), List.of("12:00", "14:00"))),
                accepted(HOURS, Map.of("tue", List.of(List.of("09:00", "12:00"), List.of("12:00", "14:00")))));
        assertEquals(Map.of("wed", List.of(List.of("00:00", "23:59"))),
                accepted(HOURS, Map.of("wed", List.of(List.of("00:00", "23:59")))));
    }

    @Test
    public void intervalsOutOfOrderOrOverlappingAreRefusedOnTheirDay() {
        assertHoursRefusedOn("fri", List.of(List.of("14:00", "18:00"), List.of("09:00", "12:00")));
        assertHoursRefusedOn("fri", List.of(List.of("09:00", "12:30"), List.of("12:00", "14:00")));
        assertHoursRefusedOn("fri", List.of(List.of("09:00", "18:00"), List.of("10:00", "11:00")));
        assertHoursRefusedOn("fri", List.of(List.of("09:00", "12:00"), List.of("09:00", "12:00")));
    }

    @Test
    public void anIntervalOpensBeforeItClosesOnTheSameDay() {
        assertHoursRefusedOn("sat", List.of(List.of("12:00", "12:00")));
        assertHoursRefusedOn("sat", List.of(List.of("18:00", "09:00")));
        assertHoursRefusedOn("sat", List.of(List.of("22:00", "02:00")));
        assertHoursRefusedOn("sat", List.of(List.of("18:00", "24:00")));
    }

    @Test
    public void intervalsMustBePairsOfTimes() {
        assertHoursRefusedOn("mon", List.of(List.of("9:00", "12:00")));
        assertHoursRefusedOn("mon", List.of(List.of("09h00", "12h00")));
        assertHoursRefusedOn("mon", List.of(List.of(900, 1200)));
        assertHoursRefusedOn("mon", List.of(List.of("09:00", "12:00", "14:00")));
        assertHoursRefusedOn("mon", List.of(List.of("09:00")));
        assertHoursRefusedOn("mon", List.of("09:00-12:00"));
        assertHoursRefusedOn("mon", "09:00-12:00");
        assertHoursRefusedOn("mon", Map.of("open", "09:00", "close", "12:00"));
    }

    @Test
    public void anIntervalWithAMissingTimeIsRefusedNotAFailure() {
        assertHoursRefusedOn("mon", List.of(Arrays.asList(null, "12:00")));
        assertHoursRefusedOn("mon", List.of(Arrays.asList("09:00", null)));
        assertHoursRefusedOn("mon", Arrays.asList(List.of("09:00", "12:00"), null));
        assertHoursRefusedOn("mon", null);
    }

    @Test
    public void aDayHasAtMostSixIntervals() {
        List<List<String>> six = new ArrayList<>();
        for (int hour = 8; hour < 20; hour += 2) {
            six.add(List.of(String.format("%02d:00", hour), String.format("%02d:30", hour)));
        }
        assertEquals(Map.of("thu", six), accepted(HOURS, Map.of("thu", six)));
        List<List<String>> seven = new ArrayList<>(six);
        seven.add(List.of("21:00", "22:00"));
        assertHoursRefusedOn("thu", seven);
    }

    @Test
    public void weeklyHoursAreKeyedByDayKeys() {
        for (String day : List.of("monday", "lundi", "Mon", "")) {
            FieldError error = only(check(HOURS, Map.of(day, List.of())));
            assertEquals("attributes.hours." + day, error.field());
            assertEquals("is not a day: mon, tue, ... sun", error.message());
        }
        for (String day : Schemas.DAYS) {
            assertEquals(Map.of(day, List.of()), accepted(HOURS, Map.of(day, List.of())));
        }
    }

    @Test
    public void weeklyHoursMustBeAnObject() {
        for (Object value : List.of(List.of(List.of("09:00", "12:00")), "lun-ven 9h-12h", 24)) {
            FieldError error = refused(HOURS, value);
            assertTrue(error.message(), error.message().startsWith("must be an object from day"));
        }
    }

    @Test
    public void aWeekWithOneWrongDayIsNotStoredAtAll() {
        Map<String, Object> week = new LinkedHashMap<>();
        week.put("mon", List.of(List.of("09:00", "12:00")));
        week.put("tue", List.of(List.of("12:00", "09:00")));
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(List.of(HOURS), Map.of("hours", week), "attributes.", errors);
        assertEquals(Map.of(), checked);
        assertEquals("attributes.hours.tue", only(errors).field());
    }

    @Test
    public void locationsAreLatitudeAndLongitudeAsDoubles() {
        assertEquals(Map.of("lat", 41.92, "lon", 8.74), accepted(PLACE, Map.of("lat", 41.92, "lon", 8.74)));
        assertEquals(Map.of("lat", 42.0, "lon", 9.0), accepted(PLACE, Map.of("lat", 42, "lon", 9L)));
        assertEquals(Map.of("lat", -21.0, "lon", 55.5), accepted(PLACE, Map.of("lat", -21, "lon", 55.5)));
    }

    @Test
    public void locationsAtTheEdgesOfTheWorldAreAccepted() {
        for (double[] edge : new double[][] {{90, 180}, {-90, -180}, {0, 0}, {90, -180}, {-90, 180}}) {
            assertEquals(Map.of("lat", edge[0], "lon", edge[1]),
                    accepted(PLACE, Map.of("lat", edge[0], "lon", edge[1])));
        }
    }

    @Test
    public void locationsOutOfRangeAreRefused() {
        String message = "must be {\"lat\": -90..90, \"lon\": -180..180}";
        for (double[] wrong : new double[][] {{90.0001, 0}, {-90.5, 0}, {0, 180.01}, {0, -181}, {91, 181},
            {Double.NaN, 8.74}, {41.92, Double.NaN}, {Double.POSITIVE_INFINITY, 0}, {0, Double.NEGATIVE_INFINITY}}) {
            assertEquals(Arrays.toString(wrong), message,
                    refused(PLACE, Map.of("lat", wrong[0], "lon", wrong[1])).message());
        }
    }

    @Test
    public void locationsMustBeExactlyLatAndLonNumbers() {
        String message = "must be {\"lat\": -90..90, \"lon\": -180..180}";
        for (Object wrong : List.of(Map.of("lat", 41.92), Map.of("lon", 8.74), Map.of(),
                Map.of("lat", 41.92, "lon", 8.74, "alt", 12), Map.of("lat", "41.92", "lon", "8.74"),
                Map.of("latitude", 41.92, "longitude", 8.74), "41.92,8.74", List.of(41.92, 8.74))) {
            assertEquals(wrong.toString(), message, refused(PLACE, wrong).message());
        }
    }

    @Test
    public void aMissingRequiredAttributeOfEveryKindIsRequired() {
        for (FieldSpec field : List.of(TEXT, NUMBER, FLAG, CHOICE, CHOICES, DATE, HOURS, PLACE)) {
            FieldSpec required = field.asRequired();
            Map<String, Object> absent = new HashMap<>();
            assertEquals(List.of(required("attributes." + field.name())),
                    errors(required, absent));
            absent.put(field.name(), null);
            assertEquals(List.of(required("attributes." + field.name())),
                    errors(required, absent));
            assertEquals(List.of(required("attributes." + field.name())),
                    errors(required, Map.of(field.name(), "  \n ")));
        }
    }

    @Test
    public void aMissingOptionalAttributeIsLeftOut() {
        for (FieldSpec field : List.of(TEXT, NUMBER, FLAG, CHOICE, CHOICES, DATE, HOURS, PLACE)) {
            Map<String, Object> absent = new HashMap<>();
            absent.put(field.name(), null);
            List<FieldError> errors = new ArrayList<>();
            assertEquals(Map.of(), Schemas.check(List.of(field), absent, "attributes.", errors));
            assertEquals(Map.of(), Schemas.check(List.of(field), Map.of(field.name(), ""), "attributes.", errors));
            assertEquals(Map.of(), Schemas.check(List.of(field), Map.of(), "attributes.", errors));
            assertEquals(List.of(), errors);
        }
    }

    @Test
    public void noAttributesAtAllIsEmpty() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(Map.of(), Schemas.check(List.of(TEXT, NUMBER), null, "attributes.", errors));
        assertEquals(List.of(), errors);
        assertEquals(Map.of(), Schemas.check(List.of(TEXT.asRequired(), NUMBER), null, "attributes.", errors));
        assertEquals(List.of(required("attributes.title")), errors);
    }

    @Test
    public void unknownAttributesAreRefusedEachByName() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("title", "Épicerie");
        attributes.put("colour", "vert");
        attributes.put("Title", "Épicerie");
        attributes.put("empty", null);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(List.of(TEXT), attributes, "attributes.", errors);
        assertEquals(Map.of("title", "Épicerie"), checked);
        assertEquals(List.of(FieldError.of("attributes.colour", "unknown_field", "n'est pas un attribut de ce type",
                        "is not an attribute of this type"),
                FieldError.of("attributes.Title", "unknown_field", "n'est pas un attribut de ce type",
                        "is not an attribute of this type"),
                FieldError.of("attributes.empty", "unknown_field", "n'est pas un attribut de ce type",
                        "is not an attribute of this type")), errors);
    }

    @Test
    public void everyProblemIsReportedAtOnceUnderThePrefixAndTheGoodValuesAreKept() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("title", "  Épicerie du village ");
        attributes.put("radiusKm", 80);
        attributes.put("item", "books");
        attributes.put("since", "hier");
        attributes.put("siret", "123");
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(List.of(TEXT, RADIUS, CHOICE, DATE, FLAG.asRequired()),
                attributes, "participation.", errors);
        assertEquals(List.of("title", "item"), new ArrayList<>(checked.keySet()));
        assertEquals("Épicerie du village", checked.get("title"));
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.field()));
        assertEquals(List.of("participation.radiusKm", "participation.since", "participation.volunteers",
                "participation.siret"), fields);
    }

    @Test
    public void errorsAreAddedToThoseAlreadyThere() {
        List<FieldError> errors = new ArrayList<>(List.of(required("title")));
        Schemas.check(List.of(RADIUS), Map.of("radiusKm", 0), "attributes.", errors);
        assertEquals(2, errors.size());
        assertEquals("title", errors.get(0).field());
        assertEquals("attributes.radiusKm", errors.get(1).field());
    }

    @Test
    public void theCheckedAttributesFollowTheSchemaOrderAndTheGivenOnesAreUntouched() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("count", 3);
        attributes.put("title", " Boîte ");
        Map<String, Object> copy = new LinkedHashMap<>(attributes);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(List.of(TEXT, NUMBER), attributes, "attributes.", errors);
        assertEquals(List.of("title", "count"), new ArrayList<>(checked.keySet()));
        assertEquals(copy, attributes);
        assertEquals(List.of(), errors);
    }

    private static void assertHoursRefusedOn(String day, Object intervals) {
        Map<String, Object> week = new HashMap<>();
        week.put(day, intervals);
        FieldError error = only(check(HOURS, week));
        assertEquals(String.valueOf(intervals), "attributes.hours." + day, error.field());
        assertEquals("must be opening intervals such as [[\"09:00\",\"12:00\"]], in order, not overlapping",
                error.message());
    }

    /** The value once checked, asserting that it is accepted. */
    private static Object accepted(FieldSpec field, Object value) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(List.of(field), Map.of(field.name(), value), "attributes.",
                errors);
        assertEquals(String.valueOf(value), List.of(), errors);
        assertEquals(List.of(field.name()), new ArrayList<>(checked.keySet()));
        return checked.get(field.name());
    }

    /** The one error about a value, asserting that it names the field and that the value is not kept. */
    private static FieldError refused(FieldSpec field, Object value) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(List.of(field), Map.of(field.name(), value), "attributes.",
                errors);
        assertEquals(String.valueOf(value), Map.of(), checked);
        FieldError error = only(errors);
        assertEquals("attributes." + field.name(), error.field());
        return error;
    }

    private static List<FieldError> check(FieldSpec field, Object value) {
        List<FieldError> errors = new ArrayList<>();
        Schemas.check(List.of(field), Map.of(field.name(), value), "attributes.", errors);
        return errors;
    }

    private static List<FieldError> errors(FieldSpec field, Map<String, Object> attributes) {
        List<FieldError> errors = new ArrayList<>();
        Schemas.check(List.of(field), attributes, "attributes.", errors);
        return errors;
    }

    private static FieldError required(String field) {
        return FieldError.of(field, "required", "est obligatoire", "is required");
    }

    private static FieldError only(List<FieldError> errors) {
        assertEquals(errors.toString(), 1, errors.size());
        return errors.get(0);
    }
}
