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
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The gazetteer of French places, metropolitan and overseas: the "where do you live" of registration.
 */
@ProviderType
public interface PlaceDirectory {

    /** The largest number of places one search answers. */
    int MAX_LIMIT = 50;

    /**
     * Finds places by name or by postal code.
     *
     * <p>A query of digits is a postal code or the start of one ({@code 20118}, {@code 201}). Any other query is
     * the start of a name or of one of its words, ignoring case, accents and punctuation: {@code sagone},
     * {@code Saint-Denis}, {@code denis} and {@code st denis} all find Saint-Denis. Places whose whole name is
     * the query come first, then names that start with it, then names with a later word that does; within each
     * group the most populated first.
     *
     * @param query what the person typed; blank finds nothing
     * @param limit the largest number of places to answer, from 1 to {@link #MAX_LIMIT}
     * @return the places found, best first
     * @throws org.entraide.api.error.ValidationException naming {@code limit} when it is out of range
     */
    List<Place> search(String query, int limit);

    /**
     * The commune of an INSEE code, as a place of its own (not one of its localities).
     *
     * @param inseeCode an INSEE commune code such as {@code 2A004}; case does not matter
     * @return the commune, or empty when the gazetteer does not know it (or knows it without a position)
     */
    Optional<Place> commune(String inseeCode);

    /**
     * The commune of the place (a commune's chef-lieu or one of its localities) nearest to a point: the gazetteer
     * has no boundaries, so this is how a point is given a commune. Near a boundary it can name the neighbour.
     *
     * @param point any point
     * @return the nearest commune, or empty when the gazetteer has none within about 30 km
     */
    Optional<Place> nearestCommune(GeoPoint point);

    /**
     * The number of places known.
     *
     * @return the size of the gazetteer
     */
    int size();
}
