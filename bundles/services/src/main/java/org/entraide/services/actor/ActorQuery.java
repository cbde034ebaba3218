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

import org.entraide.api.geo.GeoPoint;

/**
 * Actors around a centre, nearest first.
 *
 * @param centre {@code null} for the caller's home
 * @param radiusKm {@code null} for the caller's preferred radius (or the platform default)
 * @param type {@code null} for every type
 * @param helpsWith a post category key: only the actors that help with it (since 1.1); {@code null} for all
 */
public record ActorQuery(GeoPoint centre, Double radiusKm, String type, String cursor, int limit, String helpsWith) {

    /** Actors whatever they help with (the 1.0 constructor). */
    public ActorQuery(GeoPoint centre, Double radiusKm, String type, String cursor, int limit) {
        this(centre, radiusKm, type, cursor, limit, null);
    }
}
