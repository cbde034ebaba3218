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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.post.EscalationFigures;
import org.entraide.services.post.UnansweredRequest;
import org.entraide.services.territory.Dashboard;
import org.junit.Test;

/** How {@code entraide:territory-stats <key>} prints a dashboard. */
public class DashboardTextTest {

    @Test
    public void everyFigureIsPrintedOnItsLine() {
        Dashboard d = new Dashboard(new Dashboard.Named("ajaccio", "Pays ajaccien"), "2026-11-02", "2026-11-15",
                new Dashboard.Posted(5, 2), new Dashboard.Answered(3, 0.6), 2.5,
                new Dashboard.Unanswered(1, List.of(new UnansweredRequest("p1", "Courses", "errands",
                        Instant.parse("2026-11-10T08:00:00Z"), GeoPoint.of(41.92, 8.74), "ACTORS"))),
                Map.of("ACTORS", new EscalationFigures(2, 1)),
                new Dashboard.Counted(2, Map.of("association", 2L)), new Dashboard.Counted(0, Map.of()), 4, 9,
                List.of(new Dashboard.Week("2026-W45", "2026-11-02", 5, 2, 3, 4)),
                List.of(new Dashboard.Commune("2A004", "Ajaccio", 5, 2, 3, 1, 9)));
        String text = DashboardText.render(d);
        assertTrue(text, text.startsWith("Dashboard of Pays ajaccien (ajaccio), 2026-11-02 to 2026-11-15"));
        assertTrue(text, text.matches("(?s).*Requests answered within 24 h\\s+3 \\(60\\.0 %\\).*"));
        assertTrue(text, text.matches("(?s).*Median time to first response\\s+2\\.50 h.*"));
        assertTrue(text, text.matches("(?s).*Escalations to ACTORS\\s+2 \\(answered after: 1\\).*"));
        assertTrue(text, text.matches("(?s).*Actors now\\s+2 \\(association 2\\).*"));
        assertTrue(text, text.matches("(?s).*Operations now\\s+0\\R.*"));
        assertTrue(text, text.matches("(?s).*2026-W45\\s+2026-11-02\\s+5\\s+2\\s+3\\s+4.*"));
        assertTrue(text, text.matches("(?s).*Ajaccio\\s+2A004\\s+5\\s+2\\s+3\\s+1\\s+9.*"));
        assertTrue(text, text.matches("(?s).*2026-11-10T08:00:00Z\\s+p1\\s+errands\\s+ACTORS\\s+Courses.*"));
    }
}
