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

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.entraide.services.notification.PushSubscriptions;
import org.entraide.rest.internal.Bodies;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The caller's browsers reached by web push: {@code POST /me/push-subscriptions} subscribes one (201, idempotent
 * per endpoint; an endpoint another account had moves to the caller), {@code DELETE
 * /me/push-subscriptions?endpoint=} forgets one (204, also when there was none). A subscription that breaks a rule
 * is a 422 naming {@code endpoint}, {@code keys.p256dh} or {@code keys.auth}, and nothing is written. Served while
 * the web push channel is installed (404 otherwise).
 */
@Path("/me/push-subscriptions")
@Component(service = RestResource.class)
public class PushSubscriptionsResource implements RestResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PushSubscriptions subscriptions;

    @Context
    private HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response subscribe(PushSubscriptionRequest request) {
        Caller caller = Callers.require(http);
        PushSubscriptionRequest body = Bodies.required(request);
        PushSubscriptionRequest.Keys keys = body.keys();
        WebPush.required(subscriptions).subscribe(caller.accountId(), body.endpoint(),
                keys == null ? null : keys.p256dh(), keys == null ? null : keys.auth());
        return Response.status(Response.Status.CREATED).entity(new PushSubscriptionView(body.endpoint())).build();
    }

    @DELETE
    public Response unsubscribe(@QueryParam("endpoint") String endpoint) {
        Caller caller = Callers.require(http);
        if (endpoint == null || endpoint.isBlank()) {
            throw new InvalidRequestException(FieldError.of("endpoint", "required", "est obligatoire", "is required"));
        }
        if (endpoint.length() > PushSubscriptions.MAX_ENDPOINT_LENGTH) {
            throw new InvalidRequestException(FieldError.of("endpoint", "too_long",
                    "doit contenir au plus " + PushSubscriptions.MAX_ENDPOINT_LENGTH + " caractères",
                    "must be at most " + PushSubscriptions.MAX_ENDPOINT_LENGTH + " characters"));
        }
        WebPush.required(subscriptions).unsubscribe(caller.accountId(), endpoint);
        return Response.noContent().build();
    }
}
