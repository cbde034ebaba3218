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
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.IdentityService;

/** Lists accounts by email, without homes: operators have no need of them. */
@Service
@Command(scope = "entraide", name = "account-list", description = "List accounts by email, with roles and status"
        + " (and until when a suspended account is suspended)")
public class AccountListCommand implements Action {

    @Option(name = "--offset", description = "Skip this many accounts")
    int offset;

    @Option(name = "--limit", aliases = "-l", description = "Show at most this many (default 100)")
    int limit = 100;

    @Reference
    IdentityService identity;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Email");
        table.column("Name");
        table.column("Roles");
        table.column("Status");
        table.column("Created");
        table.column("Id");
        for (Account account : identity.accounts(offset, limit)) {
            table.addRow().addContent(account.email(), account.displayName(), Accounts.roles(account),
                    account.status().name() + Accounts.until(account), account.createdAt().toString(), account.id());
        }
        table.print(System.out);
        return null;
    }
}
