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

import org.entraide.api.geo.GeoPoint;

/**
 * The feed around a centre.
 *
 * @param centre {@code null} for the caller's home
 * @param radiusKm {@code null} for the caller's preferred radius
 * @param kind {@code null} for both
 * @param category {@code null} for all
 * @param cursor {@code null} for the first page
 * @param limit 1 to 100
 */
public record FeedQuery(GeoPoint centre, Double radiusKm, PostKind kind, String category, String cursor,
        int limit) {
}
