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
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Test;

/** What core refuses when a type registers: each fault named, a sound type accepted. */
public class TypeChecksTest {

    private static final FieldSpec DAYS = FieldSpec.of("days", FieldKind.MULTI_CHOICE, "Jours", "Days")
            .withChoices(List.of(Choice.of("mon", "Lundi", "Monday"), Choice.of("tue", "Mardi", "Tuesday")));
    private static final FieldSpec SEATS = FieldSpec.of("seats", FieldKind.NUMBER, "Places", "Seats")
            .withBounds(1.0, 8.0).asRequired();

    private static OperationType type(String key, Map<String, String> names, List<FieldSpec> fields,
            List<FieldSpec> participation) {
        return new OperationType() {
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
        };
    }

    private static List<String> faults(List<FieldSpec> fields) {
        return TypeChecks.faults(type("transport", Map.of("fr", "Transport", "en", "Transport"), fields, List.of()));
    }

    private static void assertOneFault(List<String> faults, String... parts) {
        assertEquals(faults.toString(), 1, faults.size());
        for (String part : parts) {
            assertTrue(faults.get(0) + " should name " + part, faults.get(0).contains(part));
        }
    }

    @Test
    public void aSoundTypeHasNoFault() {
        assertEquals(List.of(), faults(List.of(DAYS, SEATS, FieldSpec.of("note", FieldKind.TEXT, "Note", "Note")
                .withMaxLength(200).withPattern("[a-z ]*").withHelp("Aide", "Help"))));
    }

    @Test
    public void anUnknownKindIsAFault() {
        assertOneFault(faults(List.of(new FieldSpec("mode", null, false, Map.of("fr", "Mode", "en", "Mode"), null,
                null, null, null, null, null))), "'mode'", "unknown kind");
    }

    @Test
    public void aChoiceFieldWithoutChoicesIsAFault() {
        assertOneFault(faults(List.of(DAYS.withChoices(List.of()))), "'days'", "at least one choice");
        assertOneFault(faults(List.of(FieldSpec.of("kind", FieldKind.CHOICE, "Sorte", "Kind"))), "'kind'",
                "CHOICE");
    }

    @Test
    public void minAboveMaxIsAFault() {
        assertOneFault(faults(List.of(SEATS.withBounds(9.0, 2.0))), "'seats'", "min 9.0 is above max 2.0");
    }

    @Test
    public void labelsMissingALanguageAreAFault() {
        FieldSpec frenchOnly = new FieldSpec("seats", FieldKind.NUMBER, false, Map.of("fr", "Places"), null, null,
                null, null, null, null);
        assertOneFault(faults(List.of(frenchOnly)), "'seats'", "labels", "'en'");
        assertOneFault(TypeChecks.faults(type("transport", Map.of("en", "Transport"), List.of(), List.of())),
                "names", "'fr'");
        FieldSpec choiceInFrench = DAYS.withChoices(List.of(new Choice("mon", Map.of("fr", "Lundi"))));
        assertOneFault(faults(List.of(choiceInFrench)), "choice 'mon'", "'en'");
        assertOneFault(faults(List.of(SEATS.withHelp("Aide", " "))), "help", "'en'");
    }

    @Test
    public void participationFieldsAreCheckedToo() {
        assertOneFault(TypeChecks.faults(type("transport", Map.of("fr", "Transport", "en", "Transport"), List.of(),
                List.of(SEATS.withBounds(3.0, 1.0)))), "participationFields 'seats'", "above max");
    }

    @Test
    public void keysNamesPatternsAndLengthsAreChecked() {
        assertOneFault(TypeChecks.faults(type("Transport Solidaire", Map.of("fr", "T", "en", "T"), List.of(),
                List.of())), "key 'Transport Solidaire'");
        assertOneFault(faults(List.of(SEATS, SEATS)), "'seats'", "twice");
        assertOneFault(faults(List.of(FieldSpec.of("Seats", FieldKind.NUMBER, "P", "S"))), "lower camel case");
        assertOneFault(faults(List.of(FieldSpec.of("code", FieldKind.TEXT, "C", "C").withPattern("[a-"))),
                "'code'", "pattern");
        assertOneFault(faults(List.of(FieldSpec.of("code", FieldKind.TEXT, "C", "C").withMaxLength(0))),
                "maxLength 0");
        assertOneFault(faults(null), "fields is null");
    }

    @Test
    public void aTypeThatThrowsIsRefusedNotPropagated() {
        OperationType broken = type("transport", Map.of("fr", "T", "en", "T"), List.of(), null);
        assertOneFault(TypeChecks.faults(broken), "participationFields is null");
        ActorType throwing = new ActorType() {
            @Override
            public String key() {
                return "shop";
            }

            @Override
            public Map<String, String> names() {
                throw new IllegalStateException("not ready");
            }

            @Override
            public List<FieldSpec> fields() {
                return List.of();
            }
        };
        assertOneFault(TypeChecks.faults(throwing), "fails", "not ready");
    }
}
