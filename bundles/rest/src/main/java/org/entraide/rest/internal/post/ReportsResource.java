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
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.services.actor.ActorService;
import org.entraide.services.identity.Caller;
import org.entraide.services.operation.OperationService;
import org.entraide.services.post.PostService;
import org.entraide.services.post.Report;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code POST /reports}: anyone signed in reports a post, a message, an actor or an operation. */
@Path("/reports")
@Component(service = RestResource.class)
public class ReportsResource implements RestResource {

    @Reference
    private PostService posts;

    @Reference
    private ActorService actors;

    @Reference
    private OperationService operations;

    @Context
    private HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(ReportRequest request) {
        Caller reporter = Callers.require(http);
        ReportRequest body = Bodies.required(request);
        requireVisible(reporter, body.targetType(), body.targetId());
        Report report = posts.report(reporter, body.targetType(), body.targetId(), body.reason());
        return Response.created(URI.create("moderation/reports")).entity(report).build();
    }

    /**
     * An actor or an operation is reported only by someone who sees it (404 otherwise, as for none): the posts
     * bundle, which keeps reports, checks posts, messages and accounts itself but knows nothing of actors.
     */
    private void requireVisible(Caller reporter, String targetType, String targetId) {
        if (targetId == null || targetId.isBlank() || targetId.length() > 36) {
            return;
        }
        if ("ACTOR".equals(targetType)) {
            actors.get(reporter, targetId, null);
        } else if ("OPERATION".equals(targetType)) {
            operations.get(reporter, targetId, null);
        }
    }
}
