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
package org.entraide.rest.internal.notification;

import java.util.List;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.services.identity.Caller;
import org.entraide.services.notification.Notification;
import org.entraide.services.notification.NotificationService;
import org.entraide.services.paging.Page;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.QueryParams;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The caller's notifications: {@code GET /notifications} (newest first, with cursors),
 * {@code GET /notifications/unread-count} and {@code POST /notifications/read}. Only ever the caller's own.
 */
@Path("/notifications")
@Component(service = RestResource.class)
public class NotificationsResource implements RestResource {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** Ids per {@code POST /notifications/read}: a page's worth. */
    static final int MAX_IDS = 100;
    static final int MAX_ID_LENGTH = 64;

    @Reference
    private NotificationService notifications;

    @Context
    private HttpServletRequest http;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public NotificationsPage list(@QueryParam("unread") String unread, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller caller = Callers.require(http);
        boolean unreadOnly = flag(unread, "unread");
        int max = QueryParams.integer(limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        String from = QueryParams.cursor(cursor);
        Page<Notification> page = notifications.list(caller.accountId(), unreadOnly, from, max);
        List<NotificationView> items = page.items().stream().map(NotificationView::of).collect(Collectors.toList());
        return new NotificationsPage(items, page.nextCursor(), notifications.unreadCount(caller.accountId()));
    }

    @GET
    @Path("/unread-count")
    @Produces(MediaType.APPLICATION_JSON)
    public UnreadCount unreadCount() {
        Caller caller = Callers.require(http);
        return new UnreadCount(notifications.unreadCount(caller.accountId()));
    }

    @POST
    @Path("/read")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response markRead(MarkReadRequest request) {
        Caller caller = Callers.require(http);
        if (request == null) {
            throw new InvalidRequestException(FieldError.of("body", "required", "un objet JSON est attendu",
                    "a JSON object is required"));
        }
        boolean all = Boolean.TRUE.equals(request.all());
        if (all && request.ids() != null) {
            throw new InvalidRequestException(FieldError.of("ids", "not_allowed",
                    "donnez soit ids soit \"all\": true, pas les deux", "give either ids or \"all\": true, not both"));
        }
        if (all) {
            notifications.markAllRead(caller.accountId());
            return Response.noContent().build();
        }
        List<String> ids = request.ids();
        if (ids == null) {
            throw new InvalidRequestException(FieldError.of("ids", "required",
                    "est obligatoire, sauf si \"all\" vaut true",
                    "is required, unless \"all\" is true"));
        }
        if (ids.size() > MAX_IDS) {
            throw new InvalidRequestException(FieldError.of("ids", "too_many",
                    "doit compter au plus " + MAX_IDS + " ids",
                    "must hold at most " + MAX_IDS + " ids"));
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
                throw new InvalidRequestException(FieldError.of("ids[" + i + "]", "not_an_id",
                        "doit être un identifiant de notification", "must be a notification id"));
            }
        }
        notifications.markRead(caller.accountId(), ids);
        return Response.noContent().build();
    }

    /** {@code true} or {@code false}, any case; absent is {@code false}; anything else a 400 naming it. */
    static boolean flag(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        String value = raw.trim();
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        if ("false".equalsIgnoreCase(value)) {
            return false;
        }
        throw new InvalidRequestException(name, "must be true or false");
    }
}
