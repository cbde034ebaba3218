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
package org.entraide.plugin.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.ParticipationContext;
import org.junit.Test;

/** A good type passes the kit; a type with any one fault fails it, with a message that names it and the fix. */
public class OperationTypeCheckTest {

    private static final GeoPoint HOME = GeoPoint.of(41.93, 8.74);

    /** A small, correct type: a bread round, at most 10 loaves; a request only from a home that is given. */
    private static class BreadRound implements OperationType {
        String key = "bread-round";
        Map<String, String> names = Map.of("fr", "Tournée du pain", "en", "Bread round");
        List<FieldSpec> fields = List.of(
                FieldSpec.of("loaves", FieldKind.NUMBER, "Pains", "Loaves").asRequired().withBounds(1.0, 10.0),
                FieldSpec.of("days", FieldKind.MULTI_CHOICE, "Jours", "Days").withChoices(List.of(
                        Choice.of("tue", "Mardi", "Tuesday"), Choice.of("fri", "Vendredi", "Friday"))));
        List<FieldSpec> participation = List.of(
                FieldSpec.of("note", FieldKind.TEXT, "Précisions", "Note").withMaxLength(100));

        @Override
        public String key() {
            return key;
        }

        @Override
        public Map<String, String> names() {
            return names;
        }

        @Override
        public List<FieldSpec> fields() {
            return fields;
        }

        @Override
        public List<FieldSpec> participationFields() {
            return participation;
        }

        @Override
        public void validate(Map<String, Object> attributes, OperationContext context, List<FieldError> errors) {
            if (attributes.get("loaves") instanceof Double && (Double) attributes.get("loaves") % 1 != 0) {
                errors.add(FieldError.of("attributes.loaves", "not_whole", "doit être entier", "must be whole"));
            }
        }

        @Override
        public void validateParticipation(Map<String, Object> attributes, ParticipationContext context,
                List<FieldError> errors) {
            if (context.participantHome() == null) {
                errors.add(FieldError.of("home", "required", "est obligatoire", "is required"));
            }
        }
    }

    private static OperationTypeCheck goodSamples(OperationType type) {
        return OperationTypeCheck.of(type)
                .valid(Map.of("loaves", 3, "days", List.of("tue")))
                .invalid(Map.of("loaves", 11), "loaves", "out_of_range")
                .invalid(Map.of("loaves", 2.5), "attributes.loaves", "not_whole")
                .validParticipation(Map.of("loaves", 3), Map.of("note", "Deux baguettes"), HOME)
                .invalidParticipation(Map.of("loaves", 3), Map.of(), null, "home", "required");
    }

    @Test
    public void aGoodTypePasses() {
        goodSamples(new BreadRound()).verify();
    }

    @Test
    public void aKeyThatIsNotLowerCaseWithDashesIsNamed() {
        BreadRound type = new BreadRound();
        type.key = "Bread_Round";
        assertFails(goodSamples(type), "key() is \"Bread_Round\"", "lower case words joined by dashes");
    }

    @Test
    public void aNameMissingInEnglishIsNamed() {
        BreadRound type = new BreadRound();
        type.names = Map.of("fr", "Tournée du pain");
        assertFails(goodSamples(type), "names() has no English text (\"en\")", "Map.of(\"fr\"");
    }

    @Test
    public void aLabelMissingInFrenchIsNamed() {
        BreadRound type = new BreadRound();
        type.participation = List.of(new FieldSpec("note", FieldKind.TEXT, false, Map.of("en", "Note"), Map.of(),
                null, null, 100, null, List.of()));
        assertFails(goodSamples(type), "participationFields() field \"note\" labels has no French text",
                "FieldSpec.of(name, kind, french, english)");
    }

    @Test
    public void aChoiceFieldWithoutChoicesIsNamed() {
        BreadRound type = new BreadRound();
        type.fields = List.of(type.fields.get(0), FieldSpec.of("days", FieldKind.MULTI_CHOICE, "Jours", "Days"));
        assertFails(OperationTypeCheck.of(type), "fields() field \"days\" offers no choice", "withChoices(");
    }

    @Test
    public void boundsTheWrongWayRoundAreNamed() {
        BreadRound type = new BreadRound();
        type.fields = List.of(FieldSpec.of("loaves", FieldKind.NUMBER, "Pains", "Loaves").withBounds(10.0, 1.0));
        assertFails(OperationTypeCheck.of(type), "field \"loaves\" has min 10.0 above max 1.0", "swap them");
    }

    @Test
    public void aMissingKindAndADuplicateNameAreBothNamed() {
        BreadRound type = new BreadRound();
        type.fields = List.of(type.fields.get(0), new FieldSpec("loaves", null, false,
                Map.of("fr", "Pains", "en", "Loaves"), Map.of(), null, null, null, null, List.of()));
        OperationTypeCheck check = OperationTypeCheck.of(type);
        assertFails(check, "field \"loaves\" appears twice", "has no kind: give one of [TEXT, NUMBER");
        assertEquals(check.problems().toString(), 2, check.problems().size());
    }

    @Test
    public void aBrokenPatternAndBoundsOnTextAreNamed() {
        BreadRound type = new BreadRound();
        type.participation = List.of(FieldSpec.of("note", FieldKind.TEXT, "Précisions", "Note").withPattern("[a-")
                .withBounds(1.0, 2.0));
        assertFails(OperationTypeCheck.of(type), "has a pattern that is not a regular expression",
                "but has bounds, which only NUMBER and MULTI_CHOICE use");
    }

    @Test
    public void aSampleTheTypeRefusesIsNamedWithTheErrorGot() {
        assertFails(OperationTypeCheck.of(new BreadRound()).valid(Map.of("loaves", 12)),
                "sample 1 (valid) should be accepted but was refused: [attributes.loaves out_of_range",
                "fix the sample, or the rule");
    }

    @Test
    public void aSampleAcceptedThatShouldBeRefusedIsNamed() {
        assertFails(OperationTypeCheck.of(new BreadRound()).invalid(Map.of("loaves", 4), "loaves", "out_of_range"),
                "should be refused on \"loaves\" with the code \"out_of_range\" but was accepted");
    }

    @Test
    public void aRefusalWithAnotherCodeIsNamed() {
        assertFails(OperationTypeCheck.of(new BreadRound()).invalid(Map.of("loaves", 4.5), "loaves", "out_of_range"),
                "but got [attributes.loaves not_whole");
    }

    @Test
    public void aRuleThatThrowsOrSpeaksOneLanguageIsNamed() {
        BreadRound throwing = new BreadRound() {
            @Override
            public void validate(Map<String, Object> attributes, OperationContext context, List<FieldError> errors) {
                throw new IllegalStateException("boom");
            }
        };
        assertFails(OperationTypeCheck.of(throwing).valid(Map.of("loaves", 3)), "the type's rule threw",
                "it never throws");
        BreadRound english = new BreadRound() {
            @Override
            public void validate(Map<String, Object> attributes, OperationContext context, List<FieldError> errors) {
                errors.add(new FieldError("attributes.loaves", "too many"));
            }
        };
        assertFails(OperationTypeCheck.of(english).invalid(Map.of("loaves", 3), "loaves", "invalid"),
                "is not in French and English", "FieldError.of(field, code, french, english)");
    }

    @Test
    public void aParticipationInARefusedOperationIsNamed() {
        assertFails(OperationTypeCheck.of(new BreadRound()).validParticipation(Map.of(), Map.of(), HOME),
                "its operation is refused: [attributes.loaves required", "give an operation the type accepts");
    }

    @Test
    public void aNarrowingThatDropsAFieldIsNamed() {
        BreadRound type = new BreadRound() {
            @Override
            public List<FieldSpec> participationFieldsFor(Map<String, Object> operation) {
                return List.of();
            }
        };
        assertFails(OperationTypeCheck.of(type).valid(Map.of("loaves", 3)),
                "participationFieldsFor(operation) does not return the same fields", "restrictedTo(keys)");
    }

    static void assertFails(TypeCheck<?> check, String... fragments) {
        try {
            check.verify();
        } catch (AssertionError e) {
            for (String fragment : fragments) {
                assertTrue("«" + fragment + "» in: " + e.getMessage(), e.getMessage().contains(fragment));
            }
            return;
        }
        fail("verify() passed");
    }
}
