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
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.services.identity.Caller;
import org.entraide.services.post.Message;
import org.entraide.services.post.PostService;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.Pages;
import org.entraide.rest.internal.QueryParams;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The caller's private conversations; anyone else's answer 404. */
@Path("/conversations")
@Component(service = RestResource.class)
public class ConversationsResource implements RestResource {

    @Reference
    private PostService posts;

    @Context
    private HttpServletRequest http;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Caller caller = Callers.require(http);
        return Pages.of(posts.conversations(caller, QueryParams.cursor(cursor),
                QueryParams.limit(limit)),
                c -> ConversationView.of(c, false));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ConversationView get(@PathParam("id") String id) {
        return ConversationView.of(posts.conversation(Callers.require(http), id), true);
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("id") String id, TextRequest request) {
        Caller caller = Callers.require(http);
        Message message = posts.send(caller, id, Bodies.required(request).body());
        return Response.created(URI.create("conversations/" + id)).entity(ConversationView.MessageView.of(message))
                .build();
    }
}
