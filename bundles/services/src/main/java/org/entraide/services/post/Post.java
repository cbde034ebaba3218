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
package org.entraide.services.post;

import java.time.Instant;
import java.util.List;
import org.entraide.api.geo.GeoPoint;

/**
 * A post as others may see it.
 *
 * @param position the fuzzed public position, never the private location
 * @param distanceKm the rounded distance from the viewer's centre to the public position, or {@code null}
 * @param onBehalfOf the consent record of a post written for someone else, or {@code null}
 * @param escalations the steps of the escalation of an unanswered request, oldest first (since 1.2); never null
 */
public record Post(String id, PostKind kind, String category, String title, String body, String availability,
        PostStatus status, String authorId, String authorName, GeoPoint position, Double distanceKm,
        Instant createdAt, Instant updatedAt, Instant expiresAt, OnBehalfOf onBehalfOf, int followers,
        int responses, List<EscalationStep> escalations) {

    /** Copies the steps so a post never changes. */
    public Post {
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
    }

    /** A post never escalated (the 1.0 constructor). */
    public Post(String id, PostKind kind, String category, String title, String body, String availability,
            PostStatus status, String authorId, String authorName, GeoPoint position, Double distanceKm,
            Instant createdAt, Instant updatedAt, Instant expiresAt, OnBehalfOf onBehalfOf, int followers,
            int responses) {
        this(id, kind, category, title, body, availability, status, authorId, authorName, position, distanceKm,
                createdAt, updatedAt, expiresAt, onBehalfOf, followers, responses, List.of());
    }
}
