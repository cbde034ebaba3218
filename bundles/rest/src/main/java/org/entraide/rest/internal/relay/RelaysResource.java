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
package org.entraide.rest.internal.relay;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.entraide.services.identity.Account;
import org.entraide.services.paging.Page;
import org.entraide.services.relay.RelayService;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.Pages;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Granting the role {@code RELAY}: {@code POST /moderation/relays} {@code {"accountId"}},
 * {@code DELETE /moderation/relays/{accountId}}, {@code GET /moderation/relays}. The relays service checks them as a
 * moderator's action on the account (its home's territory) and logs them; a resource of its own, beside the other
 * moderation resources, present only while the relays bundle is.
 */
@Path("/moderation/relays")
@Component(service = RestResource.class)
public class RelaysResource implements RestResource {

    @Reference
    private RelayService relays;

    @Context
    private HttpServletRequest http;

    /** The body of a grant. */
    public record GrantRequest(String accountId) {
    }

    /** An account after a grant: {@code {"id","displayName","roles"}}. */
    public record RelayAccountView(String id, String displayName, List<String> roles) {
        static RelayAccountView of(Account account) {
            return new RelayAccountView(account.id(), account.displayName(),
                    account.roles().stream().map(Enum::name).sorted().collect(Collectors.toList()));
        }
    }

    /** A relay in the list: {@code {"id","displayName","since"}}. */
    public record RelayView(String id, String displayName, Instant since) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RelayAccountView grant(GrantRequest request) {
        // Rights before input: a missing body is an unknown account (404) for a moderator, 403 for anyone else.
        return RelayAccountView.of(relays.grant(Callers.require(http), request == null ? null : request.accountId()));
    }

    @DELETE
    @Path("/{accountId}")
    public Response revoke(@PathParam("accountId") String accountId) {
        relays.revoke(Callers.require(http), accountId);
        return Response.noContent().build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list() {
        List<RelayView> items = relays.relays(Callers.require(http)).stream()
                .map(r -> new RelayView(r.accountId(), r.displayName(), r.since())).collect(Collectors.toList());
        return Pages.of(new Page<>(items, null));
    }
}
