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

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.Role;

/** Takes a role back from an account. */
@Service
@Command(scope = "entraide", name = "role-revoke", description = "Take a role (MODERATOR, OPERATOR) from an account")
public class RoleRevokeCommand extends RoleCommand {

    @Override
    Account change(String accountEmail, Role chosen) {
        return identity.revoke(accountEmail, chosen);
    }

    @Override
    String knownRoles() {
        return "MODERATOR or OPERATOR";
    }
}
