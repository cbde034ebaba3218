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

/** Takes the role RELAY back; the account keeps its beneficiaries, to export or erase them. */
@Service
@Command(scope = "entraide", name = "relay-revoke", description = "Take the role RELAY back from an account"
        + " (it keeps its beneficiaries, to export or erase them)")
public class RelayRevokeCommand extends RelayRoleCommand {

    @Override
    Account change(String accountId) {
        return relays.revoke(Operators.SHELL, accountId);
    }
}
