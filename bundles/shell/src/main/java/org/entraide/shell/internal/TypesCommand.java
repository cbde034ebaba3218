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
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.OperationType;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Lists the installed actor and operation types, with the bundle and the feature that bring each. */
@Service
@Command(scope = "entraide", name = "types", description = "List installed actor and operation types, with the"
        + " feature to uninstall or install each")
public class TypesCommand implements Action {

    @Reference
    BundleContext context;

    @Reference
    FeaturesService features;

    @Override
    public Object execute() throws Exception {
        ShellTable table = new ShellTable();
        table.column("Kind");
        table.column("Key");
        table.column("Bundle");
        table.column("Feature");
        add(table, "actor", context.getServiceReferences(ActorType.class, null));
        add(table, "operation", context.getServiceReferences(OperationType.class, null));
        table.print(System.out);
        return null;
    }

    private void add(ShellTable table, String kind, Collection<? extends ServiceReference<?>> references)
            throws Exception {
        for (ServiceReference<?> reference : references) {
            Bundle bundle = reference.getBundle();
            table.addRow().addContent(kind, String.valueOf(reference.getProperty(ActorType.TYPE_PROPERTY)),
                    bundle.getSymbolicName() + "/" + bundle.getVersion(), featureOf(bundle));
        }
    }

    private String featureOf(Bundle bundle) throws Exception {
        for (Feature feature : features.listInstalledFeatures()) {
            boolean contains = feature.getBundles().stream().anyMatch(info -> info.getLocation().trim()
                    .equals(bundle.getLocation()));
            if (contains && feature.getName().startsWith("entraide-")) {
                return feature.getName();
            }
        }
        return bundle.getLocation().contains("deploy") ? "(deploy/)" : "-";
    }

}
