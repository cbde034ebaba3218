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
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.entraide.services.node.ConfigurationInputs;
import org.entraide.services.node.JobLeases;
import org.entraide.services.node.NodeConfiguration;

/**
 * Prints this node's configuration fingerprint, as {@code /api/v1/health} shows it, then every input it is computed
 * from, one per line in a stable order: two nodes' outputs compared with {@code diff} show what differs. Then the
 * scheduled jobs and whether this node runs each.
 */
@Service
@Command(scope = "entraide", name = "config-fingerprint", description = "Print this node's configuration"
        + " fingerprint (as /health shows it) and its inputs, one per line, to compare nodes with diff")
public class ConfigFingerprintCommand implements Action {

    @Reference
    NodeConfiguration configuration;

    @Reference(optional = true)
    JobLeases leases;

    @Override
    public Object execute() {
        ConfigurationInputs inputs = configuration.inputs();
        System.out.println("fingerprint " + inputs.fingerprint());
        inputs.lines().forEach(System.out::println);
        if (leases != null) {
            leases.jobs().forEach((job, here) -> System.out.println("# job " + job + " " + (here ? "here"
                    : "elsewhere")));
        }
        return null;
    }
}
