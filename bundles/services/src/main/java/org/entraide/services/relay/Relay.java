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
package org.entraide.services.relay;

import java.time.Instant;

/**
 * An account holding the role {@code RELAY}, as its moderators list it.
 *
 * @param accountId the account
 * @param displayName its display name
 * @param since when the role was granted through the relays service
 */
public record Relay(String accountId, String displayName, Instant since) {
}
