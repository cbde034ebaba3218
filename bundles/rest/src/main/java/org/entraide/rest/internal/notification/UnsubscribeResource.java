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

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;
import org.entraide.api.error.GoneException;
import org.entraide.services.notification.NotificationSettings;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One-click unsubscribe (RFC 8058): {@code POST /unsubscribe/{token}}, the address of a mail's
 * {@code List-Unsubscribe} header, without signing in (the token is the credential) and whatever the body (mail
 * clients send {@code List-Unsubscribe=One-Click} as a form): 204, and the token's kind is off on its channel
 * (a digest's token: every kind of that digest, by email). A token that is none of ours, or whose account has
 * been erased, is a 410 problem, as every unknown token of the API; using a token again is a 204 again.
 */
@Path("/unsubscribe")
@Component(service = RestResource.class)
public class UnsubscribeResource implements RestResource {

    @Reference
    private NotificationSettings settings;

    @POST
    @Path("/{token}")
    public Response unsubscribe(@PathParam("token") String token) {
        if (!settings.unsubscribe(token)) {
            throw new GoneException("This unsubscribe link is unknown or no longer valid: change your settings in the"
                    + " app instead.");
        }
        return Response.noContent().build();
    }
}
