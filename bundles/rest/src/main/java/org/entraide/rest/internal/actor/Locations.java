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
package org.entraide.rest.internal.actor;

import java.util.LinkedHashMap;
import java.util.Map;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.paging.Page;
import org.entraide.rest.internal.QueryParams;

/** Request checks shared by the actor and operation resources. */
final class Locations {

    private Locations() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON object is required");
        }
        return body;
    }

    static GeoPoint centre(String rawLat, String rawLon) {
        Double lat = QueryParams.decimal(rawLat, "lat");
        Double lon = QueryParams.decimal(rawLon, "lon");
        if (lat == null && lon == null) {
            return null;
        }
        if (lat == null || lat < -90 || lat > 90) {
            throw new InvalidRequestException("lat", "must be a number from -90 to 90, given with lon");
        }
        if (lon == null || lon < -180 || lon > 180) {
            throw new InvalidRequestException("lon", "must be a number from -180 to 180, given with lat");
        }
        return GeoPoint.of(lat, lon);
    }

    static Map<String, Object> page(Page<?> page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        body.put("nextCursor", page.nextCursor());
        return body;
    }
}
