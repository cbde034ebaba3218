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

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.entraide.api.error.EntraideException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.moderation.ModerationService;

/**
 * Reinstates an account at once: it can sign in again and its posts come back to the feeds (not those a moderator
 * hid). Reinstating an active account changes nothing but completes a reinstatement that failed half-way.
 */
@Service
@Command(scope = "entraide", name = "account-reinstate", description = "Reinstate a suspended account: it can sign"
        + " in again and its posts come back to the feeds")
public class AccountReinstateCommand implements Action {

    @Argument(index = 0, name = "email", required = true, description = "The account's email")
    String email;

    @Reference
    IdentityService identity;

    /** Through the moderation service, so that the shell's suspensions are checked and logged as the API's are. */
    @Reference
    ModerationService moderation;

    @Override
    public Object execute() {
        try {
            Account account = identity.accountByEmail(email).orElse(null);
            if (account == null) {
                System.err.println("No account with this email.");
                return null;
            }
            Account reinstated = moderation.reinstate(Operators.SHELL, account.id(), null);
            System.out.println(AccountSuspendCommand.describe(reinstated));
        } catch (EntraideException e) {
            System.err.println(Accounts.describe(e));
        }
        return null;
    }
}
