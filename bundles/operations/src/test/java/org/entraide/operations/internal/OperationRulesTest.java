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
package org.entraide.operations.internal;

import static java.util.stream.Collectors.toList;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.ParticipationContext;
import org.entraide.api.plugin.Schemas;
import org.junit.Test;

/** The rules of operations, each test one decision of {@link OperationServiceImpl}. */
public class OperationRulesTest {

    private static final GeoPoint AJACCIO = GeoPoint.of(41.9192, 8.7386);
    private static final Instant NINE = Instant.parse("2026-05-02T09:00:00Z");
    private static final Instant NOON = Instant.parse("2026-05-02T12:00:00Z");

    private final List<FieldError> errors = new ArrayList<>();

    @Test
    public void aNewOperationIsPublishedUnlessItAsksToBeADraft() {
        assertEquals("PUBLISHED", OperationRules.initialStatus(null, errors));
        assertEquals("DRAFT", OperationRules.initialStatus("DRAFT", errors));
        assertEquals(List.of(), errors);
    }

    @Test
    public void aNewOperationCannotStartClosed() {
        OperationRules.initialStatus("CLOSED", errors);

        assertErrors(List.of(new FieldError("status", "must be DRAFT or PUBLISHED")), errors);
    }

    @Test
    public void aChangeKeepsTheStatusUnlessItNamesAnother() {
        assertEquals("DRAFT", OperationRules.nextStatus("DRAFT", null, errors));
        assertEquals("CLOSED", OperationRules.nextStatus("PUBLISHED", "CLOSED", errors));
        assertEquals("DRAFT", OperationRules.nextStatus("CLOSED", "DRAFT", errors));
        assertEquals(List.of(), errors);
    }

    @Test
    public void aChangeToAnUnknownStatusIsRefused() {
        OperationRules.nextStatus("PUBLISHED", "ARCHIVED", errors);

        assertErrors(List.of(new FieldError("status", "must be DRAFT, PUBLISHED or CLOSED")), errors);
    }

    @Test
    public void anOperationMustEndAfterItStarts() {
        OperationRules.checkDates(NINE, NOON, errors);
        OperationRules.checkDates(NINE, null, errors);
        OperationRules.checkDates(null, NINE, errors);
        assertEquals(List.of(), errors);

        OperationRules.checkDates(NOON, NINE, errors);
        OperationRules.checkDates(NINE, NINE, errors);
        assertEquals(2, errors.size());
        assertError(new FieldError("endsAt", "must be after startsAt"), errors.get(0));
    }

    @Test
    public void onlyTheDescriptionAndTheDatesCanBeRemovedAndOthersAreNamedInOrder() {
        OperationRules.checkCleared(Set.of("title", "description", "startsAt", "endsAt", "status"), errors);

        assertErrors(List.of(new FieldError("status", "cannot be removed"), new FieldError("title",
                "cannot be removed")), errors);
    }

    @Test
    public void withoutCoordinatesTheOperationKeepsItsPlace() {
        assertSame(AJACCIO, OperationRules.location(null, null, AJACCIO, errors));
        assertEquals(List.of(), errors);
    }

    @Test
    public void aPlaceNeedsBothCoordinatesOnTheGlobe() {
        assertNull(OperationRules.location(42.0, null, AJACCIO, errors));
        assertNull(OperationRules.location(null, 8.7, AJACCIO, errors));
        assertNull(OperationRules.location(91.0, 8.7, AJACCIO, errors));
        assertNull(OperationRules.location(42.0, Double.NaN, AJACCIO, errors));
        assertEquals(GeoPoint.of(42.0, 8.7), OperationRules.location(42.0, 8.7, AJACCIO, errors));

        assertErrors(List.of(new FieldError("location.lon", "must be a number from -180 to 180"),
                new FieldError("location.lat", "must be a number from -90 to 90"),
                new FieldError("location.lat", "must be a number from -90 to 90"),
                new FieldError("location.lon", "must be a number from -180 to 180")), errors);
        assertEquals("out_of_range", errors.get(0).code());
        assertEquals("doit être un nombre de -180 à 180", errors.get(0).message("fr"));
    }

    @Test
    public void aDraftIsShownOnlyToTheActorsManagers() {
        assertTrue(OperationRules.shown("DRAFT", () -> true));
        assertFalse(OperationRules.shown("DRAFT", () -> false));
    }

    @Test
    public void aPublishedOrClosedOperationIsShownWithoutAskingWhoManagesIt() {
        assertTrue(OperationRules.shown("PUBLISHED", OperationRulesTest::notAsked));
        assertTrue(OperationRules.shown("CLOSED", OperationRulesTest::notAsked));
    }

    @Test
    public void anOperationWhoseTypeIsGoneIsReadOnly() {
        ConflictException refused = assertThrows(ConflictException.class, () -> OperationRules.installed(null));

        assertTrue(refused.getMessage(), refused.getMessage().contains("read-only"));
    }

    @Test
    public void onlyAPublishedOperationReceivesParticipations() {
        OperationRules.checkOpen("PUBLISHED");

        assertThrows(ConflictException.class, () -> OperationRules.checkOpen("DRAFT"));
        assertThrows(ConflictException.class, () -> OperationRules.checkOpen("CLOSED"));
    }

    @Test
    public void aManagerAcceptsOrDeclinesAParticipationAndNothingElse() {
        OperationRules.checkDecision("ACCEPTED");
        OperationRules.checkDecision("DECLINED");

        ValidationException refused = assertThrows(ValidationException.class,
                () -> OperationRules.checkDecision("RECEIVED"));
        assertErrors(List.of(new FieldError("status", "must be ACCEPTED or DECLINED")), refused.errors());
    }

    @Test
    public void attributesAreJudgedAgainWhenTheOperationMovesOrTheyAreReplaced() {
        assertTrue(OperationRules.rechecksAttributes(AJACCIO, true, false));
        assertTrue(OperationRules.rechecksAttributes(AJACCIO, false, true));
        assertFalse(OperationRules.rechecksAttributes(AJACCIO, false, false));
    }

    @Test
    public void attributesAreNotJudgedWhenTheNewPlaceIsRefused() {
        assertFalse(OperationRules.rechecksAttributes(null, false, true));
    }

    @Test
    public void theTypeJudgesOnlyAttributesThatPassItsSchemaWithTheActorsAndTheOperationsPlaces() {
        RecordingType type = new RecordingType();
        OperationContext context = new OperationContext("shop", AJACCIO, GeoPoint.of(41.93, 8.74));

        OperationRules.checkedAttributes(type, Map.of("zone", 3), context, errors);
        assertErrors(List.of(new FieldError("attributes.zone", "must be a text")), errors);
        assertNull("a type never sees attributes its schema refuses", type.judged);

        errors.clear();
        Map<String, Object> checked = OperationRules.checkedAttributes(type, Map.of("zone", "Sagone"), context,
                errors);
        assertEquals(Map.of("zone", "Sagone"), checked);
        assertSame(context, type.judged);
    }

    @Test
    public void aParticipationIsJudgedByTheTypeOnlyOnceItPassesTheSchemaAndOnlyThenIsItsContextLookedUp() {
        RecordingType type = new RecordingType();

        OperationRules.checkedParticipation(type, Map.of(), Map.of(), () -> {
            throw new AssertionError("the context was looked up");
        }, errors);
        assertErrors(List.of(new FieldError("attributes.guests", "is required")), errors);

        errors.clear();
        ParticipationContext context = new ParticipationContext(Map.of(), AJACCIO, AJACCIO, AJACCIO);
        OperationRules.checkedParticipation(type, Map.of(), Map.of("guests", 2), () -> context, errors);
        assertSame(context, type.judged);
        assertErrors(List.of(new FieldError("attributes.guests", "at most one guest")), errors);
    }

    @Test
    public void aParticipationIsCheckedAgainstTheChoicesItsOperationOffers() {
        SlotType type = new SlotType(operation -> List.of(SlotType.SLOT.restrictedTo(
                Schemas.strings(operation.get("slots")))));
        Map<String, Object> mornings = Map.of("slots", List.of("morning"));

        List<FieldSpec> offered = OperationRules.offeredParticipationFields(type, mornings);
        assertEquals(List.of("morning"), offered.get(0).choices().stream().map(Choice::key).collect(toList()));

        Map<String, Object> checked = OperationRules.checkedParticipation(type, mornings, Map.of("slot", "evening"),
                () -> null, errors);
        assertEquals(1, errors.size());
        assertEquals("attributes.slot", errors.get(0).field());
        assertTrue("nothing kept from a refused value", checked.isEmpty());
        errors.clear();
        OperationRules.checkedParticipation(type, mornings, Map.of("slot", "morning"), () -> null, errors);
        assertEquals(List.of(), errors);
    }

    @Test
    public void aTypeThatNarrowsWronglyOrFailsOffersAllItsParticipationFields() {
        Map<String, Object> operation = Map.of("slots", List.of("morning"));
        FieldSpec unknown = SlotType.SLOT.withChoices(List.of(Choice.of("midnight", "Minuit", "Midnight")));
        FieldSpec renamed = FieldSpec.of("when", FieldKind.CHOICE, "Quand", "When")
                .withChoices(SlotType.SLOT.choices());

        for (SlotType type : List.of(new SlotType(o -> List.of(unknown)), new SlotType(o -> List.of(renamed)),
                new SlotType(o -> List.of()), new SlotType(o -> List.of(SlotType.SLOT.asRequired())),
                new SlotType(o -> {
                    throw new IllegalStateException("broken plugin");
                }))) {
            assertEquals(List.of(SlotType.SLOT), OperationRules.offeredParticipationFields(type, operation));
        }
    }

    @Test
    public void followersHearOfAnOperationWhenItBecomesPublished() {
        assertTrue("created published", OperationRules.announced(null, "PUBLISHED"));
        assertTrue("a draft published", OperationRules.announced("DRAFT", "PUBLISHED"));
        assertTrue("reopened", OperationRules.announced("CLOSED", "PUBLISHED"));
        assertFalse("created as a draft", OperationRules.announced(null, "DRAFT"));
        assertFalse("already published", OperationRules.announced("PUBLISHED", "PUBLISHED"));
    }

    @Test
    public void participantsHearThatAnOperationClosedWhateverElseChanged() {
        assertEquals("operation.closed", OperationRules.participantNotice("PUBLISHED", "CLOSED", true, true));
        assertEquals("operation.closed", OperationRules.participantNotice("DRAFT", "CLOSED", false, false));
    }

    @Test
    public void participantsHearOfANewPlaceOrNewDatesUnlessTheOperationIsADraft() {
        assertEquals("operation.changed", OperationRules.participantNotice("PUBLISHED", "PUBLISHED", true, false));
        assertEquals("operation.changed", OperationRules.participantNotice("PUBLISHED", "PUBLISHED", false, true));
        assertEquals("operation.changed", OperationRules.participantNotice("CLOSED", "CLOSED", true, false));
        assertNull(OperationRules.participantNotice("PUBLISHED", "DRAFT", true, true));
    }

    @Test
    public void participantsHearNothingOfOtherChanges() {
        assertNull(OperationRules.participantNotice("PUBLISHED", "PUBLISHED", false, false));
        assertNull(OperationRules.participantNotice("DRAFT", "PUBLISHED", false, false));
    }

    private static boolean notAsked() {
        throw new AssertionError("who manages the operation was asked");
    }

    /** A type whose participations choose a {@code slot}, narrowed for each operation by a function under test. */
    private static final class SlotType implements OperationType {
        static final FieldSpec SLOT = FieldSpec.of("slot", FieldKind.CHOICE, "Créneau", "Slot").withChoices(List.of(
                Choice.of("morning", "Matin", "Morning"), Choice.of("afternoon", "Après-midi", "Afternoon"),
                Choice.of("evening", "Soir", "Evening")));

        private final Function<Map<String, Object>, List<FieldSpec>> narrowing;

        SlotType(Function<Map<String, Object>, List<FieldSpec>> narrowing) {
            this.narrowing = narrowing;
        }

        @Override
        public String key() {
            return "slots";
        }

        @Override
        public Map<String, String> names() {
            return Map.of("fr", "Créneaux", "en", "Slots");
        }

        @Override
        public List<FieldSpec> fields() {
            return List.of();
        }

        @Override
        public List<FieldSpec> participationFields() {
            return List.of(SLOT);
        }

        @Override
        public List<FieldSpec> participationFieldsFor(Map<String, Object> operationAttributes) {
            return narrowing.apply(operationAttributes);
        }
    }

    /** A type: a text {@code zone}; a required number of {@code guests}, at most one. It keeps what it judged. */
    private static final class RecordingType implements OperationType {
        private Object judged;

        @Override
        public String key() {
            return "recording";
        }

        @Override
        public Map<String, String> names() {
            return Map.of("fr", "Enregistreur", "en", "Recorder");
        }

        @Override
        public List<FieldSpec> fields() {
            return List.of(FieldSpec.of("zone", FieldKind.TEXT, "Zone", "Zone"));
        }

        @Override
        public List<FieldSpec> participationFields() {
            return List.of(FieldSpec.of("guests", FieldKind.NUMBER, "Invités", "Guests").asRequired());
        }

        @Override
        public void validate(Map<String, Object> attributes, OperationContext context, List<FieldError> errors) {
            judged = context;
        }

        @Override
        public void validateParticipation(Map<String, Object> attributes, ParticipationContext context,
                List<FieldError> errors) {
            judged = context;
            if (((Number) attributes.get("guests")).intValue() > 1) {
                errors.add(new FieldError("attributes.guests", "at most one guest"));
            }
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
