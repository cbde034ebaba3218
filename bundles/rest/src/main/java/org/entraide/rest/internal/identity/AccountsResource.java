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

import java.net.URI;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountRelations;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.NewAccount;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.ClientAddresses;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.RestResource;
import org.entraide.rest.internal.geo.LatLon;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /accounts}: a resident registers, and a link to verify the address is mailed;
 * {@code POST /accounts/email-verifications} proves the address with that link's token;
 * {@code POST /accounts/email-verifications/resend} mails a new link to the signed-in resident;
 * {@code GET /accounts/{id}} is a resident's public profile, for the signed in (see {@link ProfileView}).
 */
@Path("/accounts")
@Component(service = RestResource.class)
public class AccountsResource implements RestResource {

    @Reference
    private IdentityService identity;

    @Reference
    private AccountRelations relations;

    @Context
    private HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(RegisterRequest request) {
        RegisterRequest body = Bodies.required(request);
        NewAccount account = new NewAccount(body.email(), body.password(), body.displayName(),
                LatLon.latOf(body.home()), LatLon.lonOf(body.home()), body.locale(), body.radiusKm());
        Account created = identity.register(account, ClientAddresses.of(http));
        return Response.created(URI.create("me")).entity(AccountView.of(created)).build();
    }

    @POST
    @Path("/email-verifications")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response verifyEmail(TokenRequest request) {
        identity.verifyEmail(Bodies.required(request).token());
        return Response.noContent().build();
    }

    @POST
    @Path("/email-verifications/resend")
    public Response resendVerification() {
        Caller caller = Callers.require(http);
        identity.resendEmailVerification(caller.accountId());
        return Response.accepted().build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ProfileView profile(@PathParam("id") String id) {
        Caller caller = Callers.require(http);
        Account account = identity.account(id);
        return ProfileView.of(account, relations.blocks(caller.accountId(), account.id()),
                relations.mutes(caller.accountId(), account.id()));
    }
}
