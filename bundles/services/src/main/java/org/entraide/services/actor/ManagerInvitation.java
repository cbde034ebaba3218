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
package org.entraide.services.actor;

import java.time.Instant;

/**
 * A code that makes whoever enters it one more manager of an actor: given in person, used once, valid until
 * {@code expiresAt}. Only its digest is stored; the code itself is shown once, to the manager who asked for it.
 * A code rather than an email address to add: looking an account up by its address would tell anyone whether
 * it exists, and on this platform arrangements are made face to face.
 */
public record ManagerInvitation(String actorId, String code, Instant expiresAt) {
}
