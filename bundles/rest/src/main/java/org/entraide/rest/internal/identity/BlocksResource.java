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
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.services.identity.AccountRelations;
import org.entraide.services.identity.Caller;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The accounts the caller blocks: they cannot answer the caller's posts, write to them, or join the operations of
 * an actor the caller alone manages, nor can the caller do so to them; neither sees the other's posts in the feed.
 * They are not told. Blocking oneself is a 422, an unknown account a 404; blocking twice or unblocking someone not
 * blocked changes nothing.
 */
@Path("/me/blocks")
@Component(service = RestResource.class)
public class BlocksResource implements RestResource {

    @Reference
    private AccountRelations relations;

    @Context
    private HttpServletRequest http;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list() {
        return RelationView.list(relations.blocked(Callers.require(http).accountId()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response block(RelationRequest request) {
        Caller caller = Callers.require(http);
        return RelationView.added(relations.block(caller.accountId(), RelationView.accountOf(request)), "me/blocks");
    }

    @DELETE
    @Path("/{accountId}")
    public Response unblock(@PathParam("accountId") String accountId) {
        relations.unblock(Callers.require(http).accountId(), accountId);
        return Response.noContent().build();
    }
}
