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
package org.entraide.actor.producer.internal;

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
import org.junit.Test;

/**
 * Checks the producer type the way core does: {@link Schemas#check} first, then the type's own rules.
 */
public class ProducerActorTypeTest {

    private static final ActorContext VICO = new ActorContext(GeoPoint.of(42.1667, 8.7967), true);

    private final ProducerActorType type = new ProducerActorType();

    /** A farm above Vico: brocciu, honey and charcuterie, sold at the farm and at the Sagone market. */
    private static Map<String, Object> fermeDeVico() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("products", List.of("cheese", "honey", "charcuterie"));
        attributes.put("labels", List.of("aop-aoc", "ab"));
        attributes.put("saleModes", List.of("farm", "market"));
        attributes.put("siret", "81234567600017");
        attributes.put("openingHours", Map.of(
                "wed", List.of(List.of("16:00", "19:00")),
                "sat", List.of(List.of("08:30", "12:30"), List.of("15:00", "18:00"))));
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
        Map<String, Object> attributes = fermeDeVico();
        attributes.put(name, value);
        return problems(attributes);
    }

    private List<String> problemsWithout(String name) {
        Map<String, Object> attributes = fermeDeVico();
        attributes.remove(name);
        return problems(attributes);
    }

    @Test
    public void declaresItsKeyNamesAndLabelsInFrenchAndEnglish() {
        assertEquals("producer", type.key());
        assertEquals(Map.of("fr", "Producteur local", "en", "Local producer"), type.names());
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
        assertEquals(List.of("products", "labels", "saleModes", "siret", "openingHours"), ordered);
        assertEquals(15, type.fields().get(0).choices().size());
        assertEquals(8, type.fields().get(1).choices().size());
        assertEquals(5, type.fields().get(2).choices().size());
    }

    private static void assertLabelled(String what, Map<String, String> labels) {
        assertEquals(what, Set.of("fr", "en"), labels.keySet());
        assertFalse(what, labels.get("fr").isBlank());
        assertFalse(what, labels.get("en").isBlank());
    }

    @Test
    public void isRegisteredAsAnActorTypeUnderItsKey() throws IOException {
        String name = "OSGI-INF/" + ProducerActorType.class.getName() + ".xml";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            assertNotNull(name + " is generated by bnd from @Component", in);
            String component = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(component, component.contains("interface=\"org.entraide.api.plugin.ActorType\""));
            assertTrue(component, component.contains("name=\"entraide.type\"")
                    && component.contains("value=\"producer\""));
        }
    }

    @Test
    public void acceptsAFarmOfVico() {
        assertEquals(List.of(), problems(fermeDeVico()));
    }

    @Test
    public void needsProductsSaleModesAndSiretOnly() {
        Map<String, Object> minimal = new LinkedHashMap<>();
        minimal.put("products", List.of("vegetables"));
        minimal.put("saleModes", List.of("baskets"));
        minimal.put("siret", "73282932000074");
        assertEquals(List.of(), problems(minimal));
        assertEquals(List.of("attributes.products", "attributes.saleModes", "attributes.siret"), problems(Map.of()));
    }

    @Test
    public void wantsAtLeastOneKnownProduct() {
        assertEquals(List.of("attributes.products"), problemsWith("products", List.of()));
        assertEquals(List.of("attributes.products"), problemsWith("products", List.of("cheese", "truffles")));
        assertEquals(List.of("attributes.products"), problemsWith("products", List.of("honey", "honey")));
        assertEquals(List.of("attributes.products"), problemsWith("products", "honey"));
        assertEquals(List.of("attributes.products"), problemsWithout("products"));
    }

    @Test
    public void takesLabelsFromTheListOrNone() {
        assertEquals(List.of(), problemsWith("labels", List.of("none")));
        assertEquals(List.of(), problemsWith("labels", List.of()));
        assertEquals(List.of(), problemsWith("labels", List.of("label-rouge", "igp", "hve", "nature-progres",
                "bienvenue-a-la-ferme")));
        assertEquals(List.of(), problemsWithout("labels"));
        assertEquals(List.of("attributes.labels"), problemsWith("labels", List.of("none", "ab")));
        assertEquals(List.of("attributes.labels"), problemsWith("labels", List.of("bio")));
    }

    @Test
    public void wantsAtLeastOneKnownSaleMode() {
        assertEquals(List.of(), problemsWith("saleModes", List.of("farm", "market", "baskets", "delivery", "shop")));
        assertEquals(List.of("attributes.saleModes"), problemsWith("saleModes", List.of()));
        assertEquals(List.of("attributes.saleModes"), problemsWith("saleModes", List.of("online")));
        assertEquals(List.of("attributes.saleModes"), problemsWithout("saleModes"));
    }

    @Test
    public void refusesSiretsThatAreMalformedOrFailTheirCheckDigits() {
        for (String siret : List.of("8123456760001", "812345676000170", "812 345 676 00017", "8123456760001A")) {
            assertEquals(siret, List.of("attributes.siret"), problemsWith("siret", siret));
        }
        for (String siret : List.of("81234567600018", "81234576600017", "73282932100007", "35600000012345")) {
            assertEquals(siret, List.of("attributes.siret"), problemsWith("siret", siret));
        }
        assertEquals(List.of("attributes.siret"), problemsWith("siret", 81234567600017L));
        assertEquals(List.of("attributes.siret"), problemsWithout("siret"));
    }

    @Test
    public void acceptsLaPosteSiretsByTheirDigitSum() {
        assertEquals(List.of(), problemsWith("siret", "35600000049837"));
        assertEquals(List.of(), problemsWith("siret", "35600000000048"));
    }

    @Test
    public void takesOptionalWeeklySalesHours() {
        assertEquals(List.of(), problemsWithout("openingHours"));
        assertEquals(List.of("attributes.openingHours.sam"),
                problemsWith("openingHours", Map.of("sam", List.of(List.of("08:30", "12:30")))));
        assertEquals(List.of("attributes.openingHours.sat"),
                problemsWith("openingHours", Map.of("sat", List.of(List.of("12:30", "08:30")))));
        assertEquals(List.of("attributes.openingHours"), problemsWith("openingHours", "samedi matin"));
    }

    @Test
    public void reportsEveryWrongFieldAtOnce() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("products", List.of());
        attributes.put("labels", List.of("none", "hve"));
        attributes.put("saleModes", List.of("market"));
        attributes.put("siret", "81234567600018");
        attributes.put("rna", "W2A1002345");
        assertEquals(List.of("attributes.products", "attributes.rna", "attributes.siret", "attributes.labels"),
                problems(attributes));
    }
}
