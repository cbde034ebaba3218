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
package org.entraide.rest.internal.operation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.services.identity.Caller;
import org.entraide.services.operation.Operation;
import org.entraide.services.operation.OperationChanges;
import org.entraide.services.operation.OperationQuery;
import org.entraide.services.operation.OperationService;
import org.entraide.services.operation.Participation;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.JsonProvider;
import org.entraide.rest.internal.Languages;
import org.entraide.rest.internal.Pages;
import org.entraide.rest.internal.QueryParams;
import org.entraide.rest.internal.RestResource;
import org.entraide.rest.internal.geo.LatLon;
import org.entraide.rest.internal.plugin.TypeView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Published operations around a centre, one operation, and participations in it. */
@Path("/operations")
@Component(service = RestResource.class)
public class OperationsResource implements RestResource {

    @Reference
    private OperationService operations;

    private static final TypeReference<LinkedHashMap<String, Object>> OPERATION_MAP = new TypeReference<>() {
    };

    @Context
    private HttpServletRequest http;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list(@QueryParam("lat") String lat, @QueryParam("lon") String lon,
            @QueryParam("radiusKm") String radiusKm, @QueryParam("type") String type,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        OperationQuery query = new OperationQuery(QueryParams.centre(lat, lon),
                QueryParams.decimal(radiusKm, "radiusKm"), QueryParams.text(type, "type"),
                QueryParams.cursor(cursor), QueryParams.limit(limit));
        return Pages.of(operations.list(Callers.optional(http).orElse(null), query));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> get(@PathParam("id") String id, @QueryParam("lat") String lat,
            @QueryParam("lon") String lon) {
        Caller viewer = Callers.optional(http).orElse(null);
        Operation operation = operations.get(viewer, id, QueryParams.centre(lat, lon));
        // The participation form is rendered from these: the type's fields narrowed to what this operation allows.
        Map<String, Object> answer = JsonProvider.shared().convertValue(operation, OPERATION_MAP);
        answer.put("participationFields", TypeView.fields(operations.participationFields(viewer, id),
                Languages.preferred(headers).getLanguage()));
        return answer;
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Operation change(@PathParam("id") String id, JsonNode body) throws JsonProcessingException {
        Caller manager = Callers.require(http);
        OperationRequest patch = Bodies.patch(body, OperationRequest.class);
        if (patch.type() != null) {
            throw new InvalidRequestException(FieldError.of("type", "not_changeable", "ne peut pas être changé",
                    "cannot be changed"));
        }
        LatLon at = LatLon.given(patch.location(), "location");
        return operations.update(manager, id, new OperationChanges(patch.title(), patch.description(),
                LatLon.latOf(at), LatLon.lonOf(at), patch.startsAt(), patch.endsAt(), Bodies.nulled(body),
                patch.status(), patch.attributes()));
    }

    @PATCH
    @Path("/{id}/participations/{participation}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Participation decide(@PathParam("id") String id, @PathParam("participation") String participation,
            StatusRequest request) {
        return operations.decide(Callers.require(http), id, participation, Bodies.required(request).status());
    }

    @POST
    @Path("/{id}/participations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response participate(@PathParam("id") String id, ParticipationRequest request) {
        Participation participation = operations.participate(Callers.require(http), id,
                Bodies.required(request).attributes());
        return Response.created(URI.create("operations/" + id + "/participations")).entity(participation).build();
    }

    @GET
    @Path("/{id}/participations")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> participations(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return Pages.of(operations.participations(Callers.require(http), id, QueryParams.cursor(cursor),
                QueryParams.limit(limit)));
    }
}
