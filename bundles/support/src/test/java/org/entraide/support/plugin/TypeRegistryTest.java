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
package org.entraide.support.plugin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.TypeChecks;
import org.entraide.services.plugin.RefusedType;
import org.junit.Test;

/** How the services bind types: sound ones listed, faulty ones and duplicates refused, the first holder kept. */
public class TypeRegistryTest {

    private final Map<String, OperationType> types = new ConcurrentHashMap<>();
    private final TypeRegistry<OperationType> registry = new TypeRegistry<>("operation", types, OperationType::key,
            TypeChecks::faults);

    private static OperationType type(String key, Double min, Double max) {
        return new Stub(() -> key, List.of(FieldSpec.of("seats", FieldKind.NUMBER, "Places", "Seats")
                .withBounds(min, max)));
    }

    /** An operation type of the given key (asked each time) and fields. */
    private static final class Stub implements OperationType {
        private final Supplier<String> key;
        private final List<FieldSpec> fields;

        Stub(Supplier<String> key, List<FieldSpec> fields) {
            this.key = key;
            this.fields = fields;
        }

        @Override
        public String key() {
            return key.get();
        }

        @Override
        public Map<String, String> names() {
            return Map.of("fr", "Essai", "en", "Trial");
        }

        @Override
        public List<FieldSpec> fields() {
            return fields;
        }

        @Override
        public List<FieldSpec> participationFields() {
            return List.of();
        }
    }

    @Test
    public void aSoundTypeIsListedAndLeaves() {
        OperationType good = type("transport", 1.0, 8.0);
        assertTrue(registry.add(good));
        assertSame(good, types.get("transport"));
        registry.remove(good);
        assertTrue(types.isEmpty());
        assertEquals(List.of(), registry.refused());
    }

    @Test
    public void aFaultyTypeIsRefusedWithItsFaultAndTheOthersStay() {
        OperationType good = type("transport", 1.0, 8.0);
        OperationType bad = type("market", 9.0, 2.0);
        registry.add(good);
        assertFalse(registry.add(bad));
        assertEquals(Map.of("transport", good), types);
        RefusedType refused = registry.refused().get(0);
        assertEquals("operation", refused.kind());
        assertEquals("market", refused.type());
        assertTrue(refused.reason(), refused.reason().contains("fields 'seats': min 9.0 is above max 2.0"));
        assertTrue(refused.bundle(), refused.bundle().startsWith(TypeRegistryTest.class.getName()));
        registry.remove(bad);
        assertEquals(List.of(), registry.refused());
        assertEquals(Map.of("transport", good), types);
    }

    @Test
    public void aSecondTypeWithTheSameKeyIsRefusedAndTheFirstKept() {
        OperationType first = type("transport", 1.0, 8.0);
        OperationType second = type("transport", 1.0, 4.0);
        registry.add(first);
        assertFalse(registry.add(second));
        assertSame(first, types.get("transport"));
        assertTrue(registry.refused().get(0).reason(),
                registry.refused().get(0).reason().startsWith("duplicate key: 'transport' is already the operation"));
        registry.remove(second);
        assertSame("removing the refused one leaves the first", first, types.get("transport"));
    }

    @Test
    public void aTypeThatThrowsOnItsKeyIsRefused() {
        OperationType broken = new Stub(() -> {
            throw new IllegalStateException("no key yet");
        }, List.of());
        assertFalse(registry.add(broken));
        assertTrue(registry.refused().get(0).reason().contains("no key yet"));
        assertTrue(types.isEmpty());
    }
}
