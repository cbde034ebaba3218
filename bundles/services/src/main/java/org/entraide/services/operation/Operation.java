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
package org.entraide.services.operation;

import java.time.Instant;
import java.util.Map;
import org.entraide.api.geo.GeoPoint;

/**
 * An operation.
 *
 * @param typeAvailable whether its type's plugin is installed; if not, the operation is read-only
 * @param status {@code DRAFT}, {@code PUBLISHED} or {@code CLOSED}
 * @param hidden whether it is hidden from the public, by moderators or with its hidden actor: then only the
 *        actor's managers and its moderators see it (since 1.1)
 */
public record Operation(String id, String actorId, String actorName, String type, boolean typeAvailable,
        String title, String description, GeoPoint location, Instant startsAt, Instant endsAt, String status,
        Map<String, Object> attributes, int participations, Double distanceKm, Instant createdAt, boolean hidden) {

    /** An operation that is not hidden (the 1.0 constructor). */
    public Operation(String id, String actorId, String actorName, String type, boolean typeAvailable,
            String title, String description, GeoPoint location, Instant startsAt, Instant endsAt, String status,
            Map<String, Object> attributes, int participations, Double distanceKm, Instant createdAt) {
        this(id, actorId, actorName, type, typeAvailable, title, description, location, startsAt, endsAt, status,
                attributes, participations, distanceKm, createdAt, false);
    }
}
