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

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.entraide.api.error.NotFoundException;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.api.geo.PlaceDirectory;
import org.entraide.services.territory.Territory;
import org.entraide.services.territory.TerritoryAdministration;
import org.osgi.framework.Constants;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ManagedServiceFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The territories configured, one per factory configuration {@value #FACTORY_PID}. A configuration that cannot be
 * read is refused with one log line listing every problem, and whatever that configuration gave before stays in
 * force: a typo in a file never takes a territory's rules away from its residents.
 */
@Component(service = {TerritoryRegistry.class, ManagedServiceFactory.class, TerritoryAdministration.class},
        configurationPolicy = ConfigurationPolicy.IGNORE, immediate = true,
        property = Constants.SERVICE_PID + "=" + TerritoryRegistry.FACTORY_PID)
public final class TerritoryRegistry implements ManagedServiceFactory, TerritoryAdministration {

    static final String FACTORY_PID = "org.entraide.territory";
    private static final Logger LOG = LoggerFactory.getLogger(TerritoryRegistry.class);
    private static final String FILE_NAME = "felix.fileinstall.filename";

    private final TerritoryParser parser;
    private final ConfigurationAdmin configurations;
    /** By configuration pid: what each configuration gives now. */
    private final ConcurrentMap<String, Territory> byPid = new ConcurrentHashMap<>();
    private volatile List<Territory> ordered = List.of();

    /**
     * Starts empty; Config Admin then delivers every configuration.
     *
     * @param geo the platform's radius defaults
     * @param places the gazetteer commune codes are checked against
     * @param configurations where the operator's tools write changes
     */
    @Activate
    public TerritoryRegistry(@Reference GeoRadiusService geo, @Reference PlaceDirectory places,
            @Reference ConfigurationAdmin configurations) {
        this.parser = new TerritoryParser(geo, places);
        this.configurations = configurations;
    }

    @Override
    public String getName() {
        return "Entraide territories";
    }

    @Override
    public void updated(String pid, Dictionary<String, ?> properties) {
        String key = key(pid, properties);
        String source = source(pid, properties);
        Territory territory;
        try {
            territory = parser.parse(key, map(properties));
        } catch (TerritoryParser.Refused refused) {
            LOG.error("Territory configuration {} refused, {}: {}", source, keeping(pid), refused.getMessage());
            return;
        }
        synchronized (this) {
            Optional<String> other = byPid.entrySet().stream()
                    .filter(e -> !e.getKey().equals(pid) && e.getValue().key().equals(territory.key()))
                    .map(Map.Entry::getKey).findFirst();
            if (other.isPresent()) {
                LOG.error("Territory configuration {} refused, {}: the key {} is already the territory of {}",
                        source, keeping(pid), territory.key(), other.get());
                return;
            }
            Territory before = byPid.put(pid, territory);
            publish();
            LOG.info("Territory {} ({}) {} from {}", territory.key(), territory.name(),
                    before == null ? "added" : "updated", source);
        }
    }

    @Override
    public synchronized void deleted(String pid) {
        Territory removed = byPid.remove(pid);
        publish();
        if (removed != null) {
            LOG.info("Territory {} ({}) removed", removed.key(), removed.name());
        }
    }

    /** The territories in force, by key. */
    List<Territory> territories() {
        return ordered;
    }

    @Override
    public boolean setTypeEnabled(String territoryKey, TypeFamily family, String type, boolean enabled,
            Collection<String> installed) {
        Configuration configuration = configuration(territoryKey);
        Dictionary<String, Object> properties = configuration.getProperties();
        Territory territory = territories().stream().filter(t -> t.key().equals(territoryKey)).findFirst()
                .orElseThrow(() -> new NotFoundException("No territory " + territoryKey + " is in force: fix its"
                        + " configuration first (see the log)."));
        Set<String> current = family == TypeFamily.ACTOR ? territory.actorTypes() : territory.operationTypes();
        if (current == null && enabled) {
            return false;
        }
        // Disabling one type of "every installed type" turns the list explicit: the installed ones but that one.
        Set<String> types = new TreeSet<>(current == null ? installed : current);
        boolean changed = (enabled ? types.add(type) : types.remove(type)) || current == null;
        if (!changed) {
            return false;
        }
        properties.put(family == TypeFamily.ACTOR ? TerritoryParser.ACTOR_TYPES : TerritoryParser.OPERATION_TYPES,
                String.join(",", types));
        try {
            configuration.update(properties);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The configuration of territory " + territoryKey
                    + " could not be written", e);
        }
        return true;
    }

    private Configuration configuration(String territoryKey) {
        try {
            Configuration[] all = configurations.listConfigurations(
                    "(" + ConfigurationAdmin.SERVICE_FACTORYPID + "=" + FACTORY_PID + ")");
            for (Configuration configuration : all == null ? new Configuration[0] : all) {
                if (territoryKey.equals(key(configuration.getPid(), configuration.getProperties()))) {
                    return configuration;
                }
            }
        } catch (java.io.IOException | org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException("The territory configurations could not be listed", e);
        }
        throw new NotFoundException("No territory " + territoryKey + ": see entraide:territories");
    }

    private void publish() {
        List<Territory> all = new ArrayList<>(byPid.values());
        all.sort(Comparator.comparing(Territory::key));
        ordered = Collections.unmodifiableList(all);
    }

    private String keeping(String pid) {
        Territory before = byPid.get(pid);
        return before == null ? "no territory from it" : "territory " + before.key() + " stays as it was";
    }

    /**
     * The key of a configuration: the {@code <key>} of {@code org.entraide.territory-<key>.cfg}, which Karaf also
     * makes the name after the {@code ~} of the configuration's pid.
     */
    static String key(String pid, Dictionary<String, ?> properties) {
        Object file = properties == null ? null : properties.get(FILE_NAME);
        if (file != null) {
            String name = String.valueOf(file);
            name = name.substring(name.lastIndexOf('/') + 1);
            String prefix = FACTORY_PID + "-";
            if (name.startsWith(prefix) && name.endsWith(".cfg")) {
                return name.substring(prefix.length(), name.length() - ".cfg".length());
            }
        }
        int tilde = pid.indexOf('~');
        return tilde >= 0 ? pid.substring(tilde + 1) : pid.substring(pid.lastIndexOf('.') + 1);
    }

    private static String source(String pid, Dictionary<String, ?> properties) {
        Object file = properties == null ? null : properties.get(FILE_NAME);
        return file == null ? pid : String.valueOf(file).replaceFirst("^file:", "");
    }

    private static Map<String, Object> map(Dictionary<String, ?> properties) {
        Map<String, Object> map = new HashMap<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            map.put(key, properties.get(key));
        }
        return map;
    }

    /** For tests: the properties of a configuration as Config Admin gives them. */
    // Config Admin's properties are a Dictionary, and Hashtable is the JDK's implementation of it.
    @SuppressWarnings("JdkObsolete")
    static Dictionary<String, Object> dictionary(Map<String, ?> properties) {
        return new Hashtable<>(properties);
    }
}
