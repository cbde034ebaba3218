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

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entraide.services.notification.OutboxEntry;
import org.junit.Test;

public class MailOutboxCommandTest {

    @Test
    public void showsCountsPerChannelAndTheFailedDeliveriesWithTheirReason() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutboxEntry failed = new OutboxEntry("d-1", "email", "FAILED", "a-1", "post.response", 1,
                "SMTP 550: mailbox unavailable", Instant.parse("2026-12-07T08:00:00Z"),
                Instant.parse("2026-12-07T08:00:30Z"), null);

        MailOutboxCommand.print(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                Map.of("email", Map.of("SENT", 12L, "FAILED", 1L)), List.of(failed), null);

        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown, shown.matches("(?s).*email\\s+0\\s+12\\s+1.*"));
        assertTrue(shown, shown.contains("d-1"));
        assertTrue(shown, shown.contains("recipient a-1"));
        assertTrue(shown, shown.contains("last error: SMTP 550: mailbox unavailable"));
        assertTrue(shown, !shown.contains("PENDING ("));
    }
}
