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
package org.entraide.actors.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entraide.services.actor.ActorChanges;
import org.entraide.services.actor.Contact;
import org.entraide.services.actor.NewActor;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.plugin.ActorContext;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.junit.Test;

/** How an actor's fields are checked and set, each test one rule of {@link ActorFields}. */
public class ActorFieldsTest {

    private static final Contact NO_CONTACT = new Contact(null, null, null);

    private final List<GeoPoint> placed = new ArrayList<>();
    private final ActorFields fields = new ActorFields(point -> {
        placed.add(point);
        return List.of(10L, 11L, 12L, 13L);
    });
    private final List<FieldError> errors = new ArrayList<>();

    @Test
    public void aNewActorIsSetStrippedAndIndexedInTheCellsOfItsPlace() {
        ActorEntity entity = new ActorEntity();

        fields.fill(entity, actor(" Épicerie solidaire ", 41.9192, 8.7386, new Contact("04 95 00 00 00",
                "contact@example.org", "https://example.org")), errors);

        assertEquals(List.of(), errors);
        assertEquals("Épicerie solidaire", entity.name);
        assertEquals(List.of(GeoPoint.of(41.9192, 8.7386)), placed);
        assertEquals(List.of(10L, 11L, 12L, 13L), List.of(entity.cell0, entity.cell1, entity.cell2, entity.cell3));
        assertEquals("04 95 00 00 00", entity.phone);
    }

    @Test
    public void aNameIsRequired() {
        fields.fill(new ActorEntity(), actor("  ", 41.9, 8.7, null), errors);

        assertErrors(List.of(new FieldError("name", "is required")), errors);
    }

    @Test
    public void aLatitudeOffTheGlobeIsRefusedAloneAndTheActorIsNotPlaced() {
        fields.fill(new ActorEntity(), actor("Épicerie", 91.0, 500.0, null), errors);

        assertErrors(List.of(new FieldError("location.lat", "must be a number from -90 to 90")), errors);
        assertEquals(List.of(), placed);
    }

    @Test
    public void aLongitudeOffTheGlobeIsRefused() {
        fields.fill(new ActorEntity(), actor("Épicerie", 41.9, Double.NaN, null), errors);

        assertErrors(List.of(new FieldError("location.lon", "must be a number from -180 to 180")), errors);
    }

    @Test
    public void aContactMustLookLikeAPhoneNumberAnEmailAddressAndAWebsite() {
        fields.fill(new ActorEntity(), actor("Épicerie", 41.9, 8.7, new Contact("call me", "contact@example",
                "www.example.org")), errors);

        assertErrors(List.of(new FieldError("contact.phone", "must be a phone number"),
                new FieldError("contact.email", "must be an email address"),
                new FieldError("contact.website", "must start with https:// or http://")), errors);
        assertEquals(List.of("not_a_phone", "not_an_email", "not_a_url"),
                errors.stream().map(FieldError::code).collect(java.util.stream.Collectors.toList()));
        assertEquals("doit commencer par https:// ou http://", errors.get(2).message("fr"));
    }

    @Test
    public void aChangeNamingNothingKeepsEveryField() {
        ActorEntity current = new ActorEntity();
        fields.fill(current, actor("Épicerie", 41.9, 8.7, new Contact(null, "contact@example.org", null)), errors);
        current.description = "Ouverte le samedi";

        fields.change(current, new ActorChanges(null, null, null, null, null, null, null), errors);

        assertEquals(List.of(), errors);
        assertEquals("Épicerie", current.name);
        assertEquals("Ouverte le samedi", current.description);
        assertEquals(GeoPoint.of(41.9, 8.7), GeoPoint.of(current.lat, current.lon));
        assertEquals("contact@example.org", current.email);
    }

    @Test
    public void aChangedContactReplacesTheWholeContact() {
        ActorEntity current = new ActorEntity();
        fields.fill(current, actor("Épicerie", 41.9, 8.7, new Contact("0495000000", "contact@example.org", null)),
                errors);

        fields.change(current, new ActorChanges(null, null, null, null, null,
                new Contact(null, null, "https://example.org"), null), errors);

        assertEquals(List.of(), errors);
        assertNull(current.phone);
        assertNull(current.email);
        assertEquals("https://example.org", current.website);
    }

    @Test
    public void aChangeGivingBothCoordinatesMovesTheActorToNewCells() {
        ActorEntity current = new ActorEntity();
        fields.fill(current, actor("Épicerie", 41.9, 8.7, null), errors);

        fields.change(current, new ActorChanges(null, null, 42.7, 9.45, null, null, null), errors);

        assertEquals(List.of(), errors);
        assertEquals(List.of(GeoPoint.of(41.9, 8.7), GeoPoint.of(42.7, 9.45)), placed);
        assertEquals(GeoPoint.of(42.7, 9.45), GeoPoint.of(current.lat, current.lon));
    }

    @Test
    public void aChangeGivingOnlyOneCoordinateIsAFieldErrorAndTheActorStaysWhereItWas() {
        ActorEntity current = new ActorEntity();
        fields.fill(current, actor("Épicerie", 41.9, 8.7, null), errors);

        fields.change(current, new ActorChanges(null, null, 42.7, null, null, null, null), errors);

        assertEquals(List.of("location.lon"), errors.stream().map(FieldError::field).collect(Collectors.toList()));
        assertEquals(GeoPoint.of(41.9, 8.7), GeoPoint.of(current.lat, current.lon));
    }

    @Test
    public void theTypeJudgesAttributesOnlyOnceTheSchemaPassesThem() {
        RecordingType type = new RecordingType();
        ActorEntity entity = new ActorEntity();
        entity.lat = 41.9;
        entity.lon = 8.7;

        ActorFields.attributes(type, Map.of("hours", 12), entity, true, errors);

        assertErrors(List.of(new FieldError("attributes.hours", "must be a text")), errors);
        assertNull(type.judged);
    }

    @Test
    public void theTypeJudgesAttributesAtTheActorsPlaceAndTheyAreStoredAsJson() {
        RecordingType type = new RecordingType();
        ActorEntity entity = new ActorEntity();
        entity.lat = 41.9;
        entity.lon = 8.7;

        String json = ActorFields.attributes(type, Map.of("hours", "9h-12h"), entity, false, errors);

        assertEquals(List.of(), errors);
        assertEquals(new ActorContext(GeoPoint.of(41.9, 8.7), false), type.judged);
        assertEquals("{\"hours\":\"9h-12h\"}", json);
    }

    @Test
    public void attributesTooLargeToStoreAreRefused() {
        Map<String, Object> large = new HashMap<>();
        large.put("hours", "x".repeat(1900));
        RecordingType type = new RecordingType();
        for (int i = 0; i < 9; i++) {
            type.extra.add(FieldSpec.of("note" + i, FieldKind.TEXT, "Note", "Note"));
            large.put("note" + i, "y".repeat(1900));
        }

        ActorFields.attributes(type, large, new ActorEntity(), true, errors);

        assertErrors(List.of(new FieldError("attributes", "are too large")), errors);
    }

    private static NewActor actor(String name, double lat, double lon, Contact contact) {
        return new NewActor("association", name, null, lat, lon, null, contact == null ? NO_CONTACT : contact,
                Map.of());
    }

    /** A type with one optional text attribute, and more when a test adds them, remembering how it was asked. */
    private static final class RecordingType implements ActorType {

        final List<FieldSpec> extra = new ArrayList<>();
        ActorContext judged;

        @Override
        public String key() {
            return "association";
        }

        @Override
        public Map<String, String> names() {
            return Map.of("fr", "Association", "en", "Association");
        }

        @Override
        public List<FieldSpec> fields() {
            List<FieldSpec> all = new ArrayList<>(List.of(FieldSpec.of("hours", FieldKind.TEXT, "Horaires", "Hours")));
            all.addAll(extra);
            return all;
        }

        @Override
        public void validate(Map<String, Object> attributes, ActorContext context, List<FieldError> errors) {
            judged = context;
        }
    }

    /** Compares errors by field and English message (codes are asserted where they matter). */
    private static void assertErrors(List<FieldError> expected, List<FieldError> actual) {
        org.junit.Assert.assertEquals(expected.stream().map(e -> e.field() + ": " + e.message())
                .collect(java.util.stream.Collectors.toList()), actual.stream().map(e -> e.field() + ": " + e.message())
                .collect(java.util.stream.Collectors.toList()));
    }

    private static void assertError(FieldError expected, FieldError actual) {
        assertErrors(List.of(expected), List.of(actual));
    }
}
