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
package org.entraide.notify.webpush.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.entraide.push.cfg: how web push messages are sent. */
@ObjectClassDefinition(name = "Entraide web push",
        description = "How notifications are pushed to residents' browsers (RFC 8030, VAPID)")
@interface PushConfig {

    @AttributeDefinition(name = "Subject", required = false,
            description = "Whom push services may contact (VAPID sub): mailto:someone@example.org or an https URL;"
                    + " empty: mailto: the sender of etc/org.entraide.mail.cfg, else its https baseUrl")
    String subject() default "";

    @AttributeDefinition(name = "TTL (seconds)", min = "0", max = "2419200",
            description = "How long a push service keeps a message for a browser that is offline")
    int ttlSeconds() default PushSender.DEFAULT_TTL_SECONDS;
}
