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
package org.entraide.operation.donationbox.internal;

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

/** The donation box type, checked the way core checks it: the schema first, then the type's own rules. */
public class DonationBoxOperationTypeTest {

    /** The town hall of Vico (Corse-du-Sud), where an association keeps its box in the hall. */
    private static final GeoPoint MAIRIE_DE_VICO = GeoPoint.of(42.16683, 8.79892);
    private static final OperationContext OPERATION =
            new OperationContext("association", MAIRIE_DE_VICO, MAIRIE_DE_VICO);
    private static final GeoPoint SOMEONES_HOME = GeoPoint.of(42.1590, 8.8010);

    private final DonationBoxOperationType type = new DonationBoxOperationType();

    @Test
    public void aBoxInTheHallOfTheTownHallIsAccepted() {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(type.fields(), townHallBox(), "attributes.", errors);
        type.validate(checked, OPERATION, errors);
        assertEquals(List.of(), errors);
        assertEquals(List.of("food", "hygiene", "clothes", "books"), checked.get("acceptedItems"));
        assertEquals(List.of(List.of("08:30", "12:00"), List.of("14:00", "17:00")),
                ((Map<?, ?>) checked.get("accessHours")).get("mon"));
        assertEquals("indoor", checked.get("placement"));
        assertEquals("Vêtements propres et pliés, denrées non périssables et non entamées.",
                checked.get("instructions"));
    }

    @Test
    public void aBookBoxOpenRoundTheClockWithOnlyItsRequiredFieldsIsAccepted() {
        Map<String, Object> week = new LinkedHashMap<>();
        for (String day : Schemas.DAYS) {
            week.put(day, List.of(List.of("00:00", "23:59")));
        }
        assertEquals(List.of(), operationErrors(Map.of("acceptedItems", List.of("books"), "accessHours", week)));
    }

    @Test
    public void eachWrongOperationFieldIsRefusedWithItsName() {
        assertOperationRefused(without(townHallBox(), "acceptedItems"), "attributes.acceptedItems");
        assertOperationRefused(with(townHallBox(), "acceptedItems", List.of()), "attributes.acceptedItems");
        assertOperationRefused(with(townHallBox(), "acceptedItems", List.of("food", "weapons")),
                "attributes.acceptedItems");
        assertOperationRefused(with(townHallBox(), "acceptedItems", "food"), "attributes.acceptedItems");
        assertOperationRefused(without(townHallBox(), "accessHours"), "attributes.accessHours");
        assertOperationRefused(with(townHallBox(), "accessHours", Map.of("mon", List.of(List.of("12:00", "08:30")))),
                "attributes.accessHours.mon");
        assertOperationRefused(with(townHallBox(), "accessHours", Map.of("lundi", List.of())),
                "attributes.accessHours.lundi");
        assertOperationRefused(with(townHallBox(), "placement", "garage"), "attributes.placement");
        assertOperationRefused(with(townHallBox(), "instructions", "x".repeat(501)), "attributes.instructions");
        assertOperationRefused(with(townHallBox(), "capacity", 40), "attributes.capacity");
    }

    @Test
    public void aBoxThatNeverOpensIsRefused() {
        assertOperationRefused(with(townHallBox(), "accessHours", Map.of()), "attributes.accessHours");
        assertOperationRefused(with(townHallBox(), "accessHours", Map.of("mon", List.of(), "sun", List.of())),
                "attributes.accessHours");
        assertEquals(List.of(), operationErrors(with(townHallBox(), "accessHours",
                Map.of("mon", List.of(), "sat", List.of(List.of("09:00", "12:00"))))));
    }

    @Test
    public void instructionsOfFiveHundredCharactersAreAccepted() {
        assertEquals(List.of(), operationErrors(with(townHallBox(), "instructions", "é".repeat(500))));
    }

    @Test
    public void aDepositOfItemsTheBoxAcceptsIsAccepted() {
        assertEquals(List.of(), participationErrors(Map.of("kind", "deposit", "items", List.of("food", "books"),
                "comment", "Trois paquets de pâtes et deux romans policiers.")));
    }

    @Test
    public void aDepositNeedsItemsAndNoState() {
        assertParticipationRefused(Map.of("kind", "deposit"), "attributes.items");
        assertParticipationRefused(Map.of("kind", "deposit", "items", List.of()), "attributes.items");
        assertParticipationRefused(Map.of("kind", "deposit", "items", List.of("food"), "boxStatus", "ok"),
                "attributes.boxStatus");
    }

    @Test
    public void aDepositOfItemsTheBoxDoesNotAcceptIsRefusedNamingWhatItAccepts() {
        List<FieldError> errors = participationErrors(Map.of("kind", "deposit", "items", List.of("food", "toys")));
        assertFields(errors, "attributes.items");
        assertEquals("must be among what this box accepts: food, hygiene, clothes, books", errors.get(0).message());
    }

    @Test
    public void statusReportsAreAccepted() {
        assertEquals(List.of(), participationErrors(Map.of("kind", "status-report", "boxStatus", "full")));
        assertEquals(List.of(), participationErrors(Map.of("kind", "status-report", "boxStatus", "damaged",
                "comment", "La porte ferme mal depuis l'orage.")));
        assertEquals(List.of(), participationErrors(Map.of("kind", "status-report", "boxStatus", "needs-items",
                "needs", List.of("hygiene", "food"))));
    }

    @Test
    public void aStatusReportNeedsAStateAndNoDepositedItems() {
        assertParticipationRefused(Map.of("kind", "status-report"), "attributes.boxStatus");
        assertParticipationRefused(Map.of("kind", "status-report", "boxStatus", "empty", "items", List.of("food")),
                "attributes.items");
        assertEquals(List.of(), participationErrors(Map.of("kind", "status-report", "boxStatus", "empty",
                "items", List.of())));
    }

    @Test
    public void theItemsNeededAreGivenWhenAndOnlyWhenTheBoxNeedsItems() {
        assertParticipationRefused(Map.of("kind", "status-report", "boxStatus", "needs-items"), "attributes.needs");
        assertParticipationRefused(Map.of("kind", "status-report", "boxStatus", "full", "needs", List.of("food")),
                "attributes.needs");
        assertParticipationRefused(Map.of("kind", "deposit", "items", List.of("food"), "needs", List.of("food")),
                "attributes.needs");
        assertParticipationRefused(Map.of("kind", "status-report", "boxStatus", "needs-items",
                "needs", List.of("baby-items")), "attributes.needs");
    }

    @Test
    public void eachWrongParticipationFieldIsRefusedWithItsName() {
        assertParticipationRefused(Map.of("items", List.of("food")), "attributes.kind");
        assertParticipationRefused(Map.of("kind", "pickup", "items", List.of("food")), "attributes.kind");
        assertParticipationRefused(Map.of("kind", "deposit", "items", List.of("food", "food")), "attributes.items");
        assertParticipationRefused(Map.of("kind", "status-report", "boxStatus", "overflowing"),
                "attributes.boxStatus");
        assertParticipationRefused(Map.of("kind", "status-report", "boxStatus", "needs-items",
                "needs", List.of("gold")), "attributes.needs");
        assertParticipationRefused(Map.of("kind", "deposit", "items", List.of("food"), "comment", "x".repeat(501)),
                "attributes.comment");
        assertParticipationRefused(Map.of("kind", "deposit", "items", List.of("food"), "quantity", 3),
                "attributes.quantity");
    }

    @Test
    public void everyFieldIsLabelledInFrenchAndEnglishAndEveryChoiceToo() {
        assertEquals("donation-box", type.key());
        assertEquals(Map.of("fr", "Boîte à dons", "en", "Donation box"), type.names());
        List<FieldSpec> all = new ArrayList<>(type.fields());
        all.addAll(type.participationFields());
        for (FieldSpec field : all) {
            assertEquals(field.name(), Set.of("fr", "en"), field.labels().keySet());
            assertTrue(field.name(), field.help().isEmpty() || field.help().keySet().equals(Set.of("fr", "en")));
            field.choices().forEach(c -> assertEquals(c.key(), Set.of("fr", "en"), c.labels().keySet()));
        }
        assertEquals(List.of("acceptedItems", "accessHours", "placement", "instructions"), names(type.fields()));
        assertEquals(List.of("kind", "items", "boxStatus", "needs", "comment"), names(type.participationFields()));
    }

    @Test
    public void theComponentIsRegisteredAsAnOperationTypeUnderItsKey() throws Exception {
        String descriptor = "/OSGI-INF/" + DonationBoxOperationType.class.getName() + ".xml";
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

    private List<FieldError> participationErrors(Map<String, Object> attributes) {
        List<FieldError> stored = new ArrayList<>();
        Map<String, Object> operation = Schemas.check(type.fields(), townHallBox(), "attributes.", stored);
        type.validate(operation, OPERATION, stored);
        assertEquals(List.of(), stored);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(type.participationFields(), attributes, "attributes.", errors);
        type.validateParticipation(checked,
                new ParticipationContext(operation, MAIRIE_DE_VICO, MAIRIE_DE_VICO, SOMEONES_HOME), errors);
        return errors;
    }

    private void assertOperationRefused(Map<String, Object> attributes, String field) {
        assertFields(operationErrors(attributes), field);
    }

    private void assertParticipationRefused(Map<String, Object> attributes, String field) {
        assertFields(participationErrors(attributes), field);
    }

    private static void assertFields(List<FieldError> errors, String... fields) {
        Set<String> refused = new TreeSet<>();
        errors.forEach(e -> refused.add(e.field()));
        assertEquals(errors.toString(), new TreeSet<>(List.of(fields)), refused);
        errors.forEach(e -> assertFalse(e.message().isBlank()));
    }

    private static Map<String, Object> townHallBox() {
        Map<String, Object> box = new LinkedHashMap<>();
        box.put("acceptedItems", List.of("food", "hygiene", "clothes", "books"));
        Map<String, Object> hours = new LinkedHashMap<>();
        for (String day : List.of("mon", "tue", "wed", "thu", "fri")) {
            hours.put(day, List.of(List.of("08:30", "12:00"), List.of("14:00", "17:00")));
        }
        hours.put("sat", List.of(List.of("09:00", "12:00")));
        box.put("accessHours", hours);
        box.put("placement", "indoor");
        box.put("instructions", "  Vêtements propres et pliés, denrées non périssables et non entamées. ");
        return box;
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
    public void aBoxForBooksOffersOnlyBooksToDropOffOrToAskFor() {
        List<FieldSpec> offered = type.participationFieldsFor(Map.of(DonationBoxOperationType.ACCEPTED_ITEMS,
                List.of("books", "clothes")));

        assertEquals(List.of("clothes", "books"), offeredChoices(offered, DonationBoxOperationType.ITEMS));
        assertEquals(List.of("clothes", "books"), offeredChoices(offered, DonationBoxOperationType.NEEDS));
        assertEquals(type.participationFields().size(), offered.size());
        assertEquals("a box that says nothing: every item", type.participationFields(),
                type.participationFieldsFor(Map.of()));
    }

    private static List<String> offeredChoices(List<FieldSpec> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().choices().stream()
                .map(c -> c.key()).collect(java.util.stream.Collectors.toList());
    }
}
