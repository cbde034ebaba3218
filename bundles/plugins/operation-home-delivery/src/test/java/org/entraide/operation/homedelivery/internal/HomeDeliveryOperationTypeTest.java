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
package org.entraide.operation.homedelivery.internal;

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
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.ParticipationContext;
import org.entraide.api.plugin.Schemas;
import org.entraide.geo.internal.GeoRadiusComponent;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The home delivery type, checked the way core checks it (the schema first, then the type's own rules), with
 * the platform's real geodesic service.
 */
public class HomeDeliveryOperationTypeTest {

    /** The épicerie of Vico (Corse-du-Sud), in the village centre. */
    private static final GeoPoint EPICERIE_DE_VICO = GeoPoint.of(42.16683, 8.79892);
    /** About 6.0 km from the épicerie. */
    private static final GeoPoint HOME_IN_COGGIA = GeoPoint.of(42.12130, 8.75905);
    /** About 10.2 km from the épicerie. */
    private static final GeoPoint HOME_IN_SAGONE = GeoPoint.of(42.11610, 8.69650);
    /** About 19.9 km from the épicerie, between Afa and Appietto. */
    private static final GeoPoint HOME_NEAR_AFA = GeoPoint.of(41.9894, 8.7667);
    /** About 28 km from the épicerie. */
    private static final GeoPoint HOME_IN_AJACCIO = GeoPoint.of(41.91886, 8.73812);

    /** Centres and radii of delivery areas, from the smallest radius to the largest, in France and overseas. */
    private static final Object[][] AREAS = {
        {GeoPoint.of(42.16683, 8.79892), 12.0},
        {GeoPoint.of(41.9894, 8.7667), 12.0},
        {GeoPoint.of(50.6292, 3.0573), 0.5},
        {GeoPoint.of(45.7640, 4.8357), 3.0},
        {GeoPoint.of(48.8566, 2.3522), 50.0},
        {GeoPoint.of(-20.8823, 55.4504), 25.0},
        {GeoPoint.of(4.9333, -52.3333), 7.5},
    };
    private static final double[] AZIMUTHS = {0, 45, 90, 135, 180, 225, 270, 315, 17, 101, 199, 283};

    private final GeoRadiusComponent geo = new GeoRadiusComponent();
    private final HomeDeliveryOperationType type = new HomeDeliveryOperationType(geo);

    @Test
    public void theEpicerieOfVicoDeliveringWithinTwelveKilometresIsAccepted() {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(type.fields(), epicerie(), "attributes.", errors);
        type.validate(checked, context(EPICERIE_DE_VICO), errors);
        assertEquals(List.of(), errors);
        assertEquals(12.0, checked.get("deliveryRadiusKm"));
        assertEquals(0.0, checked.get("deliveryFee"));
        assertEquals(List.of("tue", "fri"), checked.get("days"));
    }

    @Test
    public void radiiFromHalfAKilometreToFiftyAreAccepted() {
        for (Object radius : List.of(0.5, 1, 7.5, 50, 50.0)) {
            assertEquals(radius.toString(), List.of(), operationErrors(with(epicerie(), "deliveryRadiusKm", radius)));
        }
    }

    @Test
    public void eachWrongOperationFieldIsRefusedWithItsName() {
        for (Object radius : List.of(0, -3, 0.49, 50.001, 80, "12", true)) {
            assertOperationRefused(with(epicerie(), "deliveryRadiusKm", radius), "attributes.deliveryRadiusKm");
        }
        assertOperationRefused(without(epicerie(), "deliveryRadiusKm"), "attributes.deliveryRadiusKm");
        assertOperationRefused(with(epicerie(), "days", List.of()), "attributes.days");
        assertOperationRefused(with(epicerie(), "days", List.of("mardi")), "attributes.days");
        assertOperationRefused(without(epicerie(), "days"), "attributes.days");
        assertOperationRefused(without(epicerie(), "goods"), "attributes.goods");
        assertOperationRefused(with(epicerie(), "goods", List.of("flowers")), "attributes.goods");
        assertOperationRefused(with(epicerie(), "eligible", List.of("children")), "attributes.eligible");
        assertOperationRefused(with(epicerie(), "deliveryFee", -1), "attributes.deliveryFee");
        assertOperationRefused(with(epicerie(), "minimumOrder", -0.01), "attributes.minimumOrder");
        assertOperationRefused(with(epicerie(), "orderingInstructions", "x".repeat(501)),
                "attributes.orderingInstructions");
        assertOperationRefused(with(epicerie(), "address", "Place de la mairie"), "attributes.address");
    }

    @Test
    public void everyoneIsNotCombinedWithOtherGroups() {
        assertOperationRefused(with(epicerie(), "eligible", List.of("everyone", "elderly")), "attributes.eligible");
        assertEquals(List.of(), operationErrors(with(epicerie(), "eligible", List.of("everyone"))));
        assertEquals(List.of(), operationErrors(without(epicerie(), "eligible")));
    }

    @Test
    public void amountsAreInEurosAndCents() {
        assertEquals(List.of(), operationErrors(with(with(epicerie(), "deliveryFee", 2.5), "minimumOrder", 19.99)));
        assertOperationRefused(with(epicerie(), "deliveryFee", 2.555), "attributes.deliveryFee");
        assertOperationRefused(with(epicerie(), "minimumOrder", 10.001), "attributes.minimumOrder");
        assertEquals(List.of(), operationErrors(without(without(epicerie(), "deliveryFee"), "minimumOrder")));
    }

    @Test
    public void requestsFromHomesInsideTheAreaAreAccepted() {
        assertEquals(List.of(), requestErrors(HOME_IN_COGGIA, basket()));
        assertEquals(List.of(), requestErrors(HOME_IN_SAGONE, basket()));
        assertEquals(List.of(), requestErrors(EPICERIE_DE_VICO, Map.of("goods", List.of("newspapers"))));
    }

    @Test
    public void requestsFromHomesOutsideTheAreaAreRefusedWithoutAnyNumber() {
        for (GeoPoint home : List.of(HOME_NEAR_AFA, HOME_IN_AJACCIO, GeoPoint.of(48.8566, 2.3522))) {
            assertOutside(requestErrors(home, basket()));
        }
    }

    @Test
    public void homesThirtyMetresInsideTheRadiusAreAcceptedInEveryDirection() {
        for (Object[] area : AREAS) {
            GeoPoint centre = (GeoPoint) area[0];
            double radiusKm = (Double) area[1];
            for (double azimuth : AZIMUTHS) {
                GeoPoint home = at(centre, azimuth, radiusKm * 1000 - 30);
                assertEquals(home + " at " + azimuth + "° from " + centre, List.of(),
                        requestErrors(centre, radiusKm, home, basket()));
            }
        }
    }

    @Test
    public void homesThirtyMetresOutsideTheRadiusAreRefusedInEveryDirection() {
        for (Object[] area : AREAS) {
            GeoPoint centre = (GeoPoint) area[0];
            double radiusKm = (Double) area[1];
            for (double azimuth : AZIMUTHS) {
                GeoPoint home = at(centre, azimuth, radiusKm * 1000 + 30);
                assertOutside(requestErrors(centre, radiusKm, home, basket()));
            }
        }
    }

    @Test
    public void theRefusalIsTheSameThirtyMetresOrThirtyKilometresOutside() {
        List<FieldError> justOutside = requestErrors(at(EPICERIE_DE_VICO, 200, 12_030), basket());
        List<FieldError> farOutside = requestErrors(at(EPICERIE_DE_VICO, 200, 42_000), basket());
        assertOutside(justOutside);
        assertEquals(justOutside, farOutside);
    }

    @Test
    public void distancesAreGeodesicNotSpherical() {
        GeoPoint paris = GeoPoint.of(48.8566, 2.3522);
        GeoPoint home = at(paris, 90, 50_030);
        assertTrue("a sphere would put this home inside", haversineMetres(paris, home) < 50_000 - 60);
        assertOutside(requestErrors(paris, 50.0, home, basket()));
    }

    @Test
    public void theRadiusIsMeasuredFromTheOperationsLocationNotTheActors() {
        Map<String, Object> operation = stored(with(epicerie(), "deliveryRadiusKm", 3));
        ParticipationContext fromSagone = new ParticipationContext(operation, EPICERIE_DE_VICO, HOME_IN_SAGONE,
                at(HOME_IN_SAGONE, 10, 2_000));
        List<FieldError> inside = new ArrayList<>();
        type.validateParticipation(checkedRequest(basket(), inside), fromSagone, inside);
        assertEquals(List.of(), inside);
        ParticipationContext fromVico = new ParticipationContext(operation, HOME_IN_SAGONE, EPICERIE_DE_VICO,
                at(HOME_IN_SAGONE, 10, 2_000));
        List<FieldError> outside = new ArrayList<>();
        type.validateParticipation(checkedRequest(basket(), outside), fromVico, outside);
        assertOutside(outside);
    }

    @Test
    public void eachWrongRequestFieldIsRefusedWithItsName() {
        assertRequestRefused(Map.of("goods", List.of("meals")), "attributes.goods");
        assertRequestRefused(Map.of("goods", List.of()), "attributes.goods");
        assertRequestRefused(Map.of("preferredDay", "tue"), "attributes.goods");
        assertRequestRefused(Map.of("goods", List.of("bread"), "preferredDay", "mon"), "attributes.preferredDay");
        assertRequestRefused(Map.of("goods", List.of("bread"), "preferredDay", "mardi"), "attributes.preferredDay");
        assertRequestRefused(Map.of("goods", List.of("bread"), "eligibility", "families"), "attributes.eligibility");
        assertRequestRefused(Map.of("goods", List.of("bread"), "eligibility", "everyone"), "attributes.eligibility");
        assertRequestRefused(Map.of("goods", List.of("bread"), "note", "x".repeat(501)), "attributes.note");
        assertRequestRefused(Map.of("goods", List.of("bread"), "address", "12 cours Napoléon"),
                "attributes.address");
    }

    @Test
    public void anyStatementIsAcceptedWhenTheOperationIsForEveryone() {
        Map<String, Object> operation = stored(with(epicerie(), "eligible", List.of("everyone")));
        for (String statement : List.of("elderly", "families")) {
            List<FieldError> errors = new ArrayList<>();
            Map<String, Object> request = checkedRequest(with(basket(), "eligibility", statement), errors);
            type.validateParticipation(request,
                    new ParticipationContext(operation, EPICERIE_DE_VICO, EPICERIE_DE_VICO, HOME_IN_COGGIA), errors);
            assertEquals(List.of(), errors);
        }
    }

    @Test
    public void aWrongRequestFromOutsideGetsBothRefusals() {
        List<FieldError> errors = requestErrors(HOME_IN_AJACCIO, Map.of("goods", List.of("medicines")));
        assertFields(errors, "attributes.goods", "home");
    }

    @Test
    public void aRequesterWithoutAHomeIsRefused() {
        List<FieldError> errors = new ArrayList<>();
        type.validateParticipation(checkedRequest(basket(), errors),
                new ParticipationContext(stored(epicerie()), EPICERIE_DE_VICO, EPICERIE_DE_VICO, null), errors);
        assertFields(errors, "home");
    }

    @Test
    public void everyFieldIsLabelledInFrenchAndEnglishAndEveryChoiceToo() {
        assertEquals("home-delivery", type.key());
        assertEquals(Map.of("fr", "Livraison à domicile", "en", "Home delivery"), type.names());
        List<FieldSpec> all = new ArrayList<>(type.fields());
        all.addAll(type.participationFields());
        for (FieldSpec field : all) {
            assertEquals(field.name(), Set.of("fr", "en"), field.labels().keySet());
            assertTrue(field.name(), field.help().isEmpty() || field.help().keySet().equals(Set.of("fr", "en")));
            field.choices().forEach(c -> assertEquals(c.key(), Set.of("fr", "en"), c.labels().keySet()));
        }
        assertEquals(List.of("deliveryRadiusKm", "days", "goods", "eligible", "deliveryFee", "minimumOrder",
                "orderingInstructions"), names(type.fields()));
        assertEquals(List.of("goods", "preferredDay", "note", "eligibility"), names(type.participationFields()));
    }

    @Test
    public void theComponentIsRegisteredAsAnOperationTypeUnderItsKeyAndNeedsTheGeoService() throws Exception {
        String descriptor = "/OSGI-INF/" + HomeDeliveryOperationType.class.getName() + ".xml";
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
            Element reference = (Element) document.getElementsByTagName("reference").item(0);
            assertEquals("org.entraide.api.geo.GeoRadiusService", reference.getAttribute("interface"));
            assertEquals("geo", reference.getAttribute("name"));
        }
    }

    @Test
    public void aDayOutsideTheDeliveryDaysHasItsCodeInFrenchAndEnglish() {
        List<FieldError> errors = requestErrors(HOME_IN_COGGIA, Map.of("goods", List.of("bread"), "preferredDay",
                "mon"));

        assertEquals(1, errors.size());
        assertEquals("outside_delivery_days", errors.get(0).code());
        assertTrue(errors.get(0).message("fr"), errors.get(0).message("fr").startsWith("doit être un jour de livraison"
                + " : "));
        assertTrue(errors.get(0).message("en"), errors.get(0).message("en").startsWith("must be a delivery day: "));
    }

    private void assertOutside(List<FieldError> errors) {
        assertErrors(List.of(new FieldError("home", "your home is outside this delivery area")), errors);
        assertEquals("outside_delivery_area", errors.get(0).code());
        for (FieldError error : errors) {
            assertTrue(error.message(), error.message().chars().noneMatch(Character::isDigit));
            assertTrue(error.field(), error.field().chars().noneMatch(Character::isDigit));
        }
    }

    private List<FieldError> operationErrors(Map<String, Object> attributes) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(type.fields(), attributes, "attributes.", errors);
        type.validate(checked, context(EPICERIE_DE_VICO), errors);
        return errors;
    }

    private void assertOperationRefused(Map<String, Object> attributes, String field) {
        assertFields(operationErrors(attributes), field);
    }

    private void assertRequestRefused(Map<String, Object> attributes, String field) {
        assertFields(requestErrors(HOME_IN_COGGIA, attributes), field);
    }

    private List<FieldError> requestErrors(GeoPoint home, Map<String, Object> attributes) {
        return requestErrors(EPICERIE_DE_VICO, 12.0, home, attributes);
    }

    private List<FieldError> requestErrors(GeoPoint centre, double radiusKm, GeoPoint home,
            Map<String, Object> attributes) {
        Map<String, Object> operation = stored(with(epicerie(), "deliveryRadiusKm", radiusKm));
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = checkedRequest(attributes, errors);
        type.validateParticipation(checked, new ParticipationContext(operation, centre, centre, home), errors);
        return errors;
    }

    private Map<String, Object> checkedRequest(Map<String, Object> attributes, List<FieldError> errors) {
        return Schemas.check(type.participationFields(), attributes, "attributes.", errors);
    }

    /** The operation's attributes as core stores them: checked and normalised. */
    private Map<String, Object> stored(Map<String, Object> attributes) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(type.fields(), attributes, "attributes.", errors);
        type.validate(checked, context(EPICERIE_DE_VICO), errors);
        assertEquals(List.of(), errors);
        return checked;
    }

    private static OperationContext context(GeoPoint location) {
        return new OperationContext("shop", location, location);
    }

    private static void assertFields(List<FieldError> errors, String... fields) {
        Set<String> refused = new TreeSet<>();
        errors.forEach(e -> refused.add(e.field()));
        assertEquals(errors.toString(), new TreeSet<>(List.of(fields)), refused);
        errors.forEach(e -> assertFalse(e.message().isBlank()));
    }

    private static GeoPoint at(GeoPoint from, double azimuth, double metres) {
        GeodesicData end = Geodesic.WGS84.Direct(from.lat(), from.lon(), azimuth, metres);
        return GeoPoint.of(end.lat2, end.lon2);
    }

    /** The great-circle distance on a sphere of the mean Earth radius: what a hand-written haversine gives. */
    private static double haversineMetres(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
    }

    /** The épicerie of Vico: twice a week, within 12 km, for those who cannot come down to the village. */
    private static Map<String, Object> epicerie() {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("deliveryRadiusKm", 12);
        operation.put("days", List.of("tue", "fri"));
        operation.put("goods", List.of("groceries", "bread", "newspapers"));
        operation.put("eligible", List.of("elderly", "disabled", "isolated"));
        operation.put("deliveryFee", 0);
        operation.put("minimumOrder", 15);
        operation.put("orderingInstructions",
                "Commandez la veille avant 18 h, à l'épicerie ou par téléphone ; paiement à la livraison.");
        return operation;
    }

    private static Map<String, Object> basket() {
        return Map.of("goods", List.of("groceries", "bread"), "preferredDay", "fri",
                "note", "Pain de campagne, lait, six œufs. Maison au bout du chemin, après la fontaine.",
                "eligibility", "elderly");
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
    public void aSaturdayDeliveryOfMealsOffersOnlyMealsAndSaturday() {
        List<FieldSpec> offered = type.participationFieldsFor(Map.of(HomeDeliveryOperationType.GOODS,
                List.of("meals"), HomeDeliveryOperationType.DAYS, List.of("sat"), HomeDeliveryOperationType.ELIGIBLE,
                List.of("elderly")));

        assertEquals(List.of("meals"), offeredChoices(offered, HomeDeliveryOperationType.GOODS));
        assertEquals(List.of("sat"), offeredChoices(offered, HomeDeliveryOperationType.PREFERRED_DAY));
        assertEquals(List.of("elderly"), offeredChoices(offered, HomeDeliveryOperationType.ELIGIBILITY));
        assertEquals("the same fields, in the same order", names(type.participationFields()), names(offered));
        List<FieldSpec> forEveryone = type.participationFieldsFor(Map.of(HomeDeliveryOperationType.ELIGIBLE,
                List.of("everyone")));
        assertEquals("for everyone, or saying nothing: every choice", type.participationFields(), forEveryone);
    }

    private static List<String> offeredChoices(List<FieldSpec> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().choices().stream()
                .map(c -> c.key()).collect(java.util.stream.Collectors.toList());
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
