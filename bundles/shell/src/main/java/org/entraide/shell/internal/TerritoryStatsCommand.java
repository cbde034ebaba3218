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

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.entraide.api.error.ValidationException;
import org.entraide.services.territory.DashboardService;
import org.entraide.services.territory.Territory;
import org.entraide.services.territory.TerritoryService;
import org.entraide.services.territory.TerritoryStatistics;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Figures per territory, from every bundle that contributes some: residents, posts by status, the median time to
 * a first answer, actors by type, operations by type. It reads every row once, so it is for an operator now and
 * then, not for a dashboard refreshed every second. Given one territory's key, it first prints that territory's
 * dashboard ({@link DashboardService}) over {@code --from}/{@code --to}, as the API serves it.
 */
@Service
@Command(scope = "entraide", name = "territory-stats", description = "Statistics per territory: residents, posts"
        + " by status, median time to the first answer, actors by type, operations by type; for one territory, its"
        + " dashboard over a period too (as GET /territories/{key}/dashboard)")
public class TerritoryStatsCommand implements Action {

    @Argument(index = 0, name = "territory", required = false, description = "One territory's key, for its"
            + " dashboard too; all without")
    @Completion(TerritoryCompleter.class)
    String territory;

    @Option(name = "--from", description = "The dashboard's first day, YYYY-MM-DD (UTC); twelve weeks before --to"
            + " without")
    String from;

    @Option(name = "--to", description = "The dashboard's last day, included, YYYY-MM-DD (UTC); today without")
    String to;

    @Reference(optional = true)
    DashboardService dashboards;

    @Reference
    TerritoryService territories;

    @Reference
    BundleContext context;

    @Override
    public Object execute() throws Exception {
        List<Territory> chosen = chosen(territory, territories::territories, territories::territory);
        if (chosen.isEmpty()) {
            System.out.println("No territory is configured: see docs/operators.md, Territories.");
            return null;
        }
        if (territory != null && dashboards != null) {
            try {
                System.out.println(DashboardText.render(dashboards.dashboard(Operators.SHELL, territory, from, to)));
            } catch (ValidationException e) {
                throw new IllegalArgumentException(e.errors().stream().map(error -> "--" + error.field() + " "
                        + error.message()).collect(Collectors.joining("; ")), e);
            }
            System.out.println("Other figures");
        }
        Collection<ServiceReference<TerritoryStatistics>> sources =
                context.getServiceReferences(TerritoryStatistics.class, null);
        ShellTable table = new ShellTable();
        table.column("Territory");
        table.column("Figure");
        table.column("Value").alignRight();
        for (Territory t : chosen) {
            for (ServiceReference<TerritoryStatistics> source : sources) {
                TerritoryStatistics statistics = context.getService(source);
                if (statistics == null) {
                    continue;
                }
                try {
                    for (Map.Entry<String, Object> figure
                            : statistics.statistics(p -> territories.contains(t, p)).entrySet()) {
                        table.addRow().addContent(t.key(), figure.getKey(), String.valueOf(figure.getValue()));
                    }
                } finally {
                    context.ungetService(source);
                }
            }
        }
        table.print(System.out);
        return null;
    }

    /**
     * The territories to count: all those in force without a key, else the one of that key; a key in force nowhere
     * throws {@link IllegalArgumentException}.
     */
    static List<Territory> chosen(String key, Supplier<List<Territory>> all,
            Function<String, Optional<Territory>> byKey) {
        return key == null ? all.get()
                : List.of(byKey.apply(key).orElseThrow(() -> new IllegalArgumentException(
                        "No territory " + key + " in force: see entraide:territories")));
    }
}
