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
package org.entraide.rest.internal.identity;

import java.time.Instant;
import org.entraide.services.identity.Account;

/**
 * An account as its moderators see it after a suspension or a reinstatement: nothing of its owner's private data.
 *
 * @param id the account
 * @param displayName its name
 * @param status {@code SUSPENDED} or {@code ACTIVE}
 * @param suspendedUntil when the suspension ends by itself; {@code null} (always written) when it is active or
 *        suspended until reinstated
 */
public record SuspensionView(String id, String displayName, String status, Instant suspendedUntil) {

    static SuspensionView of(Account account) {
        return new SuspensionView(account.id(), account.displayName(), account.status().name(),
                account.suspendedUntil());
    }
}
