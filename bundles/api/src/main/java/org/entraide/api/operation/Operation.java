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
package org.entraide.api.operation;

import java.time.Instant;
import java.util.Map;
import org.entraide.api.geo.GeoPoint;

/**
 * An operation.
 *
 * @param typeAvailable whether its type's plugin is installed; if not, the operation is read-only
 * @param status {@code DRAFT}, {@code PUBLISHED} or {@code CLOSED}
 */
public record Operation(String id, String actorId, String actorName, String type, boolean typeAvailable,
        String title, String description, GeoPoint location, Instant startsAt, Instant endsAt, String status,
        Map<String, Object> attributes, int participations, Double distanceKm, Instant createdAt) {
}
