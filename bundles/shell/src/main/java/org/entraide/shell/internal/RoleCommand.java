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

import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.entraide.api.error.EntraideException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.Role;

/** What {@code role-grant} and {@code role-revoke} share: they differ only in the change they make. */
abstract class RoleCommand implements Action {

    @Argument(index = 0, name = "email", required = true, description = "The account's email")
    String email;

    @Argument(index = 1, name = "role", required = true, description = "MODERATOR or OPERATOR")
    @Completion(RoleCompleter.class)
    String role;

    @Reference
    IdentityService identity;

    /**
     * The role a console argument names, in any case and with spaces around allowed ({@code moderator},
     * {@code " Operator "}); an unknown name throws {@link IllegalArgumentException}.
     */
    static Role named(String name) {
        return Role.valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** Makes the change and returns the account as it is now. */
    abstract Account change(String accountEmail, Role chosen);

    /** The roles named when the given one is unknown. */
    abstract String knownRoles();

    @Override
    public Object execute() {
        try {
            Account account = change(email, named(role));
            System.out.println(account.email() + " now has roles " + Accounts.roles(account));
        } catch (EntraideException e) {
            System.err.println(Accounts.describe(e));
        } catch (IllegalArgumentException e) {
            System.err.println("Unknown role " + role + ": " + knownRoles());
        }
        return null;
    }
}
