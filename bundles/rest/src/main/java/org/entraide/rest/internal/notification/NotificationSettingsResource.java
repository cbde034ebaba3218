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

import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.entraide.services.identity.Caller;
import org.entraide.services.notification.NotificationFrequency;
import org.entraide.services.notification.NotificationSettings;
import org.entraide.rest.internal.Callers;
import org.entraide.rest.internal.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The caller's notification settings: {@code GET /me/notification-settings} answers
 * {@code {"email": {"<kind>": "INSTANT"|"DAILY"|"WEEKLY"|"OFF"}, "push": {"<kind>": "INSTANT"|"OFF"}}} for every
 * kind; {@code PUT} takes the same document, or any part of it (only the kinds given change), and answers the
 * whole. An unknown channel, an unknown kind or a frequency the channel does not take is a 422 problem naming
 * {@code channel} or {@code channel.kind}, and nothing is written.
 */
@Path("/me/notification-settings")
@Component(service = RestResource.class)
public class NotificationSettingsResource implements RestResource {

    @Reference
    private NotificationSettings settings;

    @Context
    private HttpServletRequest http;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Map<String, NotificationFrequency>> get() {
        Caller caller = Callers.require(http);
        return settings.settings(caller.accountId());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Map<String, NotificationFrequency>> put(Map<String, Map<String, String>> changes) {
        Caller caller = Callers.require(http);
        return settings.change(caller.accountId(), changes);
    }
}
