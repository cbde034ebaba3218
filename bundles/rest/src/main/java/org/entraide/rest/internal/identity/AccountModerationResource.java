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
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.entraide.services.moderation.ModerationService;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Suspending and reinstating accounts: {@code POST /moderation/accounts/{id}/suspend} and {@code /reinstate}, through
 * the moderation service, which checks them as every other action (the platform's moderators and operators
 * everywhere, a territory's moderators for the accounts whose home lies in it; nobody their own account or an
 * operator's) and logs them. Every refusal comes before anything is written.
 */
@Path("/moderation/accounts")
@Component(service = RestResource.class)
public class AccountModerationResource implements RestResource {

    @Reference
    private ModerationService moderation;

    @Context
    private HttpServletRequest http;

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SuspensionView suspend(@PathParam("id") String id, SuspendRequest request) {
        // No Bodies.required: the rights are checked before the input, so a missing body is the missing reason's 422.
        return SuspensionView.of(moderation.suspend(Callers.require(http), id,
                request == null ? null : request.reason(), request == null ? null : request.until()));
    }

    @POST
    @Path("/{id}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SuspensionView reinstate(@PathParam("id") String id, ReinstateRequest request) {
        return SuspensionView.of(moderation.reinstate(Callers.require(http), id,
                request == null ? null : request.reason()));
    }
}
