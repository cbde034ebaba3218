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
package org.entraide.territories.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.entraide.services.node.ConfigurationInputs;
import org.entraide.services.node.NodeConfiguration;
import org.entraide.services.territory.Territory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * This node's configuration inputs: every installed Karaf feature (name and version; not only Entraide's, since a
 * partner's plugin feature or a console added by hand changes what a node does as much) and every territory in
 * force, with its settings as the registry parsed them (defaults filled in), read at each call.
 */
@Component(service = NodeConfiguration.class)
public class NodeConfigurationComponent implements NodeConfiguration {

    /** Written for a setting without a value: a list of types left out means every installed type. */
    static final String UNSET = "(unset)";

    private final TerritoryRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FeaturesService features;

    /**
     * Reads the registry at each call.
     *
     * @param registry the territories in force
     */
    @Activate
    public NodeConfigurationComponent(@Reference TerritoryRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ConfigurationInputs inputs() {
        List<String> installed = new ArrayList<>();
        FeaturesService current = features;
        if (current != null) {
            try {
                for (Feature feature : current.listInstalledFeatures()) {
                    installed.add(feature.getName() + "/" + feature.getVersion());
                }
            } catch (Exception e) {
                throw new IllegalStateException("The installed features could not be listed", e);
            }
        }
        return inputs(installed, registry.territories());
    }

    static ConfigurationInputs inputs(Collection<String> features, List<Territory> territories) {
        Map<String, List<String>> settings = new LinkedHashMap<>();
        for (Territory territory : territories) {
            settings.put(territory.key(), settings(territory));
        }
        return new ConfigurationInputs(List.copyOf(features), settings);
    }

    /** A territory's settings as {@code name=value} lines: nested records flattened with dots, sets sorted. */
    static List<String> settings(Territory territory) {
        List<String> lines = new ArrayList<>();
        flatten("", territory, lines);
        return lines;
    }

    private static void flatten(String prefix, Record record, List<String> lines) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Setting " + component.getName() + " unreadable", e);
            }
            String name = prefix + component.getName();
            if (value instanceof Record) {
                flatten(name + ".", (Record) value, lines);
            } else if (value instanceof Collection) {
                lines.add(name + "=" + String.join(",", ((Collection<?>) value).stream().map(String::valueOf)
                        .collect(Collectors.toCollection(TreeSet::new))));
            } else {
                lines.add(name + "=" + (value == null ? UNSET : value));
            }
        }
    }
}
