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
 * A report of something that breaks the rules.
 *
 * @param targetType {@code POST}, {@code MESSAGE}, {@code ACTOR}, {@code OPERATION} or {@code ACCOUNT}
 * @param status {@code OPEN} until a moderator acts on its target
 */
public record Report(String id, String targetType, String targetId, String reason, String status,
        Instant createdAt) {
}
