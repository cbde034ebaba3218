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

import java.util.EnumSet;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.entraide.api.error.EntraideException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.NewAccount;
import org.entraide.services.identity.Role;

/** Creates an account, typically the first operator: Entraide ships none. */
@Service
@Command(scope = "entraide", name = "account-create", description = "Create an account with roles (the same rules as"
        + " registration). Without --password, the password is asked for, unechoed.")
public class AccountCreateCommand implements Action {

    @Argument(index = 0, name = "email", required = true, description = "The account's email")
    String email;

    @Option(name = "--name", aliases = "-n", required = true, description = "Display name, 2 to 60 characters")
    String displayName;

    @Option(name = "--home", required = true, description = "Exact home as lat,lon (private), e.g. 41.9189,8.7381")
    String home;

    @Option(name = "--role", aliases = "-r", multiValued = true, description = "A role to grant (repeatable):"
            + " MODERATOR, OPERATOR; RESIDENT always")
    @Completion(RoleCompleter.class)
    List<String> roles;

    @Option(name = "--locale", description = "fr (default) or en")
    String locale = "fr";

    @Option(name = "--password", aliases = "-p", description = "The password; asked for when left out")
    String password;

    @Reference
    IdentityService identity;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        String[] coordinates = coordinates(home);
        if (coordinates == null) {
            System.err.println("--home must be lat,lon, e.g. 41.9189,8.7381");
            return null;
        }
        EnumSet<Role> granted = granted(roles);
        String secret = password != null ? password : session.readLine("Password: ", '*');
        try {
            Account account = identity.create(new NewAccount(email, secret, displayName,
                    Double.valueOf(coordinates[0]), Double.valueOf(coordinates[1]), locale, null),
                    granted);
            System.out.println("Created " + account.email() + " (" + account.id() + ") with roles "
                    + Accounts.roles(account));
        } catch (EntraideException e) {
            System.err.println(Accounts.describe(e));
        }
        return null;
    }

    /**
     * The latitude and longitude of {@code --home}, trimmed and not yet read as numbers (the identity service checks
     * them), or null when it is not two values separated by a comma.
     */
    static String[] coordinates(String home) {
        // Limit 0: trailing empty strings are dropped, so a trailing comma is tolerated (AccountCreateCommandTest).
        String[] coordinates = home.split(",", 0);
        if (coordinates.length != 2) {
            return null;
        }
        return new String[] {coordinates[0].trim(), coordinates[1].trim()};
    }

    /** The roles to grant: RESIDENT always, and each {@code --role} named, as {@link RoleCommand#named} reads it. */
    static EnumSet<Role> granted(List<String> roles) {
        EnumSet<Role> granted = EnumSet.of(Role.RESIDENT);
        if (roles != null) {
            for (String role : roles) {
                granted.add(RoleCommand.named(role));
            }
        }
        return granted;
    }
}
