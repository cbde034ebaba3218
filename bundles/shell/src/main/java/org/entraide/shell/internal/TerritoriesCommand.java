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

import java.util.Set;
import java.util.TreeSet;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.entraide.services.territory.Perimeter;
import org.entraide.services.territory.Territory;
import org.entraide.services.territory.TerritoryService;

/** Lists the territories in force and what each enables. */
@Service
@Command(scope = "entraide", name = "territories", description = "List the territories in force: perimeter,"
        + " radius limits, enabled actor and operation types, moderators. A configuration refused is not listed:"
        + " the log says why.")
public class TerritoriesCommand implements Action {

    @Reference
    TerritoryService territories;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Key", "Name", "Perimeter", "Radius km (max/default)", "Actor types",
                "Operation types", "Moderators"}) {
            table.column(column);
        }
        for (Territory t : territories.territories()) {
            table.addRow().addContent(t.key(), t.name(), perimeter(t.perimeter()),
                    km(t.maxRadiusKm()) + "/" + km(t.defaultRadiusKm()), types(t.actorTypes()),
                    types(t.operationTypes()), t.moderators().isEmpty() ? "-" : String.join(", ", t.moderators()));
        }
        table.print(System.out);
        System.out.println(territories.territoriesOnly()
                ? "Territories only: places outside every territory are refused (etc/org.entraide.territories.cfg)."
                : "Outside every territory: the platform's defaults and every installed type"
                        + " (etc/org.entraide.geo.cfg).");
        return null;
    }

    static String types(Set<String> types) {
        if (types == null) {
            return "all installed";
        }
        return types.isEmpty() ? "none" : String.join(", ", new TreeSet<>(types));
    }

    private static String perimeter(Perimeter p) {
        return p.isCircle() ? km(p.radiusKm()) + " km around " + p.centre().lat() + "," + p.centre().lon()
                : "communes " + String.join(" ", p.inseeCodes());
    }

    private static String km(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
