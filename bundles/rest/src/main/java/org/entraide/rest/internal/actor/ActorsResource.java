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
package org.entraide.rest.internal.actor;

import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.api.error.FieldError;
import org.entraide.services.actor.Actor;
import org.entraide.services.actor.ActorChanges;
import org.entraide.services.actor.ActorManager;
import org.entraide.services.actor.ActorQuery;
import org.entraide.services.actor.ActorService;
import org.entraide.services.actor.ManagerInvitation;
import org.entraide.services.actor.NewActor;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.services.identity.Caller;
import org.entraide.services.moderation.ModerationService;
import org.entraide.services.operation.NewOperation;
import org.entraide.services.operation.Operation;
import org.entraide.services.operation.OperationService;
import org.entraide.services.paging.Page;
import org.entraide.services.post.Post;
import org.entraide.services.post.PostService;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.Pages;
import org.entraide.rest.internal.QueryParams;
import org.entraide.rest.internal.RestResource;
import org.entraide.rest.internal.geo.LatLon;
import org.entraide.rest.internal.post.PostViews;
import org.entraide.rest.internal.operation.OperationRequest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Local actors: create, list around a centre nearest first, read, change, follow, verify, propose operations. */
@Path("/actors")
@Component(service = RestResource.class)
public class ActorsResource implements RestResource {

    /** The reason logged for a withdrawal through {@code DELETE /actors/{id}/verification}, which takes none. */
    static final String NO_REASON = "Retrait sans motif (DELETE /actors/{id}/verification)";

    @Reference
    private ActorService actors;

    @Reference
    private OperationService operations;

    @Reference
    private PostService posts;

    @Reference
    private PostViews views;

    @Reference
    private ModerationService moderation;

    @Context
    private HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(ActorRequest request) {
        Caller creator = Callers.require(http);
        ActorRequest body = Bodies.required(request);
        LatLon at = LatLon.given(body.location(), "location");
        Actor actor = actors.create(creator, new NewActor(body.type(), body.name(), body.description(),
                LatLon.latOf(at), LatLon.lonOf(at), body.address(), body.contact(),
                body.attributes(), body.helpsWith()));
        return Response.created(URI.create("actors/" + actor.id())).entity(actor).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list(@QueryParam("lat") String lat, @QueryParam("lon") String lon,
            @QueryParam("radiusKm") String radiusKm, @QueryParam("type") String type,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @QueryParam("helpsWith") String helpsWith) {
        ActorQuery query = new ActorQuery(QueryParams.centre(lat, lon), QueryParams.decimal(radiusKm, "radiusKm"),
                QueryParams.text(type, "type"), QueryParams.cursor(cursor),
                QueryParams.limit(limit), QueryParams.text(helpsWith, "helpsWith"));
        Caller reader = Callers.optional(http).orElse(null);
        return Pages.of(actors.list(reader, query), actor -> asSeenBy(actor, reader));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Actor get(@PathParam("id") String id, @QueryParam("lat") String lat, @QueryParam("lon") String lon) {
        Caller reader = Callers.optional(http).orElse(null);
        return asSeenBy(actors.get(reader, id, QueryParams.centre(lat, lon)), reader);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Actor change(@PathParam("id") String id, ActorRequest request) {
        Caller manager = Callers.require(http);
        ActorRequest body = Bodies.required(request);
        if (body.type() != null) {
            throw new InvalidRequestException(FieldError.of("type", "not_changeable", "ne peut pas être changé",
                    "cannot be changed"));
        }
        LatLon at = LatLon.given(body.location(), "location");
        return actors.update(manager, id, new ActorChanges(body.name(), body.description(),
                LatLon.latOf(at), LatLon.lonOf(at), body.address(), body.contact(),
                body.attributes(), body.helpsWith()));
    }

    /** {@code GET /actors/{id}/escalated-requests}: the unanswered requests shown to the actor, for its managers. */
    @GET
    @Path("/{id}/escalated-requests")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> escalatedRequests(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller manager = Callers.require(http);
        actors.get(manager, id, null);
        if (!actors.isManager(manager.accountId(), id)) {
            throw new ForbiddenException("Only the actor's managers see the requests escalated to it.");
        }
        Page<Post> page = posts.escalatedTo(manager, id, QueryParams.cursor(cursor), QueryParams.limit(limit));
        return Pages.of(page, post -> views.of(post, manager));
    }

    @POST
    @Path("/{id}/follow")
    public Response follow(@PathParam("id") String id) {
        actors.follow(Callers.require(http), id);
        return Response.noContent().build();
    }

    /** {@code GET /actors/{id}/follow}: {"following": true|false} for the caller. */
    @GET
    @Path("/{id}/follow")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Boolean> following(@PathParam("id") String id) {
        return Map.of("following", actors.follows(Callers.require(http), id));
    }

    @DELETE
    @Path("/{id}/follow")
    public Response unfollow(@PathParam("id") String id) {
        actors.unfollow(Callers.require(http), id);
        return Response.noContent().build();
    }

    /**
     * The first verification endpoint, kept: it goes through the moderation service as
     * {@code POST /moderation/actors/{id}/verify} does (the moderators of the actor's territory, logged).
     */
    @POST
    @Path("/{id}/verification")
    @Produces(MediaType.APPLICATION_JSON)
    public Actor verify(@PathParam("id") String id) {
        Caller moderator = Callers.require(http);
        moderation.verify(moderator, id, null);
        return actors.get(moderator, id, null);
    }

    /**
     * The first withdrawal endpoint, kept: as {@code POST /moderation/actors/{id}/unverify}, but it takes no body,
     * so the log says that no reason was given.
     */
    @DELETE
    @Path("/{id}/verification")
    @Produces(MediaType.APPLICATION_JSON)
    public Actor unverify(@PathParam("id") String id) {
        Caller moderator = Callers.require(http);
        moderation.unverify(moderator, id, NO_REASON);
        return actors.get(moderator, id, null);
    }

    @GET
    @Path("/{id}/operations")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> operationsOf(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return Pages.of(operations.ofActor(Callers.optional(http).orElse(null), id, QueryParams.cursor(cursor),
                QueryParams.limit(limit)));
    }

    @POST
    @Path("/{id}/operations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response propose(@PathParam("id") String id, OperationRequest request) {
        Caller manager = Callers.require(http);
        OperationRequest body = Bodies.required(request);
        LatLon at = LatLon.given(body.location(), "location");
        Operation operation = operations.create(manager, id, new NewOperation(body.type(), body.title(),
                body.description(), LatLon.latOf(at), LatLon.lonOf(at), body.startsAt(),
                body.endsAt(), body.status(), body.attributes()));
        return Response.created(URI.create("operations/" + operation.id())).entity(operation).build();
    }

    /** {@code POST /actors/{id}/invitations}: a new code to make someone else a manager (its managers only). */
    @POST
    @Path("/{id}/invitations")
    @Produces(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("id") String id) {
        ManagerInvitation invitation = actors.invite(Callers.require(http), id);
        return Response.status(Response.Status.CREATED).entity(invitation).build();
    }

    /** {@code GET /actors/{id}/managers}: who manages the actor, its creator first (its managers only). */
    @GET
    @Path("/{id}/managers")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ActorManager> managers(@PathParam("id") String id) {
        return actors.managers(Callers.require(http), id);
    }

    /** {@code POST /actors/{id}/managers} {@code {"code"}}: the caller becomes a manager with an invitation. */
    @POST
    @Path("/{id}/managers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Actor join(@PathParam("id") String id, JoinRequest request) {
        return actors.join(Callers.require(http), id, Bodies.required(request).code());
    }

    /** {@code DELETE /actors/{id}/managers/{accountId}}: a manager leaves, or takes another off; never the last. */
    @DELETE
    @Path("/{id}/managers/{account}")
    @Produces(MediaType.APPLICATION_JSON)
    public Actor removeManager(@PathParam("id") String id, @PathParam("account") String account) {
        return actors.removeManager(Callers.require(http), id, account);
    }

    /**
     * An actor as a reader sees it: all of it for a signed-in resident; for a visitor without an account, its
     * public data (an actor is a public body) but not who manages it, as a visitor never sees who wrote a post.
     */
    static Actor asSeenBy(Actor actor, Caller reader) {
        if (reader != null) {
            return actor;
        }
        return new Actor(actor.id(), actor.type(), actor.typeAvailable(), actor.name(), actor.description(),
                actor.location(), actor.address(), actor.contact(), actor.attributes(), actor.verification(),
                List.of(), actor.followers(), actor.distanceKm(), actor.createdAt(), actor.updatedAt(),
                actor.helpsWith(), actor.identifier(), actor.hidden());
    }
}
