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

import org.entraide.api.geo.GeoPoint;

/**
 * An open request that nobody has answered yet, as a territory's dashboard lists it.
 *
 * @param id the post's id
 * @param title its title
 * @param category its category's key
 * @param createdAt when it was posted
 * @param position its public position (never the private one)
 * @param escalationLevel the highest escalation step it reached, {@link EscalationStep#ACTORS} or
 *        {@link EscalationStep#MODERATORS}, or {@code null} when it was not escalated
 * @since 1.3
 */
public record UnansweredRequest(String id, String title, String category, Instant createdAt, GeoPoint position,
        String escalationLevel) {
}
