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
package org.entraide.services.identity;

import java.time.Instant;

/**
 * One account a resident blocks or mutes, as that resident lists it (since 1.3); see {@link AccountRelations}.
 *
 * @param accountId the other account, the one blocked or muted
 * @param displayName its display name now
 * @param createdAt when it was blocked or muted
 */
public record Relation(String accountId, String displayName, Instant createdAt) {
}
