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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.entraide.api.geo.PlaceDirectory;
import org.entraide.rest.internal.QueryParams;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /places?q=…}: French places by name (accents and case ignored, prefix) or postal code. */
@Path("/places")
@Component(service = RestResource.class)
public class PlacesResource implements RestResource {

    @Reference
    private PlaceDirectory places;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> search(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        String query = QueryParams.required(q, "q", 100);
        int max = QueryParams.integer(limit, "limit", 20, 1, PlaceDirectory.MAX_LIMIT);
        List<PlaceView> found = places.search(query, max).stream().map(PlaceView::of).collect(Collectors.toList());
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", found);
        page.put("nextCursor", null);
        return page;
    }
}
