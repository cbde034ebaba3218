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
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.entraide.services.moderation.ModerationEntry;
import org.entraide.services.moderation.ModerationService;

/** The moderation log, newest first, every territory: what moderators did, to what, and why. */
@Service
@Command(scope = "entraide", name = "moderation-log", description = "List the moderation log, newest first")
public class ModerationLogCommand implements Action {

    @Option(name = "--limit", aliases = "-l", description = "Show at most this many (default 50)")
    int limit = 50;

    @Reference
    ModerationService moderation;

    @Override
    public Object execute() {
        print(moderation.log(Operators.SHELL, null, ReportsCommand.pageSize(limit)).items());
        return null;
    }

    static void print(List<ModerationEntry> entries) {
        ShellTable table = new ShellTable();
        table.column("At");
        table.column("Moderator");
        table.column("Action");
        table.column("Target");
        table.column("Target id");
        table.column("Territory");
        table.column("Summary");
        table.column("Reason");
        table.column("Until");
        for (ModerationEntry entry : entries) {
            table.addRow().addContent(entry.at().toString(), moderator(entry), entry.action(), entry.targetType(),
                    entry.targetId(), text(entry.territory()), text(entry.summary()), text(entry.reason()),
                    entry.until() == null ? "" : entry.until().toString());
        }
        table.print(System.out);
    }

    /** The moderator's name, else their id ({@code karaf-shell} for the console), else nothing once erased. */
    static String moderator(ModerationEntry entry) {
        return entry.moderatorName() != null ? entry.moderatorName() : text(entry.moderatorId());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
