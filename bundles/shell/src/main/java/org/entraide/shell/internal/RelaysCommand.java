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

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.relay.Relay;
import org.entraide.services.relay.RelayService;

/** The relays granted through {@code relay-grant} or the API, by display name. */
@Service
@Command(scope = "entraide", name = "relays", description = "List the relays: email, display name, since when")
public class RelaysCommand implements Action {

    @Reference
    RelayService relays;

    @Reference
    IdentityService identity;

    @Override
    public Object execute() {
        List<Relay> all = relays.relays(Operators.SHELL);
        if (all.isEmpty()) {
            System.out.println("No relay.");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Email");
        table.column("Name");
        table.column("Since");
        for (Relay relay : all) {
            table.addRow().addContent(identity.account(relay.accountId()).email(), relay.displayName(),
                    relay.since());
        }
        table.print(System.out);
        return null;
    }
}
