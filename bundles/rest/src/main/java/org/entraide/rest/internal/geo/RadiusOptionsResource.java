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
import java.util.TreeSet;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.territory.Scope;
import org.entraide.services.territory.TerritoryService;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /radius-options?lat&lon}: the radii a resident may choose at a place (or around the caller's home),
 * and the territory there: its maximum and default, the offered radii of {@code etc/org.entraide.geo.cfg} up to
 * that maximum. Without a place, the platform's.
 */
@Path("/radius-options")
@Component(service = RestResource.class)
public class RadiusOptionsResource implements RestResource {

    @Reference
    private GeoRadiusService geo;

    @Reference
    private TerritoryService territories;

    @Reference
    private IdentityService identity;

    @Context
    private HttpServletRequest http;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> options(@QueryParam("lat") String lat, @QueryParam("lon") String lon) {
        GeoPoint centre = Callers.placeOf(http, identity, lat, lon).orElse(null);
        Map<String, Object> options = new LinkedHashMap<>();
        if (centre == null) {
            options.put("defaultKm", geo.defaultRadiusKm());
            options.put("maxKm", geo.maxRadiusKm());
            options.put("offeredKm", geo.offeredRadiiKm());
            options.put("territory", null);
            return options;
        }
        Scope scope = territories.scopeAt(centre);
        TreeSet<Double> offered = new TreeSet<>();
        geo.offeredRadiiKm().stream().filter(r -> r <= scope.maxRadiusKm()).forEach(offered::add);
        offered.add(scope.defaultRadiusKm());
        options.put("defaultKm", scope.defaultRadiusKm());
        options.put("maxKm", scope.maxRadiusKm());
        options.put("offeredKm", offered);
        options.put("territory", scope.inTerritory().map(t -> Map.of("key", t.key(), "name", t.name()))
                .orElse(null));
        return options;
    }
}
