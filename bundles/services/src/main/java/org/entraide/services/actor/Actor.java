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
package org.entraide.services.actor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entraide.api.geo.GeoPoint;

/**
 * A local actor.
 *
 * @param typeAvailable whether its type's plugin is installed; if not, the actor is read-only
 * @param verification {@code UNVERIFIED} or {@code VERIFIED} (set by a moderator or an operator)
 * @param managerIds the accounts that manage it, its creator first
 * @param distanceKm from the viewer's centre, or {@code null}
 * @param helpsWith the keys of the post categories it helps with (since 1.1), never {@code null}
 * @param identifier its public identifier (SIRET, RNA number, INSEE code) found in its attributes, with the link
 *        to the public register where moderators check it before they verify the actor; {@code null} when its
 *        attributes hold none (since 1.1)
 * @param hidden whether moderators hid it: then only its managers and its moderators see it, its operations with
 *        it (since 1.1)
 */
public record Actor(String id, String type, boolean typeAvailable, String name, String description,
        GeoPoint location, String address, Contact contact, Map<String, Object> attributes, String verification,
        List<String> managerIds, int followers, Double distanceKm, Instant createdAt, Instant updatedAt,
        List<String> helpsWith, ActorIdentifier identifier, boolean hidden) {

    /** Copies the categories so an actor never changes. */
    public Actor {
        helpsWith = helpsWith == null ? List.of() : List.copyOf(helpsWith);
    }

    /** An actor that helps with no category, without identifier, not hidden (the 1.0 constructor). */
    public Actor(String id, String type, boolean typeAvailable, String name, String description,
            GeoPoint location, String address, Contact contact, Map<String, Object> attributes, String verification,
            List<String> managerIds, int followers, Double distanceKm, Instant createdAt, Instant updatedAt) {
        this(id, type, typeAvailable, name, description, location, address, contact, attributes, verification,
                managerIds, followers, distanceKm, createdAt, updatedAt, List.of(), null, false);
    }
}
