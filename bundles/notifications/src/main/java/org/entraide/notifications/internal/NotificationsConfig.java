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
package org.entraide.notifications.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of {@code etc/org.entraide.notifications.cfg}. */
@ObjectClassDefinition(name = "Entraide notifications")
public @interface NotificationsConfig {

    @AttributeDefinition(name = "digest.hour", description = "Hour of the day (0-23) the digests are sent, in"
            + " digest.zone; the weekly digest on Mondays at that hour")
    int digest_hour() default 18;

    @AttributeDefinition(name = "digest.zone", description = "Time zone of digest.hour")
    String digest_zone() default "Europe/Paris";
}
