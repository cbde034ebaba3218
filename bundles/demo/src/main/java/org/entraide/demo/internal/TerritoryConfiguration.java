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
package org.entraide.demo.internal;

import java.io.IOException;
import java.util.Hashtable;
import org.entraide.services.identity.Role;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The demo territory's configuration, {@value #PID}: written before the seeding unless the operator already has
 * one of that name, deleted with the demo. Without Config Admin (in tests) there is none to write or delete.
 */
final class TerritoryConfiguration {

    /** The factory and name of the demo territory's configuration: {@code org.entraide.territory~demo}. */
    static final String FACTORY = "org.entraide.territory";
    static final String NAME = "demo";
    static final String PID = FACTORY + "~" + NAME;

    private final ConfigurationAdmin configurations;

    TerritoryConfiguration(ConfigurationAdmin configurations) {
        this.configurations = configurations;
    }

    /** Creates the demo territory's configuration unless the operator already has one of that name. */
    void create() {
        try {
            Configuration territory = find(true);
            if (territory != null && territory.getProperties() == null) {
                territory.update(properties());
            }
        } catch (IOException | RuntimeException e) {
            DemoContext.LOG.warn("Demo territory: its territory configuration could not be written: {}",
                    e.toString());
        }
    }

    /** Deletes the demo territory's configuration, if there is one. */
    void delete() {
        try {
            Configuration territory = find(false);
            if (territory != null) {
                territory.delete();
            }
        } catch (IOException | RuntimeException e) {
            DemoContext.LOG.warn("Demo territory: its configuration could not be deleted: {}", e.toString());
        }
    }

    /** The territory: its name, its perimeter and radii, moderated by the demo's moderator. */
    // Configuration.update takes a Dictionary, and Hashtable is the JDK's implementation of it.
    @SuppressWarnings("JdkObsolete")
    static Hashtable<String, Object> properties() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("name", "Démo Corse-du-Sud (Ajaccio, Sagone, Vico)");
        properties.put("perimeter.lat", "42.02");
        properties.put("perimeter.lon", "8.72");
        properties.put("perimeter.radiusKm", "35");
        properties.put("maxRadiusKm", "50");
        properties.put("defaultRadiusKm", "25");
        DemoTerritory.residents().stream().filter(r -> r.roles().contains(Role.MODERATOR)).findFirst()
                .ifPresent(r -> properties.put("moderators", r.email()));
        return properties;
    }

    private Configuration find(boolean create) throws IOException {
        if (configurations == null) {
            return null;
        }
        if (create) {
            return configurations.getFactoryConfiguration(FACTORY, NAME, "?");
        }
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + PID + ")");
            return found == null ? null : found[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
