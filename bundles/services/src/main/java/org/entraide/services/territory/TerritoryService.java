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
import java.util.Optional;

import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The territories served, as configured now: configurations are applied as they change, so callers ask on every
 * request rather than keep what they were told.
 */
@ProviderType
public interface TerritoryService {

    /**
     * Every valid territory, by key.
     *
     * @return the territories
     */
    List<Territory> territories();

    /**
     * One territory.
     *
     * @param key its key
     * @return the territory, or empty when there is none (or its configuration was refused)
     */
    Optional<Territory> territory(String key);

    /**
     * Whether a point lies in a territory's perimeter.
     *
     * @param territory the territory
     * @param point the point
     * @return true inside a circle (its edge included) or in one of the listed communes
     */
    boolean contains(Territory territory, GeoPoint point);

    /**
     * The rules at a point. Where perimeters overlap, the territory with the highest {@code priority} wins, then a
     * list of communes over a circle (it is the more precise), then the smaller circle, then the first key in
     * alphabetical order.
     *
     * @param point the point: a search's centre, an actor's or an operation's location
     * @return the scope there; outside every territory, the platform's defaults
     * @throws org.entraide.api.error.ValidationException naming {@code location} when the point is outside every
     *         territory and the operator serves territories only
     */
    Scope scopeAt(GeoPoint point);

    /**
     * The area of a radius query: the radius asked for, checked against the maximum at the centre, or else the
     * person's preferred radius capped at that maximum, or else the default there.
     *
     * @param centre the centre of the query
     * @param requestedRadiusKm the radius the query asks for, or {@code null}
     * @param preferredRadiusKm the radius the caller prefers (their account's), or {@code null}
     * @return the area
     * @throws org.entraide.api.geo.InvalidRadiusException when the requested radius is not above zero or above the
     *         maximum at the centre
     * @throws org.entraide.api.error.ValidationException as {@link #scopeAt(GeoPoint)} does
     */
    Area area(GeoPoint centre, Double requestedRadiusKm, Double preferredRadiusKm);

    /**
     * Why a type cannot be created at a location, if it cannot: outside every territory when only territories are
     * served (field {@code location}), or not enabled in the territory there (field {@code type}).
     *
     * @param location where the actor or operation would be
     * @param type the type's key
     * @param actorType true for an actor type, false for an operation type
     * @return the field error to report, or empty when the type may be created there
     */
    default Optional<FieldError> refusedType(GeoPoint location, String type, boolean actorType) {
        Scope scope;
        try {
            scope = scopeAt(location);
        } catch (ValidationException outside) {
            return Optional.of(FieldError.of("location", "outside_territories",
                    "est hors de tous les territoires desservis ici", "is outside every territory served here"));
        }
        boolean allowed = actorType ? scope.allowsActorType(type) : scope.allowsOperationType(type);
        if (allowed) {
            return Optional.empty();
        }
        String place = scope.territory() == null ? "ici" : "dans le territoire " + scope.territory().name();
        String french = "n'est pas activé " + place + " : doit être l'un des types "
                + (actorType ? "d'acteurs" : "d'opérations") + " activés là";
        return Optional.of(FieldError.of("type", "type_not_enabled", french, "is not enabled " + scope.where()
                + ": must be one of the " + (actorType ? "actor" : "operation") + " types enabled there"));
    }

    /**
     * Whether the operator serves territories only (a point outside every territory is refused) or the whole
     * country with the platform's defaults outside the territories.
     *
     * @return true for territories only
     */
    boolean territoriesOnly();
}
