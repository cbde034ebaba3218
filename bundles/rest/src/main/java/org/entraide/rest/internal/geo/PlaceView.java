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
package org.entraide.rest.internal.geo;

import java.util.List;
import org.entraide.api.geo.Place;

/** A place of the gazetteer, the "where do you live" of registration. */
public record PlaceView(String name, String inseeCode, String commune, String departmentCode, String departmentName,
        List<String> postalCodes, LatLon location, int population) {

    static PlaceView of(Place place) {
        return new PlaceView(place.name(), place.inseeCode(), place.communeName(), place.departmentCode(),
                place.departmentName(), place.postalCodes(), new LatLon(place.position().lat(),
                        place.position().lon()), place.population());
    }
}
