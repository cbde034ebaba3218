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
import java.time.temporal.ChronoUnit;
import org.entraide.services.identity.Account;

/**
 * A resident's public profile, {@code GET /accounts/{id}}: what anyone signed in may know of them, and whether the
 * caller blocks or mutes them. {@code memberSince} is the day the account was made (midnight UTC, as an instant
 * like every time of the API): the day is all a profile needs, and the exact second would say more than that.
 */
public record ProfileView(String id, String displayName, Instant memberSince, boolean blocked, boolean muted) {

    static ProfileView of(Account account, boolean blocked, boolean muted) {
        return new ProfileView(account.id(), account.displayName(), account.createdAt().truncatedTo(ChronoUnit.DAYS),
                blocked, muted);
    }
}
