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
package org.entraide.rest.internal.identity;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.Session;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.ClientAddresses;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code POST /sessions} signs in; {@code DELETE /sessions/current} signs out. */
@Path("/sessions")
@Component(service = RestResource.class)
public class SessionsResource implements RestResource {

    @Reference
    private IdentityService identity;

    @Context
    private HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response signIn(SignInRequest request) {
        SignInRequest body = Bodies.required(request);
        Session session = identity.signIn(body.email(), body.password(), ClientAddresses.of(http));
        return Response.status(Response.Status.CREATED)
                .entity(new SessionView(session.token(), session.expiresAt(), session.accountId())).build();
    }

    @DELETE
    @Path("/current")
    public Response signOut() {
        Callers.require(http);
        Callers.token(http).ifPresent(identity::signOut);
        return Response.noContent().build();
    }
}
