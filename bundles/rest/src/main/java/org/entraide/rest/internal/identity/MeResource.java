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

import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountChanges;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.post.PostAlerts;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.RestResource;
import org.entraide.rest.internal.geo.LatLon;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The caller's own account: the only place the exact home is shown, to its owner. */
@Path("/me")
@Component(service = RestResource.class)
public class MeResource implements RestResource {

    @Reference
    private IdentityService identity;

    /** Told when the home moves, since identity does not announce it: the alerts' cells follow the home. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PostAlerts alerts;

    @Context
    private HttpServletRequest http;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AccountView me() {
        Caller caller = Callers.require(http);
        return AccountView.own(identity.account(caller.accountId()), identity.home(caller.accountId()));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AccountView change(MeChanges request) {
        Caller caller = Callers.require(http);
        MeChanges body = Bodies.required(request);
        LatLon.given(body.home(), "home");
        Account account = identity.update(caller, new AccountChanges(body.displayName(),
                LatLon.latOf(body.home()), LatLon.lonOf(body.home()), body.radiusKm(), body.locale(), body.password(),
                body.currentPassword()));
        PostAlerts homeWatchers = alerts;
        if (body.home() != null && homeWatchers != null) {
            homeWatchers.homeChanged(caller.accountId());
        }
        return AccountView.own(account, identity.home(caller.accountId()));
    }

    @DELETE
    public Response erase() {
        Caller caller = Callers.require(http);
        identity.erase(caller.accountId());
        return Response.noContent().build();
    }

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export() {
        Caller caller = Callers.require(http);
        Map<String, Object> data = identity.export(caller.accountId());
        return Response.ok(data).header("Content-Disposition", "attachment; filename=\"entraide-export.json\"")
                .build();
    }
}
