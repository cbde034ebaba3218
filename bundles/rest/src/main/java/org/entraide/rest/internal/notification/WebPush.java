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

import org.entraide.api.error.NotFoundException;
import org.entraide.services.notification.PushSubscriptions;

/**
 * The web push service, which the feature {@code entraide-notify-webpush} brings and may take away: the push
 * resources bind it optionally (so that the core's feature resolves without it) and answer 404 while it is absent.
 */
final class WebPush {

    private WebPush() {
    }

    static PushSubscriptions required(PushSubscriptions service) {
        if (service == null) {
            throw new NotFoundException("Web push is not installed on this platform");
        }
        return service;
    }
}
