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
package org.entraide.operation.intergenerational.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.ParticipationContext;
import org.entraide.api.plugin.Schemas;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The intergenerational help type, checked the way core checks it: the schema first, then the type's rules. */
public class IntergenerationalHelpOperationTypeTest {

    /** A social centre in Ajaccio pairing high-school volunteers with elderly neighbours. */
    private static final GeoPoint CENTRE_SOCIAL = GeoPoint.of(41.92710, 8.73440);
    private static final OperationContext OPERATION =
            new OperationContext("association", CENTRE_SOCIAL, CENTRE_SOCIAL);
    private static final GeoPoint SOMEONES_HOME = GeoPoint.of(41.9301, 8.7420);

    private final IntergenerationalHelpOperationType type = new IntergenerationalHelpOperationType();

    @Test
    public void pairsOfHighSchoolVolunteersAndEldersAreAccepted() {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(type.fields(), binomes(), "attributes.", errors);
        type.validate(checked, OPERATION, errors);
        assertEquals(List.of(), errors);
        assertEquals(40.0, checked.get("capacity"));
        assertEquals(16.0, checked.get("minimumVolunteerAge"));
        assertEquals(List.of("visits", "phone-calls", "digital-help", "games"), checked.get("activities"));
    }

    @Test
    public void anOperationWithOnlyItsActivitiesIsAccepted() {
        assertEquals(List.of(), operationErrors(Map.of("activities", List.of("phone-calls"))));
    }

    @Test
    public void capacitiesAndAgesAtTheirBoundsAreAccepted() {
        for (Object capacity : List.of(1, 500, 250.0)) {
            assertEquals(List.of(), operationErrors(with(binomes(), "capacity", capacity)));
        }
        for (Object age : List.of(14, 99, 18.0)) {
            assertEquals(List.of(), operationErrors(with(binomes(), "minimumVolunteerAge", age)));
        }
    }

    @Test
    public void eachWrongOperationFieldIsRefusedWithItsName() {
        assertOperationRefused(without(binomes(), "activities"), "attributes.activities");
        assertOperationRefused(with(binomes(), "activities", List.of()), "attributes.activities");
        assertOperationRefused(with(binomes(), "activities", List.of("knitting")), "attributes.activities");
        assertOperationRefused(with(binomes(), "schedule", Map.of("wed",
                List.of(List.of("14:00", "17:30"), List.of("17:00", "18:00")))), "attributes.schedule.wed");
        for (Object capacity : List.of(0, -5, 501, "40")) {
            assertOperationRefused(with(binomes(), "capacity", capacity), "attributes.capacity");
        }
        for (Object age : List.of(13, 100, 0, "16")) {
            assertOperationRefused(with(binomes(), "minimumVolunteerAge", age), "attributes.minimumVolunteerAge");
        }
        assertOperationRefused(with(binomes(), "pairingDescription", "x".repeat(1001)),
                "attributes.pairingDescription");
        assertOperationRefused(with(binomes(), "volunteers", 12), "attributes.volunteers");
    }

    @Test
    public void theCapacityAndTheMinimumAgeAreWholeNumbers() {
        assertOperationRefused(with(binomes(), "capacity", 12.5), "attributes.capacity");
        assertOperationRefused(with(binomes(), "minimumVolunteerAge", 16.5), "attributes.minimumVolunteerAge");
        assertEquals("must be a whole number", operationErrors(with(binomes(), "capacity", 40.01)).get(0).message());
    }

    @Test
    public void volunteersAndBeneficiariesSigningUpAreAccepted() {
        assertEquals(List.of(), signUpErrors(binomes(), Map.of("role", "volunteer",
                "activities", List.of("visits", "digital-help"), "availability", "Le mercredi après-midi.",
                "ageBracket", "18-25")));
        assertEquals(List.of(), signUpErrors(binomes(), Map.of("role", "beneficiary",
                "activities", List.of("phone-calls"), "ageBracket", "75-plus")));
        assertEquals(List.of(), signUpErrors(binomes(), Map.of("role", "beneficiary")));
    }

    @Test
    public void eachWrongParticipationFieldIsRefusedWithItsName() {
        assertSignUpRefused(binomes(), Map.of("activities", List.of("visits")), "attributes.role");
        assertSignUpRefused(binomes(), Map.of("role", "organiser"), "attributes.role");
        assertSignUpRefused(binomes(), Map.of("role", "volunteer", "activities", List.of("walks")),
                "attributes.activities");
        assertSignUpRefused(binomes(), Map.of("role", "volunteer", "activities", List.of("visits", "visits")),
                "attributes.activities");
        assertSignUpRefused(binomes(), Map.of("role", "volunteer", "availability", "x".repeat(301)),
                "attributes.availability");
        assertSignUpRefused(binomes(), Map.of("role", "volunteer", "ageBracket", "40-50"), "attributes.ageBracket");
        assertSignUpRefused(binomes(), Map.of("role", "volunteer", "age", 17), "attributes.age");
    }

    @Test
    public void volunteersUnderEighteenNeedAnOperationThatTakesMinors() {
        Map<String, Object> minor = Map.of("role", "volunteer", "ageBracket", "under-18");
        assertEquals(List.of(), signUpErrors(with(binomes(), "minimumVolunteerAge", 16), minor));
        assertEquals(List.of(), signUpErrors(with(binomes(), "minimumVolunteerAge", 17), minor));
        assertEquals(List.of(), signUpErrors(with(binomes(), "minimumVolunteerAge", 14), minor));
        assertSignUpRefused(with(binomes(), "minimumVolunteerAge", 18), minor, "attributes.ageBracket");
        List<FieldError> byDefault = signUpErrors(without(binomes(), "minimumVolunteerAge"), minor);
        assertErrors(List.of(new FieldError("attributes.ageBracket",
                "volunteers must be at least 18 years old for this operation")), byDefault);
    }

    @Test
    public void beneficiariesOfAnyAgeAreAccepted() {
        for (String bracket : List.of("under-18", "18-25", "26-59", "60-74", "75-plus")) {
            assertEquals(bracket, List.of(), signUpErrors(without(binomes(), "minimumVolunteerAge"),
                    Map.of("role", "beneficiary", "ageBracket", bracket)));
        }
    }

    @Test
    public void aVolunteerIsRefusedOnlyWhenTheWholeBracketIsBelowTheMinimumAge() {
        Map<String, Object> thirty = with(binomes(), "minimumVolunteerAge", 30);
        assertSignUpRefused(thirty, Map.of("role", "volunteer", "ageBracket", "18-25"), "attributes.ageBracket");
        assertEquals(List.of(), signUpErrors(thirty, Map.of("role", "volunteer", "ageBracket", "26-59")));
        assertEquals(List.of(), signUpErrors(thirty, Map.of("role", "volunteer", "ageBracket", "75-plus")));
        assertEquals(List.of(), signUpErrors(thirty, Map.of("role", "volunteer")));
    }

    @Test
    public void everyFieldIsLabelledInFrenchAndEnglishAndEveryChoiceToo() {
        assertEquals("intergenerational-help", type.key());
        assertEquals(Map.of("fr", "Aide intergénérationnelle", "en", "Intergenerational help"), type.names());
        List<FieldSpec> all = new ArrayList<>(type.fields());
        all.addAll(type.participationFields());
        for (FieldSpec field : all) {
            assertEquals(field.name(), Set.of("fr", "en"), field.labels().keySet());
            assertTrue(field.name(), field.help().isEmpty() || field.help().keySet().equals(Set.of("fr", "en")));
            field.choices().forEach(c -> assertEquals(c.key(), Set.of("fr", "en"), c.labels().keySet()));
        }
        assertEquals(List.of("activities", "schedule", "capacity", "minimumVolunteerAge", "pairingDescription"),
                names(type.fields()));
        assertEquals(List.of("role", "activities", "availability", "ageBracket"), names(type.participationFields()));
    }

    @Test
    public void theComponentIsRegisteredAsAnOperationTypeUnderItsKey() throws Exception {
        String descriptor = "/OSGI-INF/" + IntergenerationalHelpOperationType.class.getName() + ".xml";
        try (InputStream xml = getClass().getResourceAsStream(descriptor)) {
            assertNotNull(descriptor + " generated by bnd", xml);
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml);
            assertEquals(OperationType.class.getName(),
                    ((Element) document.getElementsByTagName("provide").item(0)).getAttribute("interface"));
            NodeList properties = document.getElementsByTagName("property");
            String registeredKey = null;
            for (int i = 0; i < properties.getLength(); i++) {
                Element property = (Element) properties.item(i);
                if (ActorType.TYPE_PROPERTY.equals(property.getAttribute("name"))) {
                    registeredKey = property.getAttribute("value");
                }
            }
            assertEquals(type.key(), registeredKey);
        }
    }

    private List<FieldError> operationErrors(Map<String, Object> attributes) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(type.fields(), attributes, "attributes.", errors);
        type.validate(checked, OPERATION, errors);
        return errors;
    }

    private List<FieldError> signUpErrors(Map<String, Object> operationAttributes, Map<String, Object> attributes) {
        List<FieldError> stored = new ArrayList<>();
        Map<String, Object> operation = Schemas.check(type.fields(), operationAttributes, "attributes.", stored);
        type.validate(operation, OPERATION, stored);
        assertEquals(List.of(), stored);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(type.participationFields(), attributes, "attributes.", errors);
        type.validateParticipation(checked,
                new ParticipationContext(operation, CENTRE_SOCIAL, CENTRE_SOCIAL, SOMEONES_HOME), errors);
        return errors;
    }

    private void assertOperationRefused(Map<String, Object> attributes, String field) {
        assertFields(operationErrors(attributes), field);
    }

    private void assertSignUpRefused(Map<String, Object> operation, Map<String, Object> attributes, String field) {
        assertFields(signUpErrors(operation, attributes), field);
    }

    private static void assertFields(List<FieldError> errors, String... fields) {
        Set<String> refused = new TreeSet<>();
        errors.forEach(e -> refused.add(e.field()));
        assertEquals(errors.toString(), new TreeSet<>(List.of(fields)), refused);
        errors.forEach(e -> assertFalse(e.message().isBlank()));
    }

    /** Pairs of high-school volunteers (from 16) and elders of the neighbourhood, forty places. */
    private static Map<String, Object> binomes() {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("activities", List.of("visits", "phone-calls", "digital-help", "games"));
        operation.put("schedule", Map.of("wed", List.of(List.of("14:00", "17:30")),
                "sat", List.of(List.of("10:00", "12:00"))));
        operation.put("capacity", 40);
        operation.put("minimumVolunteerAge", 16);
        operation.put("pairingDescription", "Chaque lycéen rend visite à la même personne une fois par semaine ; "
                + "une animatrice du centre social présente les binômes et les suit chaque mois.");
        return operation;
    }

    private static Map<String, Object> with(Map<String, Object> attributes, String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(attributes);
        changed.put(name, value);
        return changed;
    }

    private static Map<String, Object> without(Map<String, Object> attributes, String name) {
        Map<String, Object> changed = new LinkedHashMap<>(attributes);
        changed.remove(name);
        return changed;
    }

    private static List<String> names(List<FieldSpec> fields) {
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.name()));
        return names;
    }

    @Test
    public void anOperationOfVisitsOffersOnlyVisits() {
        List<FieldSpec> offered = type.participationFieldsFor(Map.of(IntergenerationalHelpOperationType.ACTIVITIES,
                List.of("visits")));

        assertEquals(List.of("visits"), offered.stream().filter(f -> f.name().equals(
                IntergenerationalHelpOperationType.ACTIVITIES)).findFirst().orElseThrow().choices().stream()
                .map(c -> c.key()).collect(java.util.stream.Collectors.toList()));
        assertEquals(type.participationFields().size(), offered.size());
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
