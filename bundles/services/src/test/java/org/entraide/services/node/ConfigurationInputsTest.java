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
package org.entraide.services.node;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class ConfigurationInputsTest {

    private static ConfigurationInputs inputs(List<String> features, Map<String, List<String>> territories) {
        return new ConfigurationInputs(features, territories);
    }

    @Test
    public void theOrderInputsAreReadInDoesNotChangeTheFingerprint() {
        Map<String, List<String>> one = new LinkedHashMap<>();
        one.put("lyon", List.of("name=Lyon", "maxRadiusKm=30.0"));
        one.put("ajaccio", List.of("name=Ajaccio"));
        Map<String, List<String>> other = new LinkedHashMap<>();
        other.put("ajaccio", List.of("name=Ajaccio"));
        other.put("lyon", List.of("maxRadiusKm=30.0", "name=Lyon"));
        ConfigurationInputs first = inputs(List.of("entraide-core/0.1.0", "scr/4.4.10"), one);
        ConfigurationInputs second = inputs(List.of("scr/4.4.10", "entraide-core/0.1.0"), other);
        assertEquals(first.fingerprint(), second.fingerprint());
        assertEquals(List.of("feature entraide-core/0.1.0", "feature scr/4.4.10", "territory ajaccio name=Ajaccio",
                "territory lyon maxRadiusKm=30.0", "territory lyon name=Lyon"), first.lines());
        assertTrue(first.fingerprint(), first.fingerprint().matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    public void aFeatureOrATerritorySettingMoreOrChangedChangesTheFingerprint() {
        ConfigurationInputs base = inputs(List.of("entraide-core/0.1.0"), Map.of("lyon", List.of("name=Lyon")));
        String fingerprint = base.fingerprint();
        assertNotEquals(fingerprint, inputs(List.of("entraide-core/0.1.0", "entraide-actor-shop/0.1.0"),
                Map.of("lyon", List.of("name=Lyon"))).fingerprint());
        assertNotEquals(fingerprint, inputs(List.of("entraide-core/0.1.1"), Map.of("lyon", List.of("name=Lyon")))
                .fingerprint());
        assertNotEquals(fingerprint, inputs(List.of("entraide-core/0.1.0"), Map.of("lyon", List.of("name=Lyon 2")))
                .fingerprint());
        assertNotEquals(fingerprint, inputs(List.of("entraide-core/0.1.0"), Map.of("lyon", List.of("name=Lyon"),
                "paris", List.of("name=Paris"))).fingerprint());
        // The same setting moved from one territory to another is a difference too.
        assertNotEquals(inputs(List.of(), Map.of("a", List.of("x=1"), "b", List.of())).fingerprint(),
                inputs(List.of(), Map.of("a", List.of(), "b", List.of("x=1"))).fingerprint());
        assertEquals(fingerprint, inputs(List.of("entraide-core/0.1.0"), Map.of("lyon", List.of("name=Lyon")))
                .fingerprint());
    }
}
