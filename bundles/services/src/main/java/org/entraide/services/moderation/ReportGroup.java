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
import java.util.List;

/**
 * The open reports on one target, as the moderation queue shows them.
 *
 * @param targetType {@code POST}, {@code ACTOR}, {@code OPERATION}, {@code MESSAGE} or {@code ACCOUNT}
 * @param targetId the target's id
 * @param summary what was reported: a title, a name or an excerpt, at most 140 characters; {@code null} when the
 *        target no longer exists
 * @param authorId the account that answers for the target (a post's author, a message's sender, an actor's or an
 *        operation's actor's first manager, the account itself), or {@code null}
 * @param authorName that account's display name, or {@code null}
 * @param hidden whether the target is hidden now
 * @param count how many open reports there are on it
 * @param reasons the reports' reasons, oldest first
 * @param firstReportedAt when the oldest open report was made
 * @param lastReportedAt when the newest open report was made
 */
public record ReportGroup(String targetType, String targetId, String summary, String authorId, String authorName,
        boolean hidden, int count, List<String> reasons, Instant firstReportedAt, Instant lastReportedAt) {

    public ReportGroup {
        reasons = List.copyOf(reasons);
    }
}
