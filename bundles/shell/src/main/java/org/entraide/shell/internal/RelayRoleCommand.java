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
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.entraide.api.error.EntraideException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.Role;
import org.entraide.services.relay.RelayService;

/**
 * What {@code relay-grant} and {@code relay-revoke} share, as {@link RoleCommand} does for roles: they differ only in
 * the change they make. Both go through the relays service, so that the shell's changes are checked and written in
 * the moderation log as the API's are.
 */
abstract class RelayRoleCommand implements Action {

    @Argument(index = 0, name = "email", required = true, description = "The account's email")
    String email;

    @Reference
    IdentityService identity;

    @Reference
    RelayService relays;

    /** Makes the change for the operator and returns the account as it is now. */
    abstract Account change(String accountId);

    @Override
    public Object execute() {
        try {
            Account account = identity.accountByEmail(email).orElse(null);
            if (account == null) {
                System.err.println("No account with this email.");
                return null;
            }
            Account changed = change(account.id());
            System.out.println(changed.email() + (changed.has(Role.RELAY) ? " is a relay" : " is not a relay")
                    + " (roles: " + Accounts.roles(changed) + ")");
        } catch (EntraideException e) {
            System.err.println(Accounts.describe(e));
        }
        return null;
    }
}
