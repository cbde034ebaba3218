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
package org.entraide.itests.badplugin;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationType;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * A plugin as a careless partner might write it, packed into a bundle of its own by {@code BadPluginIT}: its
 * header {@code Entraide-Test-Fault} says which fault its one type has ({@code good} for none), and
 * {@code Entraide-Test-Kind} whether it is an actor or an operation type.
 */
public final class BadPlugin implements BundleActivator {

    /** The header naming the fault. */
    public static final String FAULT = "Entraide-Test-Fault";
    /** The header naming the kind, {@code actor} or {@code operation}. */
    public static final String KIND = "Entraide-Test-Kind";

    private static final Map<String, String> NAMES = Map.of("fr", "Essai", "en", "Trial");
    private static final FieldSpec SEATS = FieldSpec.of("seats", FieldKind.NUMBER, "Places", "Seats")
            .withBounds(1.0, 8.0);

    @Override
    public void start(BundleContext context) {
        String fault = context.getBundle().getHeaders().get(FAULT);
        String kind = context.getBundle().getHeaders().get(KIND);
        Type type = type(fault);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(ActorType.TYPE_PROPERTY, type.key());
        if ("actor".equals(kind)) {
            context.registerService(ActorType.class, type, properties);
        } else {
            context.registerService(OperationType.class, type, properties);
        }
    }

    @Override
    public void stop(BundleContext context) {
        // The framework unregisters the service.
    }

    /** The type with the fault named; the key is what the IT looks for. */
    public static Type type(String fault) {
        switch (fault) {
            case "duplicate":
                return new Type("home-delivery", Map.of("fr", "Doublon", "en", "Duplicate"), List.of(SEATS));
            case "no-choices":
                return new Type("itest-no-choices", NAMES,
                        List.of(FieldSpec.of("days", FieldKind.MULTI_CHOICE, "Jours", "Days")));
            case "bounds":
                return new Type("itest-bounds", NAMES, List.of(SEATS.withBounds(9.0, 2.0)));
            case "unknown-kind":
                return new Type("itest-unknown-kind", NAMES, List.of(new FieldSpec("mode", null, false,
                        Map.of("fr", "Mode", "en", "Mode"), null, null, null, null, null, null)));
            case "no-english":
                return new Type("itest-no-english", Map.of("fr", "Essai"), List.of(FieldSpec.of("kind",
                        FieldKind.CHOICE, "Sorte", "Kind").withChoices(List.of(Choice.of("a", "A", "A")))));
            default:
                return new Type("itest-good", NAMES, List.of(SEATS));
        }
    }

    /** One type, usable as an actor type or an operation type. */
    public static final class Type implements ActorType, OperationType {
        private final String key;
        private final Map<String, String> names;
        private final List<FieldSpec> fields;

        Type(String key, Map<String, String> names, List<FieldSpec> fields) {
            this.key = key;
            this.names = names;
            this.fields = fields;
        }

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
            return List.of();
        }
    }
}
