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
package org.entraide.services.moderation;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by the core bundle that owns a kind of content moderators may hide (posts and messages, actors,
 * operations) and registered as an OSGi service; the moderation bundle binds every one. It neither checks rights
 * nor logs: the moderation service has checked the caller's rights before it calls, and logs after.
 */
@ConsumerType
public interface ModeratedContent {

    /**
     * The target types this service owns.
     *
     * @return such as {@code POST} and {@code MESSAGE}
     */
    Set<String> targetTypes();

    /**
     * A target, hidden or not, as moderators see it.
     *
     * @param targetType one of {@link #targetTypes()}
     * @param targetId its id
     * @return the target
     * @throws org.entraide.api.error.NotFoundException when there is none
     */
    ModerationTarget target(String targetType, String targetId);

    /**
     * Hides a target from everyone but those who answer for it and its moderators, or gives it back; nothing
     * happens when it is so already.
     *
     * @param targetType one of {@link #targetTypes()}
     * @param targetId its id
     * @param hidden true to hide, false to restore
     * @return the target as it now is
     * @throws org.entraide.api.error.NotFoundException when there is none
     */
    ModerationTarget hide(String targetType, String targetId, boolean hidden);
}
