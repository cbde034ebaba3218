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
package org.entraide.services.territory;

import java.util.Optional;

/**
 * The rules that apply at a place: its territory's, or the platform's outside every territory.
 *
 * @param territory the territory there, or {@code null} outside every territory
 * @param maxRadiusKm the largest search radius
 * @param defaultRadiusKm the radius of a search that asks for none
 */
public record Scope(Territory territory, double maxRadiusKm, double defaultRadiusKm) {

    /**
     * The territory, if any.
     *
     * @return the territory there, or empty outside every territory
     */
    public Optional<Territory> inTerritory() {
        return Optional.ofNullable(territory);
    }

    /**
     * Whether an actor type may be listed and created here; outside every territory, every installed type may.
     *
     * @param type the type's key
     * @return whether it is enabled
     */
    public boolean allowsActorType(String type) {
        return territory == null || territory.allowsActorType(type);
    }

    /**
     * Whether an operation type may be listed and created here; outside every territory, every installed type may.
     *
     * @param type the type's key
     * @return whether it is enabled
     */
    public boolean allowsOperationType(String type) {
        return territory == null || territory.allowsOperationType(type);
    }

    /**
     * How a message names the place, for errors: "in territory Ajaccio" or "here".
     *
     * @return the words
     */
    public String where() {
        return territory == null ? "here" : "in the territory " + territory.name();
    }
}
