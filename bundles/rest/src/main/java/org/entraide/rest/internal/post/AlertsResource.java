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
package org.entraide.rest.internal.post;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.services.identity.Caller;
import org.entraide.services.post.Alert;
import org.entraide.services.post.NewAlert;
import org.entraide.services.post.PostAlerts;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The caller's alerts near home: told of each new post of their kinds and categories within their radius. */
@Path("/me/alerts")
@Component(service = RestResource.class)
public class AlertsResource implements RestResource {

    @Reference
    private PostAlerts alerts;

    @Context
    private HttpServletRequest http;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AlertView> list() {
        return alerts.alerts(Callers.require(http)).stream().map(AlertView::of).collect(Collectors.toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(AlertRequest request) {
        Caller owner = Callers.require(http);
        AlertRequest body = Bodies.required(request);
        Alert alert = alerts.createAlert(owner, new NewAlert(body.kind(), body.categories(), body.radiusKm()));
        return Response.created(URI.create("me/alerts/" + alert.id())).entity(AlertView.of(alert)).build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        alerts.deleteAlert(Callers.require(http), id);
        return Response.noContent().build();
    }
}
