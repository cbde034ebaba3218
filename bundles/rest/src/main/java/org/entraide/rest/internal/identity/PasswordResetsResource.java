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
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.services.identity.IdentityService;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.ClientAddresses;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A forgotten password, without signing in: {@code POST /password-resets} {@code {"email"}} mails a one-use
 * link and answers 202 whatever the address (nobody learns whether it has an account);
 * {@code POST /password-resets/{token}} {@code {"password"}} sets the new password (204) and ends every session
 * of the account; a used, expired or unknown token is 410.
 */
@Path("/password-resets")
@Component(service = RestResource.class)
public class PasswordResetsResource implements RestResource {

    @Reference
    private IdentityService identity;

    @Context
    private HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(EmailRequest request) {
        identity.requestPasswordReset(Bodies.required(request).email(), ClientAddresses.of(http));
        return Response.accepted().build();
    }

    @POST
    @Path("/{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reset(@PathParam("token") String token, PasswordRequest request) {
        identity.resetPassword(token, Bodies.required(request).password());
        return Response.noContent().build();
    }
}
