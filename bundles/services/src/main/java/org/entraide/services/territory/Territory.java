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

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A territory as configured and checked.
 *
 * @param key the key of its configuration file, {@code etc/org.entraide.territory-<key>.cfg}
 * @param name its name, as people know it
 * @param perimeter where it is
 * @param maxRadiusKm the largest search radius inside it, at most 50
 * @param defaultRadiusKm the radius of a search that asks for none, at most {@code maxRadiusKm}
 * @param actorTypes the actor types enabled, or {@code null} for every installed type
 * @param operationTypes the operation types enabled, or {@code null} for every installed type
 * @param moderators the e-mail addresses of the accounts that moderate it
 * @param priority where perimeters overlap, the higher priority wins (see {@link TerritoryService#scopeAt})
 * @param escalation its escalation ladder for unanswered requests (since 1.1), never {@code null}
 */
public record Territory(String key, String name, Perimeter perimeter, double maxRadiusKm, double defaultRadiusKm,
        Set<String> actorTypes, Set<String> operationTypes, List<String> moderators, int priority,
        Escalation escalation) {

    /**
     * Copies the sets so a territory never changes.
     *
     * @param key the key
     * @param name the name
     * @param perimeter the perimeter
     * @param maxRadiusKm the maximum radius
     * @param defaultRadiusKm the default radius
     * @param actorTypes the enabled actor types, or null for all
     * @param operationTypes the enabled operation types, or null for all
     * @param moderators the moderators' e-mail addresses
     * @param priority the priority
     * @param escalation the escalation ladder, or null for {@link Escalation#DEFAULTS}
     */
    public Territory {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(perimeter, "perimeter");
        actorTypes = actorTypes == null ? null : Set.copyOf(actorTypes);
        operationTypes = operationTypes == null ? null : Set.copyOf(operationTypes);
        moderators = List.copyOf(moderators);
        escalation = escalation == null ? Escalation.DEFAULTS : escalation;
    }

    /**
     * A territory with the default escalation ladder (the 1.0 constructor).
     *
     * @param key the key
     * @param name the name
     * @param perimeter the perimeter
     * @param maxRadiusKm the maximum radius
     * @param defaultRadiusKm the default radius
     * @param actorTypes the enabled actor types, or null for all
     * @param operationTypes the enabled operation types, or null for all
     * @param moderators the moderators' e-mail addresses
     * @param priority the priority
     */
    public Territory(String key, String name, Perimeter perimeter, double maxRadiusKm, double defaultRadiusKm,
            Set<String> actorTypes, Set<String> operationTypes, List<String> moderators, int priority) {
        this(key, name, perimeter, maxRadiusKm, defaultRadiusKm, actorTypes, operationTypes, moderators, priority,
                null);
    }

    /**
     * Whether an actor type may be listed and created here.
     *
     * @param type the type's key
     * @return true when every type is enabled or this one is
     */
    public boolean allowsActorType(String type) {
        return actorTypes == null || actorTypes.contains(type);
    }

    /**
     * Whether an operation type may be listed and created here.
     *
     * @param type the type's key
     * @return true when every type is enabled or this one is
     */
    public boolean allowsOperationType(String type) {
        return operationTypes == null || operationTypes.contains(type);
    }
}
