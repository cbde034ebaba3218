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

import java.time.Instant;

/**
 * One line of the moderation log: a moderator's action on a target, and why.
 *
 * @param id opaque identifier
 * @param at when it was done
 * @param moderatorId the account that did it ({@code karaf-shell} for the operator's console), or {@code null}
 *        once that account is erased
 * @param moderatorName its display name now, or {@code null} when it has no account (the console, an erased one)
 * @param action {@code HIDE}, {@code RESTORE}, {@code SUSPEND}, {@code REINSTATE}, {@code VERIFY},
 *        {@code UNVERIFY} or {@code DISMISS} (see the constants of {@link ModerationService})
 * @param targetType {@code POST}, {@code ACTOR}, {@code OPERATION}, {@code MESSAGE} or {@code ACCOUNT}
 * @param targetId the target's id
 * @param summary what the target was when it was acted on: a title, a name or an excerpt, at most 140
 *        characters; {@code null} when unknown
 * @param territory the key of the territory where the target lies, or {@code null} outside every territory
 * @param reason the moderator's reason, or {@code null} when none was given
 * @param until for a suspension, when it ends; else {@code null}
 */
public record ModerationEntry(String id, Instant at, String moderatorId, String moderatorName, String action,
        String targetType, String targetId, String summary, String territory, String reason, Instant until) {
}
