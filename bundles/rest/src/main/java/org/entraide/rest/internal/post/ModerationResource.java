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

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.function.Function;
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
import org.entraide.services.actor.Actor;
import org.entraide.services.actor.ActorService;
import org.entraide.services.identity.Caller;
import org.entraide.services.moderation.ModerationService;
import org.entraide.services.operation.Operation;
import org.entraide.services.operation.OperationService;
import org.entraide.services.post.Message;
import org.entraide.services.post.PostService;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.Pages;
import org.entraide.rest.internal.QueryParams;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What moderators do, through {@link ModerationService}: the report queue (grouped by target, and the older flat
 * list), hiding and restoring posts, actors, operations and messages, dismissing reports, verifying actors, and
 * the moderation log. Every action answers with its target as the moderator now sees it: a post view, an actor,
 * an operation, a message. Bodies are optional JSON objects ({@code {"reason"}}): the service checks the caller's
 * rights before it looks at them, so a refusal (403, 404) never depends on the body.
 */
@Path("/moderation")
@Component(service = RestResource.class)
public class ModerationResource implements RestResource {

    private static final boolean HIDE = true;
    private static final boolean RESTORE = false;

    @Reference
    private ModerationService moderation;

    @Reference
    private PostService posts;

    @Reference
    private PostViews views;

    @Reference
    private ActorService actors;

    @Reference
    private OperationService operations;

    @Context
    private HttpServletRequest http;

    @GET
    @Path("/reports")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> openReports(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return Pages.of(posts.openReports(Callers.require(http), QueryParams.cursor(cursor), QueryParams.limit(limit)));
    }

    /** {@code GET /moderation/report-groups}: open reports grouped by target, the most recently reported first. */
    @GET
    @Path("/report-groups")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> reportGroups(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return Pages.of(moderation.reportGroups(Callers.require(http), QueryParams.cursor(cursor),
                QueryParams.limit(limit)));
    }

    /** {@code POST /moderation/reports/dismiss}: closes a target's open reports without acting on it. */
    @POST
    @Path("/reports/dismiss")
    @Consumes(MediaType.WILDCARD)
    public Response dismiss(String body) throws JsonProcessingException {
        Caller moderator = Callers.require(http);
        DismissRequest request = Bodies.optional(body, DismissRequest.class);
        moderation.dismiss(moderator, request == null ? null : request.targetType(),
                request == null ? null : request.targetId(), request == null ? null : request.reason());
        return Response.noContent().build();
    }

    /** {@code GET /moderation/log}: the moderators' actions, newest first, within the reader's territories. */
    @GET
    @Path("/log")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> log(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return Pages.of(moderation.log(Callers.require(http), QueryParams.cursor(cursor), QueryParams.limit(limit)));
    }

    @POST
    @Path("/posts/{id}/hide")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public PostView hidePost(@PathParam("id") String id, String body) throws JsonProcessingException {
        return moderate(HIDE, "POST", id, body, m -> views.of(posts.get(m, id, null), m));
    }

    @POST
    @Path("/posts/{id}/restore")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public PostView restorePost(@PathParam("id") String id, String body) throws JsonProcessingException {
        return moderate(RESTORE, "POST", id, body, m -> views.of(posts.get(m, id, null), m));
    }

    @POST
    @Path("/actors/{id}/hide")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Actor hideActor(@PathParam("id") String id, String body) throws JsonProcessingException {
        return moderate(HIDE, "ACTOR", id, body, m -> actors.get(m, id, null));
    }

    @POST
    @Path("/actors/{id}/restore")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Actor restoreActor(@PathParam("id") String id, String body) throws JsonProcessingException {
        return moderate(RESTORE, "ACTOR", id, body, m -> actors.get(m, id, null));
    }

    /** {@code POST /moderation/actors/{id}/verify}: the actor's identifier was checked against its register. */
    @POST
    @Path("/actors/{id}/verify")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Actor verify(@PathParam("id") String id, String body) throws JsonProcessingException {
        Caller moderator = Callers.require(http);
        moderation.verify(moderator, id, reason(body));
        return actors.get(moderator, id, null);
    }

    /** {@code POST /moderation/actors/{id}/unverify}: the verification is withdrawn, with a reason. */
    @POST
    @Path("/actors/{id}/unverify")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Actor unverify(@PathParam("id") String id, String body) throws JsonProcessingException {
        Caller moderator = Callers.require(http);
        moderation.unverify(moderator, id, reason(body));
        return actors.get(moderator, id, null);
    }

    @POST
    @Path("/operations/{id}/hide")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Operation hideOperation(@PathParam("id") String id, String body) throws JsonProcessingException {
        return moderate(HIDE, "OPERATION", id, body, m -> operations.get(m, id, null));
    }

    @POST
    @Path("/operations/{id}/restore")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Operation restoreOperation(@PathParam("id") String id, String body) throws JsonProcessingException {
        return moderate(RESTORE, "OPERATION", id, body, m -> operations.get(m, id, null));
    }

    @POST
    @Path("/messages/{id}/hide")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Message hideMessage(@PathParam("id") String id, String body) throws JsonProcessingException {
        return moderate(HIDE, "MESSAGE", id, body, m -> posts.message(m, id));
    }

    @POST
    @Path("/messages/{id}/restore")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Message restoreMessage(@PathParam("id") String id, String body) throws JsonProcessingException {
        return moderate(RESTORE, "MESSAGE", id, body, m -> posts.message(m, id));
    }

    /**
     * Hides or restores a target through the service, then answers with the target as the moderator now sees it.
     *
     * @param action {@link #HIDE} or {@link #RESTORE}
     * @param type the target's type, as the service names it
     * @param id the target's id
     * @param body the optional {@code {"reason"}} body
     * @param answer reads the target back for the moderator
     * @param <T> the target's representation
     * @return what {@code answer} gives
     * @throws JsonProcessingException when the body is not JSON
     */
    private <T> T moderate(boolean action, String type, String id, String body, Function<Caller, T> answer)
            throws JsonProcessingException {
        Caller moderator = Callers.require(http);
        if (action == HIDE) {
            moderation.hide(moderator, type, id, reason(body));
        } else {
            moderation.restore(moderator, type, id, reason(body));
        }
        return answer.apply(moderator);
    }

    /** The reason of an optional {@code {"reason"}} body; the service decides whether it is required. */
    private static String reason(String body) throws JsonProcessingException {
        ReasonRequest request = Bodies.optional(body, ReasonRequest.class);
        return request == null ? null : request.reason();
    }
}
