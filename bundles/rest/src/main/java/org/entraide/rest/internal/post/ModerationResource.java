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

import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.entraide.api.post.PostService;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.Pages;
import org.entraide.rest.internal.QueryParams;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The report queue, and hiding and restoring posts: moderators only (others 403). */
@Path("/moderation")
@Component(service = RestResource.class)
public class ModerationResource implements RestResource {

    @Reference
    private PostService posts;

    @Context
    private HttpServletRequest http;

    @GET
    @Path("/reports")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> openReports(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return Pages.of(posts.openReports(Callers.require(http), QueryParams.cursor(cursor), QueryParams.limit(limit)));
    }

    @POST
    @Path("/posts/{id}/hide")
    @Produces(MediaType.APPLICATION_JSON)
    public PostView hide(@PathParam("id") String id) {
        return PostView.of(posts.hide(Callers.require(http), id));
    }

    @POST
    @Path("/posts/{id}/restore")
    @Produces(MediaType.APPLICATION_JSON)
    public PostView restore(@PathParam("id") String id) {
        return PostView.of(posts.restore(Callers.require(http), id));
    }
}
