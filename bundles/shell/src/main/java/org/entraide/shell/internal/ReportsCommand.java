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
import org.entraide.services.post.PostService;
import org.entraide.services.post.Report;

/** The open reports, oldest first, as moderators see them. */
@Service
@Command(scope = "entraide", name = "reports", description = "List open reports, oldest first")
public class ReportsCommand implements Action {

    @Option(name = "--limit", aliases = "-l", description = "Show at most this many (default 100)")
    int limit = 100;

    @Reference
    PostService posts;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Reported");
        table.column("Target");
        table.column("Target id");
        table.column("Reason");
        table.column("Report id");
        for (Report report : posts.openReports(Operators.SHELL, null, pageSize(limit)).items()) {
            table.addRow().addContent(report.createdAt().toString(), report.targetType(), report.targetId(),
                    report.reason(), report.id());
        }
        table.print(System.out);
        return null;
    }

    /** How many reports {@code --limit} asks for, kept between 1 and 1000. */
    static int pageSize(int limit) {
        return Math.max(1, Math.min(1000, limit));
    }
}
