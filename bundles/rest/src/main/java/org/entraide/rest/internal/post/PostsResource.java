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
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.api.error.NotFoundException;
import org.entraide.services.identity.Caller;
import org.entraide.services.post.Conversation;
import org.entraide.services.post.NewPost;
import org.entraide.services.post.Post;
import org.entraide.services.post.PostChanges;
import org.entraide.services.post.PostService;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.Languages;
import org.entraide.rest.internal.QueryParams;
import org.entraide.rest.internal.RestResource;
import org.entraide.rest.internal.geo.LatLon;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Requests and offers of help: create, read, change, delete, follow, answer. */
@Path("/posts")
@Component(service = RestResource.class)
public class PostsResource implements RestResource {

    @Reference
    private PostService posts;

    @Reference
    private PostViews views;

    @Context
    private HttpServletRequest http;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(PostRequest request) {
        Caller author = Callers.require(http);
        PostRequest body = Bodies.required(request);
        LatLon location = LatLon.given(body.location(), "location");
        OnBehalfOfRequest onBehalfOf = body.onBehalfOf();
        Post post = posts.create(author, new NewPost(body.kind(), body.category(), body.title(), body.body(),
                body.availability(), LatLon.latOf(location), LatLon.lonOf(location),
                body.expiresAt(), onBehalfOf == null ? null : onBehalfOf.beneficiary(),
                onBehalfOf == null ? null : onBehalfOf.consent(), body.beneficiaryId()));
        return Response.created(URI.create("posts/" + post.id())).entity(views.of(post, author)).build();
    }

    /**
     * {@code GET /posts/{id}/sheet}: the print-ready page of one of the caller's posts (what a relay hands to the
     * person it posted for): the request, for whom, who answered and when, and what was arranged. Others 404.
     */
    @GET
    @Path("/{id}/sheet")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response sheet(@PathParam("id") String id) {
        Caller author = Callers.require(http);
        Post post = posts.get(author, id, null);
        if (!author.accountId().equals(post.authorId())) {
            throw new NotFoundException("No such post.");
        }
        List<Conversation> conversations = posts.conversationsOn(author, id);
        String html = PostSheet.render(post, conversations, posts.categories(), Languages.preferred(headers));
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Security-Policy", PostSheet.CSP).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public PostView get(@PathParam("id") String id, @QueryParam("lat") String lat, @QueryParam("lon") String lon) {
        Caller reader = Callers.optional(http).orElse(null);
        return views.of(posts.get(reader, id, QueryParams.centre(lat, lon)), reader);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public PostView change(@PathParam("id") String id, PostPatch request) {
        Caller author = Callers.require(http);
        PostPatch body = Bodies.required(request);
        return views.of(posts.update(author, id, new PostChanges(body.category(), body.title(), body.body(),
                body.availability(), body.status(), body.expiresAt())), author);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        posts.delete(Callers.require(http), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/follow")
    public Response follow(@PathParam("id") String id) {
        posts.follow(Callers.require(http), id);
        return Response.noContent().build();
    }

    /** {@code GET /posts/{id}/follow}: {"following": true|false} for the caller. */
    @GET
    @Path("/{id}/follow")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Boolean> following(@PathParam("id") String id) {
        return Map.of("following", posts.follows(Callers.require(http), id));
    }

    @DELETE
    @Path("/{id}/follow")
    public Response unfollow(@PathParam("id") String id) {
        posts.unfollow(Callers.require(http), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response respond(@PathParam("id") String id, TextRequest request) {
        Caller responder = Callers.require(http);
        Conversation conversation = posts.respond(responder, id, Bodies.required(request).message());
        return Response.created(URI.create("conversations/" + conversation.id()))
                .entity(ConversationView.of(conversation, true)).build();
    }
}
