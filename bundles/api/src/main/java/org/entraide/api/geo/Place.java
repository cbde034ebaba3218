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
package org.entraide.api.geo;

import java.util.List;
import java.util.Objects;

/**
 * A French place from the gazetteer: a commune, or a village or quarter that belongs to one.
 *
 * @param name the place's name, such as {@code Ajaccio} or {@code Sagone}
 * @param inseeCode the INSEE code of the commune the place is or belongs to, such as {@code 2A004}, or
 *        {@code null} when unknown
 * @param communeName the name of that commune when the place is only part of it (for Sagone: {@code Vico}), or
 *        {@code null} when the place is the commune itself or the commune is unknown
 * @param departmentCode the department's code, such as {@code 2A}, {@code 75} or {@code 974}
 * @param departmentName the department's name, such as {@code Corse-du-Sud}, or {@code null} when unknown
 * @param postalCodes the postal codes of the place, ascending; empty when unknown
 * @param position the place's coordinates
 * @param population the number of inhabitants of the commune (or of the place, when it is part of one), or 0
 *        when unknown
 */
public record Place(String name, String inseeCode, String communeName, String departmentCode,
        String departmentName, List<String> postalCodes, GeoPoint position, int population) {

    /**
     * Checks and copies the fields.
     *
     * @param name the name
     * @param inseeCode the INSEE code or {@code null}
     * @param communeName the commune's name or {@code null}
     * @param departmentCode the department's code
     * @param departmentName the department's name or {@code null}
     * @param postalCodes the postal codes
     * @param position the coordinates
     * @param population the population, 0 when unknown
     */
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(position, "position");
        postalCodes = List.copyOf(postalCodes);
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative");
        }
    }
}
