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
 * A report awaiting a moderator, with who made it (never shown to the reported author).
 *
 * @param id the report's id
 * @param targetType {@code POST}, {@code MESSAGE}, {@code ACTOR}, {@code OPERATION} or {@code ACCOUNT}
 * @param targetId the target's id
 * @param reason why it was reported
 * @param reporterId who reported it, or {@code null} once their account is erased
 * @param createdAt when
 */
public record OpenReport(String id, String targetType, String targetId, String reason, String reporterId,
        Instant createdAt) {
}
