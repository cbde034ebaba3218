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
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.entraide.services.actor.ActorService;
import org.entraide.services.operation.OperationService;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.OperationType;
import org.entraide.services.territory.TerritoryAdministration;
import org.entraide.services.territory.TerritoryAdministration.TypeFamily;

/** What {@code territory-enable} and {@code territory-disable} share: they differ only in the way they switch. */
abstract class TerritoryTypeCommand implements Action {

    @Argument(index = 0, name = "territory", required = true, description = "The territory's key")
    @Completion(TerritoryCompleter.class)
    String territory;

    @Argument(index = 1, name = "family", required = true, description = "actor or operation")
    @Completion(value = StringsCompleter.class, values = {"actor", "operation"})
    String family;

    @Argument(index = 2, name = "type", required = true, description = "The type's key (see entraide:types)")
    @Completion(TypeKeyCompleter.class)
    String type;

    @Reference
    TerritoryAdministration administration;

    @Reference
    ActorService actors;

    @Reference
    OperationService operations;

    /** True to enable the type, false to disable it. */
    abstract boolean enable();

    @Override
    public Object execute() {
        TypeFamily which = TerritoryTypes.family(family);
        List<String> installed = which == TypeFamily.ACTOR
                ? actors.types().stream().map(ActorType::key).collect(Collectors.toList())
                : operations.types().stream().map(OperationType::key).collect(Collectors.toList());
        if (enable() && !installed.contains(type)) {
            System.out.println("Note: " + type + " is not installed now; it is enabled for when it is.");
        }
        boolean changed = administration.setTypeEnabled(territory, which, type, enable(), installed);
        String done = enable() ? "enabled" : "disabled";
        System.out.println("Territory " + territory + ": " + family + " type " + type
                + (changed ? " " + done + "." : " was already " + done + "."));
        return null;
    }
}
