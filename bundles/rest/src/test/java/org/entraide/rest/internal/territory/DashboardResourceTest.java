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
package org.entraide.rest.internal.territory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import javax.ws.rs.core.MediaType;
import org.entraide.services.post.EscalationFigures;
import org.entraide.services.territory.Dashboard;
import org.junit.Test;

/** Which representation a client gets, and the CSV of the weekly series. */
public class DashboardResourceTest {

    private static final MediaType CSV = new MediaType("text", "csv");

    @Test
    public void csvOnlyWhenPreferredToJson() {
        assertTrue(DashboardResource.prefersCsv(List.of(CSV)));
        assertTrue(DashboardResource.prefersCsv(List.of(CSV, MediaType.APPLICATION_JSON_TYPE)));
        assertFalse(DashboardResource.prefersCsv(List.of(MediaType.APPLICATION_JSON_TYPE, CSV)));
        assertFalse(DashboardResource.prefersCsv(List.of(MediaType.WILDCARD_TYPE)));
        assertFalse(DashboardResource.prefersCsv(List.of()));
    }

    @Test
    public void theCsvHasAHeaderAndALinePerWeek() {
        Dashboard d = new Dashboard(new Dashboard.Named("k", "K"), "2026-11-02", "2026-11-15",
                new Dashboard.Posted(0, 0), new Dashboard.Answered(0, null), null,
                new Dashboard.Unanswered(0, List.of()), Map.of("ACTORS", new EscalationFigures(0, 0)),
                new Dashboard.Counted(0, Map.of()), new Dashboard.Counted(0, Map.of()), 0, 0,
                List.of(new Dashboard.Week("2026-W45", "2026-11-02", 5, 2, 3, 4),
                        new Dashboard.Week("2026-W46", "2026-11-09", 0, 0, 0, 1)), List.of());
        assertEquals("week,start,requests,offers,answered_within_24h,participations\r\n"
                + "2026-W45,2026-11-02,5,2,3,4\r\n2026-W46,2026-11-09,0,0,0,1\r\n", DashboardResource.csv(d));
    }
}
