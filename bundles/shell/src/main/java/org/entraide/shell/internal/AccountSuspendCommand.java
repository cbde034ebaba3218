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

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.entraide.api.error.EntraideException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.moderation.ModerationService;

/**
 * Suspends an account, as a moderator does through the API: its sessions end at once, it cannot sign in, and its
 * posts leave the feeds until it is reinstated. The console acts as an operator, who may suspend any account but an
 * operator's (take the role back first). Suspending a suspended account replaces its reason and end.
 */
@Service
@Command(scope = "entraide", name = "account-suspend", description = "Suspend an account: its sessions end, it"
        + " cannot sign in and its posts leave the feeds until it is reinstated (by hand or at --until)")
public class AccountSuspendCommand implements Action {

    @Argument(index = 0, name = "email", required = true, description = "The account's email")
    String email;

    @Argument(index = 1, name = "reason", required = true, description = "Why, 1 to 500 characters (quote it)")
    String reason;

    @Option(name = "--until", description = "End of the suspension, an ISO-8601 instant such as"
            + " 2026-12-24T00:00:00Z (at most ten years ahead); without it, until reinstated")
    String until;

    @Reference
    IdentityService identity;

    /** Through the moderation service, so that the shell's suspensions are checked and logged as the API's are. */
    @Reference
    ModerationService moderation;

    @Override
    public Object execute() {
        Instant end;
        try {
            end = until == null ? null : Instant.parse(until.trim());
        } catch (DateTimeParseException e) {
            System.err.println("--until must be an ISO-8601 instant, e.g. 2026-12-24T00:00:00Z");
            return null;
        }
        try {
            Account account = identity.accountByEmail(email).orElse(null);
            if (account == null) {
                System.err.println("No account with this email.");
                return null;
            }
            System.out.println(describe(moderation.suspend(Operators.SHELL, account.id(), reason, end)));
        } catch (EntraideException e) {
            System.err.println(Accounts.describe(e));
        }
        return null;
    }

    /** An account's state in one line, such as {@code marie@example.fr is SUSPENDED until 2026-12-24T00:00:00Z}. */
    static String describe(Account account) {
        return account.email() + " is " + account.status() + Accounts.until(account);
    }
}
