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

import java.util.Collection;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Changes to territories made by the operator's tools: each writes the territory's configuration, so the file in
 * {@code etc/} says what is in force and the change applies as an edit of the file would.
 */
@ProviderType
public interface TerritoryAdministration {

    /** Which family of types a change is about. */
    enum TypeFamily {
        /** Actor types: association, producer, shop, collectivity, ... */
        ACTOR,
        /** Operation types: donation-box, home-delivery, ... */
        OPERATION
    }

    /**
     * Enables or disables a type in a territory.
     *
     * @param territoryKey the territory
     * @param family actor or operation types
     * @param type the type's key
     * @param enabled true to enable it, false to disable it
     * @param installed the keys of the types of that family installed now: disabling one type of a territory that
     *        enables all of them leaves the others enabled, so they must be named
     * @return true when the configuration changed, false when the type already was so
     * @throws org.entraide.api.error.NotFoundException when there is no such territory
     */
    boolean setTypeEnabled(String territoryKey, TypeFamily family, String type, boolean enabled,
            Collection<String> installed);
}
