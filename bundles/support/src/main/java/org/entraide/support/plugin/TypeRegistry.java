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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entraide.services.plugin.RefusedType;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The types of one kind that plugins registered, keyed by their key, as a service binds them: a type with a fault
 * ({@code TypeChecks}) or whose key another bundle's type already holds is refused, logged with its bundle and
 * listed by {@link #refused()}, and the types already there stay. A refused type leaves the list when its plugin
 * goes; a type refused as a duplicate is not promoted when the holder of its key leaves (its plugin is reinstalled
 * for that).
 *
 * @param <T> ActorType or OperationType
 */
public final class TypeRegistry<T> {

    private static final Logger LOG = LoggerFactory.getLogger(TypeRegistry.class);

    private final String kind;
    private final Map<String, T> types;
    private final Function<T, String> key;
    private final Function<T, List<String>> faults;
    private final List<Refusal<T>> refusals = new ArrayList<>();

    /**
     * A registry filling the service's map.
     *
     * @param kind {@code actor} or {@code operation}, as logs and health name it
     * @param types the map the service reads its types from, filled and emptied here
     * @param key the type's key
     * @param faults the type's faults, empty when it may be listed
     */
    public TypeRegistry(String kind, Map<String, T> types, Function<T, String> key, Function<T, List<String>> faults) {
        this.kind = kind;
        this.types = types;
        this.key = key;
        this.faults = faults;
    }

    /**
     * Lists the type, or refuses it.
     *
     * @param type as bound
     * @return whether it is listed
     */
    public synchronized boolean add(T type) {
        String bundle = bundleOf(type);
        String typeKey;
        List<String> found;
        try {
            typeKey = key.apply(type);
            found = new ArrayList<>(faults.apply(type));
        } catch (RuntimeException e) {
            typeKey = null;
            found = new ArrayList<>(List.of("the type fails when asked for its key: " + e));
        }
        T holder = typeKey == null ? null : types.get(typeKey);
        if (found.isEmpty() && holder != null && holder != type) {
            found.add("duplicate key: '" + typeKey + "' is already the " + kind + " type of bundle "
                    + bundleOf(holder));
        }
        if (!found.isEmpty()) {
            String reason = String.join("; ", found);
            refusals.add(new Refusal<>(type, new RefusedType(bundle, kind, typeKey, reason)));
            LOG.error("Refused the {} type '{}' of bundle {}: {}. The platform goes on without it; fix the plugin "
                    + "and install it again.", kind, typeKey, bundle, reason);
            return false;
        }
        types.put(typeKey, type);
        LOG.info("Listed the {} type '{}' of bundle {}", kind, typeKey, bundle);
        return true;
    }

    /**
     * Unlists the type, or forgets its refusal.
     *
     * @param type as unbound
     */
    public synchronized void remove(T type) {
        if (!refusals.removeIf(r -> r.type == type)) {
            types.values().remove(type);
        }
    }

    /** Returns the types refused and still registered, oldest first. */
    public synchronized List<RefusedType> refused() {
        List<RefusedType> refused = new ArrayList<>();
        for (Refusal<T> refusal : refusals) {
            refused.add(refusal.refused);
        }
        return refused;
    }

    private static String bundleOf(Object type) {
        Bundle bundle = FrameworkUtil.getBundle(type.getClass());
        return bundle == null ? type.getClass().getName() : bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    private static final class Refusal<T> {
        private final T type;
        private final RefusedType refused;

        Refusal(T type, RefusedType refused) {
            this.type = type;
            this.refused = refused;
        }
    }
}
