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

import java.util.Objects;

import org.entraide.api.geo.GeoPoint;

/**
 * The circle of a radius query once its territory's rules are applied.
 *
 * @param centre the centre
 * @param radiusKm the radius, within the scope's maximum
 * @param scope the rules at the centre
 */
public record Area(GeoPoint centre, double radiusKm, Scope scope) {

    /**
     * Checks the parts.
     *
     * @param centre the centre
     * @param radiusKm the radius
     * @param scope the scope
     */
    public Area {
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(scope, "scope");
    }
}
