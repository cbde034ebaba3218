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
package org.entraide.actor.shop.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.plugin.ActorContext;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.Schemas;
import org.entraide.plugin.testkit.ActorTypeCheck;
import org.junit.Test;

/**
 * Checks the shop and artisan type the way core does: {@link Schemas#check} first, then the type's own rules.
 */
public class ShopActorTypeTest {

    private static final ActorContext VICO = new ActorContext(GeoPoint.of(42.1667, 8.7967), false);

    private final ShopActorType type = new ShopActorType();

    /** The village bakery: closed on Mondays, open on Sunday mornings, orders to collect. */
    private static Map<String, Object> boulangerie() {
        List<List<String>> weekday = List.of(List.of("06:30", "13:00"), List.of("15:30", "19:00"));
        Map<String, Object> hours = new LinkedHashMap<>();
        hours.put("tue", weekday);
        hours.put("wed", weekday);
        hours.put("thu", weekday);
        hours.put("fri", weekday);
        hours.put("sat", weekday);
        hours.put("sun", List.of(List.of("07:00", "12:30")));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("trade", "bakery");
        attributes.put("openingHours", hours);
        attributes.put("siret", "73282932000074");
        attributes.put("delivers", false);
        attributes.put("clickAndCollect", true);
        return attributes;
    }

    private List<String> problems(Map<String, Object> attributes) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(type.fields(), attributes, "attributes.", errors);
        type.validate(checked, VICO, errors);
        List<String> fields = new ArrayList<>();
        for (FieldError error : errors) {
            fields.add(error.field());
        }
        return fields;
    }

    private List<String> problemsWith(String name, Object value) {
        Map<String, Object> attributes = boulangerie();
        attributes.put(name, value);
        return problems(attributes);
    }

    private List<String> problemsWithout(String name) {
        Map<String, Object> attributes = boulangerie();
        attributes.remove(name);
        return problems(attributes);
    }

    @Test
    public void declaresItsKeyNamesAndLabelsInFrenchAndEnglish() {
        assertEquals("shop", type.key());
        assertEquals(Map.of("fr", "Commerce et artisan", "en", "Shop and artisan"), type.names());
        Set<String> names = new HashSet<>();
        List<String> ordered = new ArrayList<>();
        for (FieldSpec field : type.fields()) {
            assertTrue("duplicate " + field.name(), names.add(field.name()));
            ordered.add(field.name());
            assertLabelled(field.name(), field.labels());
            if (!field.help().isEmpty()) {
                assertLabelled(field.name() + " help", field.help());
            }
            boolean choosing = field.kind() == FieldKind.CHOICE || field.kind() == FieldKind.MULTI_CHOICE;
            assertEquals(field.name(), choosing, !field.choices().isEmpty());
            for (Choice choice : field.choices()) {
                assertLabelled(field.name() + "." + choice.key(), choice.labels());
            }
        }
        assertEquals(List.of("trade", "openingHours", "siret", "delivers", "clickAndCollect"), ordered);
        assertEquals(15, type.fields().get(0).choices().size());
    }

    private static void assertLabelled(String what, Map<String, String> labels) {
        assertEquals(what, Set.of("fr", "en"), labels.keySet());
        assertFalse(what, labels.get("fr").isBlank());
        assertFalse(what, labels.get("en").isBlank());
    }

    @Test
    public void isRegisteredAsAnActorTypeUnderItsKey() throws IOException {
        String name = "OSGI-INF/" + ShopActorType.class.getName() + ".xml";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            assertNotNull(name + " is generated by bnd from @Component", in);
            String component = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(component, component.contains("interface=\"org.entraide.api.plugin.ActorType\""));
            assertTrue(component, component.contains("name=\"entraide.type\"")
                    && component.contains("value=\"shop\""));
        }
    }

    @Test
    public void passesThePluginTestKit() {
        ActorTypeCheck.of(type)
                .at(VICO.location())
                .valid(boulangerie())
                .invalid(Map.of("trade", "bakery", "openingHours", Map.of("sun", List.of()), "siret", "73282932000074"),
                        "openingHours", "never_open")
                .invalid(Map.of("trade", "bakery", "openingHours", Map.of("sun", List.of(List.of("07:00", "12:30"))),
                        "siret", "73282932000075"), "siret", "not_a_siret")
                .invalid(Map.of("trade", "boulangerie"), "trade", "not_a_choice")
                .verify();
    }

    @Test
    public void acceptsTheVillageBakery() {
        assertEquals(List.of(), problems(boulangerie()));
    }

    @Test
    public void acceptsAPlumberReachableOnWeekdays() {
        Map<String, Object> plumber = new LinkedHashMap<>();
        plumber.put("trade", "plumber");
        plumber.put("openingHours", Map.of("mon", List.of(List.of("08:00", "18:00")),
                "fri", List.of(List.of("08:00", "17:00"))));
        plumber.put("siret", "81234567600017");
        assertEquals(List.of(), problems(plumber));
    }

    @Test
    public void needsTradeHoursAndSiret() {
        assertEquals(List.of("attributes.trade", "attributes.openingHours", "attributes.siret"),
                problems(Map.of("delivers", true)));
        assertEquals(List.of("attributes.trade"), problemsWithout("trade"));
        assertEquals(List.of("attributes.openingHours"), problemsWithout("openingHours"));
        assertEquals(List.of("attributes.siret"), problemsWithout("siret"));
        assertEquals(List.of(), problemsWithout("delivers"));
        assertEquals(List.of(), problemsWithout("clickAndCollect"));
    }

    @Test
    public void refusesAnUnknownTrade() {
        assertEquals(List.of("attributes.trade"), problemsWith("trade", "boulangerie"));
        assertEquals(List.of("attributes.trade"), problemsWith("trade", List.of("bakery")));
    }

    @Test
    public void wantsHoursThatOpenAtLeastOnce() {
        assertEquals(List.of("attributes.openingHours"), problemsWith("openingHours", Map.of()));
        assertEquals(List.of("attributes.openingHours"),
                problemsWith("openingHours", Map.of("mon", List.of(), "tue", List.of())));
        assertEquals(List.of("attributes.openingHours.tue"),
                problemsWith("openingHours", Map.of("tue", List.of(List.of("09:00", "12:00"),
                        List.of("11:00", "18:00")))));
        assertEquals(List.of("attributes.openingHours.lundi"),
                problemsWith("openingHours", Map.of("lundi", List.of(List.of("09:00", "12:00")))));
        assertEquals(List.of("attributes.openingHours"), problemsWith("openingHours", "9h-19h"));
    }

    @Test
    public void refusesSiretsThatAreMalformedOrFailTheirCheckDigits() {
        for (String siret : List.of("7328293200007", "732 829 320 00074", "73282932000075", "73282923000074",
                "73282932100007", "35600000012345")) {
            assertEquals(siret, List.of("attributes.siret"), problemsWith("siret", siret));
        }
        assertEquals(List.of(), problemsWith("siret", "35600000049837"));
    }

    @Test
    public void refusesDeliveryFlagsThatAreNotBooleans() {
        assertEquals(List.of("attributes.delivers"), problemsWith("delivers", "oui"));
        assertEquals(List.of("attributes.clickAndCollect"), problemsWith("clickAndCollect", 1));
    }

    @Test
    public void reportsEveryWrongFieldAtOnce() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("trade", "bakery");
        attributes.put("openingHours", Map.of("sun", List.of()));
        attributes.put("siret", "73282932000075");
        attributes.put("delivers", "yes");
        assertEquals(List.of("attributes.delivers", "attributes.siret", "attributes.openingHours"),
                problems(attributes));
    }
}
