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

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.services.identity.Caller;
import org.entraide.services.paging.Page;
import org.entraide.services.post.FeedQuery;
import org.entraide.services.post.Post;
import org.entraide.services.post.PostKind;
import org.entraide.services.post.PostService;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.Pages;
import org.entraide.rest.internal.QueryParams;
import org.entraide.rest.internal.RenderedAnswers;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /feed}: open posts whose public position lies within the radius, newest first. Without
 * lat and lon, around the caller's home and within their preferred radius.
 *
 * <p>The answer is written as bytes here, through {@link RenderedAnswers}: the posts service hands out
 * the same page object again while its answer cache holds it, and its JSON is then sent as it was made. That
 * page may be handed to residents and to visitors without an account alike, and their JSON differs (a visitor
 * never sees authors): each audience has its own table, so one never gets the bytes made for the other.
 */
@Path("/feed")
@Component(service = RestResource.class)
public class FeedResource implements RestResource {

    @Reference
    private PostService posts;

    @Context
    private HttpServletRequest http;

    /** As many answers as the posts service keeps (2,000 by default), as signed-in residents see them. */
    private final RenderedAnswers forResidents = new RenderedAnswers(2000);

    /** The same, as visitors without an account see them: without authors. */
    private final RenderedAnswers forVisitors = new RenderedAnswers(2000);

    @Reference
    private PostViews views;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response feed(@QueryParam("lat") String lat, @QueryParam("lon") String lon,
            @QueryParam("radiusKm") String radiusKm, @QueryParam("kind") String kind,
            @QueryParam("category") String category, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        FeedQuery query = new FeedQuery(QueryParams.centre(lat, lon), QueryParams.decimal(radiusKm, "radiusKm"),
                kind(kind), QueryParams.text(category, "category"),
                QueryParams.cursor(cursor),
                QueryParams.limit(limit));
        Caller reader = Callers.optional(http).orElse(null);
        Page<Post> page = posts.feed(reader, query);
        RenderedAnswers rendered = reader == null ? forVisitors : forResidents;
        return Response.ok(rendered.json(page, () -> Pages.of(page, post -> views.of(post, reader))),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static PostKind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return PostKind.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(FieldError.of("kind", "not_a_choice", "doit valoir REQUEST ou OFFER",
                    "must be REQUEST or OFFER"));
        }
    }
}
