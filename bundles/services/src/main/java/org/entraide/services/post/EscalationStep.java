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
package org.entraide.services.post;

import java.time.Instant;

/**
 * A step of the escalation of an unanswered request (since 1.2): when it was taken, to whom, and to how many.
 *
 * @param at when the request was escalated
 * @param level {@link #ACTORS} or {@link #MODERATORS}
 * @param count how many actors, or how many moderators, it was shown to
 */
public record EscalationStep(Instant at, String level, int count) {

    /** Shown to the managers of nearby actors that help with the request's category. */
    public static final String ACTORS = "ACTORS";
    /** Shown to the territory's moderators. */
    public static final String MODERATORS = "MODERATORS";
}
