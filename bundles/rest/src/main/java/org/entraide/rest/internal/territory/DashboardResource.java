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
package org.entraide.rest.internal.territory;

import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.services.territory.Dashboard;
import org.entraide.services.territory.DashboardService;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /territories/{key}/dashboard?from&to}: a territory's dashboard for its moderators and the platform's
 * moderators and operators, as JSON, or its weekly series as CSV ({@code Accept: text/csv}).
 */
@Path("/territories")
@Component(service = RestResource.class)
public class DashboardResource implements RestResource {

    /** The CSV's media type, with its charset. */
    static final String CSV = "text/csv; charset=utf-8";

    private static final MediaType CSV_TYPE = new MediaType("text", "csv");

    @Reference
    private DashboardService dashboards;

    @Context
    private HttpServletRequest http;

    @Context
    private HttpHeaders headers;

    /**
     * The dashboard as JSON, or its weekly series as CSV when the client prefers {@code text/csv} to JSON (a
     * wildcard or no {@code Accept} gets JSON).
     */
    @GET
    @Path("/{key}/dashboard")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response dashboard(@PathParam("key") String key, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Dashboard dashboard = dashboards.dashboard(Callers.require(http), key, from, to);
        if (!prefersCsv(headers.getAcceptableMediaTypes())) {
            return Response.ok(dashboard, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(csv(dashboard), CSV).header("Content-Disposition",
                "attachment; filename=\"dashboard-" + dashboard.territory().key() + "-" + dashboard.from() + "-"
                        + dashboard.to() + ".csv\"").build();
    }

    /** Whether, in the client's order of preference, CSV comes before JSON. */
    static boolean prefersCsv(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(CSV_TYPE)) {
                return true;
            }
        }
        return false;
    }

    /** The weekly series as CSV: a header, then a line per week; every field is a number or a plain key. */
    static String csv(Dashboard dashboard) {
        StringBuilder csv = new StringBuilder("week,start,requests,offers,answered_within_24h,participations\r\n");
        for (Dashboard.Week week : dashboard.weekly()) {
            csv.append(week.week()).append(',').append(week.start()).append(',').append(week.requests())
                    .append(',').append(week.offers()).append(',').append(week.answeredWithin24h()).append(',')
                    .append(week.participations()).append("\r\n");
        }
        return csv.toString();
    }
}
