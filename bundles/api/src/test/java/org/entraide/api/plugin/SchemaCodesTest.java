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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entraide.api.error.FieldError;
import org.junit.Test;

/** Every rule of {@link Schemas#check} refuses with its stable code, in French and in English. */
public class SchemaCodesTest {

    private static final FieldSpec TEXT = FieldSpec.of("title", FieldKind.TEXT, "Titre", "Title").withMaxLength(5);
    private static final FieldSpec RNA = FieldSpec.of("rna", FieldKind.TEXT, "RNA", "RNA").withPattern("W\\d{9}");
    private static final FieldSpec BROKEN = FieldSpec.of("code", FieldKind.TEXT, "Code", "Code").withPattern("(");
    private static final FieldSpec NUMBER = FieldSpec.of("n", FieldKind.NUMBER, "N", "N");
    private static final FieldSpec FLAG = FieldSpec.of("flag", FieldKind.BOOLEAN, "Drapeau", "Flag");
    private static final List<Choice> DAYS = List.of(Choice.of("sat", "Samedi", "Saturday"),
            Choice.of("sun", "Dimanche", "Sunday"));
    private static final FieldSpec CHOICE = FieldSpec.of("day", FieldKind.CHOICE, "Jour", "Day").withChoices(DAYS);
    private static final FieldSpec MULTI = FieldSpec.of("days", FieldKind.MULTI_CHOICE, "Jours", "Days")
            .withChoices(DAYS).withBounds(1.0, 1.0);
    private static final FieldSpec DATE = FieldSpec.of("on", FieldKind.DATE, "Le", "On");
    private static final FieldSpec HOURS = FieldSpec.of("hours", FieldKind.WEEKLY_HOURS, "Horaires", "Hours");
    private static final FieldSpec PLACE = FieldSpec.of("place", FieldKind.LOCATION, "Lieu", "Place");

    @Test
    public void required() {
        assertRefused(TEXT.asRequired(), " ", "attributes.title", "required", "est obligatoire", "is required");
    }

    @Test
    public void unknownAttribute() {
        List<FieldError> errors = new ArrayList<>();
        Schemas.check(List.of(TEXT), Map.of("colour", "red"), "attributes.", errors);
        assertEquals(List.of(FieldError.of("attributes.colour", "unknown_field", "n'est pas un attribut de ce type",
                "is not an attribute of this type")), errors);
    }

    @Test
    public void texts() {
        assertRefused(TEXT, 12, "attributes.title", "wrong_type", "doit être un texte", "must be a text");
        assertRefused(TEXT, "abcdef", "attributes.title", "too_long", "doit contenir au plus 5 caractères",
                "must be at most 5 characters");
        assertRefused(TEXT, "a\u0000b", "attributes.title", "forbidden_characters",
                "ne doit pas contenir de caractères de contrôle", "must not contain control characters");
        assertRefused(RNA, "X123", "attributes.rna", "pattern", "n'a pas la forme attendue",
                "has not the expected form");
        assertRefused(BROKEN, "x", "attributes.code", "pattern",
                "ne peut être vérifié : le modèle du type est défectueux",
                "cannot be checked: the type's pattern is broken");
    }

    @Test
    public void numbers() {
        assertRefused(NUMBER, "3", "attributes.n", "wrong_type", "doit être un nombre", "must be a number");
        assertRefused(NUMBER.withBounds(1.0, 5.0), 6, "attributes.n", "out_of_range", "doit être compris entre 1 et 5",
                "must be from 1 to 5");
        assertRefused(NUMBER.withBounds(null, 2.5), 6, "attributes.n", "out_of_range", "doit être au plus 2.5",
                "must be at most 2.5");
        assertRefused(NUMBER.withBounds(1.0, null), 0, "attributes.n", "out_of_range", "doit être au moins 1",
                "must be at least 1");
    }

    @Test
    public void booleansAndChoices() {
        assertRefused(FLAG, "yes", "attributes.flag", "wrong_type", "doit valoir true ou false",
                "must be true or false");
        assertRefused(CHOICE, "mon", "attributes.day", "not_a_choice", "doit être l'une des valeurs sat, sun",
                "must be one of sat, sun");
        assertRefused(MULTI, "sat", "attributes.days", "wrong_type", "doit être une liste parmi sat, sun",
                "must be an array of sat, sun");
        assertRefused(MULTI, List.of("sat", "sat"), "attributes.days", "not_a_choice",
                "doit être des valeurs distinctes parmi sat, sun", "must be distinct values among sat, sun");
        assertRefused(MULTI, List.of("sat", "sun"), "attributes.days", "out_of_range", "doit compter de 1 à 1 valeurs",
                "must have from 1 to 1 values");
    }

    @Test
    public void datesHoursAndPlaces() {
        assertRefused(DATE, "24/12/2026", "attributes.on", "not_a_date", "doit être une date telle que 2026-12-24",
                "must be a date such as 2026-12-24");
        assertRefused(DATE, 3, "attributes.on", "not_a_date", "doit être une date telle que 2026-12-24",
                "must be a date such as 2026-12-24");
        assertEquals("not_opening_hours", refusal(HOURS, "9-12", "attributes.hours").code());
        assertEquals("not_a_day", refusal(HOURS, Map.of("lundi", List.of()), "attributes.hours.lundi").code());
        FieldError overlap = refusal(HOURS, Map.of("mon", List.of(List.of("12:00", "09:00"))), "attributes.hours.mon");
        assertEquals("not_opening_hours", overlap.code());
        assertEquals("doit être des plages d'ouverture telles que [[\"09:00\",\"12:00\"]], dans l'ordre, sans"
                + " chevauchement", overlap.message("fr"));
        Map<String, Object> offGlobe = new HashMap<>();
        offGlobe.put("lat", 91);
        offGlobe.put("lon", 0);
        assertRefused(PLACE, offGlobe, "attributes.place", "not_a_location",
                "doit être {\"lat\": -90..90, \"lon\": -180..180}", "must be {\"lat\": -90..90, \"lon\": -180..180}");
    }

    private static void assertRefused(FieldSpec field, Object value, String path, String code, String french,
            String english) {
        FieldError error = refusal(field, value, path);
        assertEquals(code, error.code());
        assertEquals(french, error.message("fr"));
        assertEquals(english, error.message("en"));
        assertEquals(english, error.message());
    }

    private static FieldError refusal(FieldSpec field, Object value, String path) {
        List<FieldError> errors = new ArrayList<>();
        Schemas.check(List.of(field), Map.of(field.name(), value), "attributes.", errors);
        assertEquals(errors.toString(), 1, errors.size());
        assertEquals(path, errors.get(0).field());
        return errors.get(0);
    }
}
