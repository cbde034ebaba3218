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
package org.entraide.shell.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.Set;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.identity.Role;
import org.junit.Test;

/** How {@code entraide:account-suspend}, {@code account-reinstate} and {@code account-list} show a suspension. */
public class AccountSuspendCommandTest {

    private static Account account(AccountStatus status, Instant until) {
        return new Account("a-1", "marie@example.fr", "Marie", "fr", Set.of(Role.RESIDENT), status, 10,
                Instant.parse("2026-12-01T08:00:00Z"), true, until);
    }

    @Test
    public void aSuspensionIsShownWithItsEndOrAsLastingUntilReinstated() {
        assertEquals("marie@example.fr is SUSPENDED until 2026-12-24T00:00:00Z", AccountSuspendCommand.describe(
                account(AccountStatus.SUSPENDED, Instant.parse("2026-12-24T00:00:00Z"))));
        assertEquals("marie@example.fr is SUSPENDED until reinstated",
                AccountSuspendCommand.describe(account(AccountStatus.SUSPENDED, null)));
        assertEquals("marie@example.fr is ACTIVE", AccountSuspendCommand.describe(account(AccountStatus.ACTIVE, null)));
    }
}
