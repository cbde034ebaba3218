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

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.entraide.services.notification.PushSubscriptions;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code GET /push/vapid-public-key}: the platform's VAPID public key, without sign-in (it is public, and the web
 * app needs it before subscribing). Served while the web push channel is installed (404 otherwise).
 */
@Path("/push")
@Component(service = RestResource.class)
public class PushKeyResource implements RestResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PushSubscriptions subscriptions;

    @GET
    @Path("/vapid-public-key")
    @Produces(MediaType.APPLICATION_JSON)
    public VapidPublicKeyView vapidPublicKey() {
        return new VapidPublicKeyView(WebPush.required(subscriptions).vapidPublicKey());
    }
}
