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

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.entraide.services.notification.NotificationOutbox;
import org.entraide.services.notification.OutboxEntry;

/**
 * The outbox of notification channels (mail and push): how many deliveries per channel and status, then the failed
 * ones with their reason, and with {@code --pending} those still waiting. Recipients are shown by account id
 * only (see {@code entraide:account-list}), never by address.
 */
@Service
@Command(scope = "entraide", name = "mail-outbox", description = "Show the outbox of notification channels: counts"
        + " per channel and status, the failed deliveries with their reason (and the pending ones with --pending)")
public class MailOutboxCommand implements Action {

    static final int DEFAULT_LIMIT = 50;

    @Option(name = "--pending", description = "Also list the pending deliveries")
    boolean pending;

    @Option(name = "--limit", description = "Most deliveries listed per status (default 50, at most 1000)")
    int limit = DEFAULT_LIMIT;

    @Reference
    NotificationOutbox outbox;

    @Override
    public Object execute() {
        int max = Math.max(1, Math.min(1000, limit));
        print(System.out, outbox.counts(), outbox.deliveries("FAILED", max),
                pending ? outbox.deliveries("PENDING", max) : null);
        return null;
    }

    static void print(PrintStream out, Map<String, Map<String, Long>> counts, List<OutboxEntry> failed,
            List<OutboxEntry> waiting) {
        out.printf("%-10s %10s %10s %10s%n", "CHANNEL", "PENDING", "SENT", "FAILED");
        if (counts.isEmpty()) {
            out.println("(no delivery yet)");
        }
        for (Map.Entry<String, Map<String, Long>> channel : counts.entrySet()) {
            Map<String, Long> byStatus = channel.getValue();
            out.printf("%-10s %10d %10d %10d%n", channel.getKey(), byStatus.getOrDefault("PENDING", 0L),
                    byStatus.getOrDefault("SENT", 0L), byStatus.getOrDefault("FAILED", 0L));
        }
        list(out, "FAILED", failed);
        if (waiting != null) {
            list(out, "PENDING", waiting);
        }
    }

    private static void list(PrintStream out, String status, List<OutboxEntry> entries) {
        out.println();
        out.println(status + " (" + entries.size() + " shown, oldest first)");
        for (OutboxEntry entry : entries) {
            out.printf("%s  %-6s %-24s recipient %s  attempts %d  created %s%s%n", entry.id(), entry.channel(),
                    entry.kind(), entry.recipientId(), entry.attempts(), entry.createdAt(),
                    "PENDING".equals(status) ? "  next " + text(entry.nextAttemptAt()) : "");
            if (entry.lastError() != null) {
                out.println("    last error: " + entry.lastError());
            }
        }
    }

    private static String text(Instant instant) {
        return instant == null ? "-" : instant.toString();
    }
}
