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
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /radius-options}: the radii a resident may choose, from {@code etc/org.entraide.geo.cfg}. */
@Path("/radius-options")
@Component(service = RestResource.class)
public class RadiusOptionsResource implements RestResource {

    @Reference
    private GeoRadiusService geo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("defaultKm", geo.defaultRadiusKm());
        options.put("maxKm", geo.maxRadiusKm());
        options.put("offeredKm", geo.offeredRadiiKm());
        return options;
    }
}
