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

/** Grants the role RELAY to an existing account. */
@Service
@Command(scope = "entraide", name = "relay-grant", description = "Grant the role RELAY to an account"
        + " (checked and written in the moderation log as the API's grants)")
public class RelayGrantCommand extends RelayRoleCommand {

    @Override
    Account change(String accountId) {
        return relays.grant(Operators.SHELL, accountId);
    }
}
