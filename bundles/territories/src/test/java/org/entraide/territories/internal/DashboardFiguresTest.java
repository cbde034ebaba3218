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
package org.entraide.territories.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.post.PostFact;
import org.entraide.services.post.PostKind;
import org.entraide.services.territory.Dashboard;
import org.entraide.services.territory.Perimeter;
import org.junit.Test;

/** A dashboard's period, ISO weeks, exact median, bounding box and sums. */
public class DashboardFiguresTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-09");

    private static void refused(String from, String to, String field) {
        try {
            DashboardFigures.Period.of(from, to, TODAY);
            fail(from + ".." + to + " was accepted");
        } catch (InvalidRequestException e) {
            assertEquals(field, e.errors().get(0).field());
        }
    }

    @Test
    public void withoutDatesTheLastTwelveWeeksToToday() {
        DashboardFigures.Period period = DashboardFigures.Period.of(null, null, TODAY);
        assertEquals(LocalDate.parse("2026-09-21"), period.from());
        assertEquals(TODAY, period.to());
        assertEquals(12, period.weeks().size());
        assertEquals(LocalDate.parse("2026-12-07"), period.weeks().get(11));
    }

    @Test
    public void givenDatesAreKeptAndWeeksCoverThem() {
        DashboardFigures.Period period = DashboardFigures.Period.of("2026-11-04", "2026-11-16", TODAY);
        assertEquals(List.of(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-09"),
                LocalDate.parse("2026-11-16")), period.weeks());
        assertEquals(LocalDate.parse("2026-08-31"), DashboardFigures.Period.of(null, "2026-11-16", TODAY).from());
        assertEquals(1, DashboardFigures.Period.of("2026-11-16", "2026-11-16", TODAY).weeks().size());
    }

    @Test
    public void malformedOutOfOrderOrTooLongPeriodsAreRefused() {
        refused("2026-11-31", null, "from");
        refused("2026-1-3", null, "from");
        refused("demain", null, "from");
        refused(null, "2026-12-09T00:00:00Z", "to");
        refused("2026-12-10", "2026-12-09", "from");
        refused("2025-12-08", "2026-12-09", "to");
        assertEquals(366, Duration.between(DashboardFigures.Period.of("2025-12-09", "2026-12-09", TODAY).from()
                .atStartOfDay(), TODAY.plusDays(1).atStartOfDay()).toDays());
    }

    @Test
    public void isoWeeksStartOnMondayAndBelongToTheirWeekBasedYear() {
        assertEquals("2026-W45", DashboardFigures.week(LocalDate.parse("2026-11-02")));
        assertEquals("2026-W45", DashboardFigures.week(LocalDate.parse("2026-11-08")));
        assertEquals("2026-W53", DashboardFigures.week(LocalDate.parse("2027-01-03")));
        assertEquals("2027-W01", DashboardFigures.week(LocalDate.parse("2027-01-04")));
        assertEquals("2025-W01", DashboardFigures.week(LocalDate.parse("2024-12-30")));
        assertEquals(LocalDate.parse("2026-11-02"), DashboardFigures.monday(LocalDate.parse("2026-11-08")));
    }

    @Test
    public void theMedianIsExact() {
        assertNull(DashboardFigures.medianHours(List.of()));
        assertEquals(2.0, DashboardFigures.medianHours(List.of(Duration.ofHours(30), Duration.ofHours(2),
                Duration.ofMinutes(30))), 0);
        assertEquals(16.0, DashboardFigures.medianHours(List.of(Duration.ofHours(30), Duration.ofHours(2))), 0);
        assertEquals(1.0 / 3600, DashboardFigures.medianHours(List.of(Duration.ofSeconds(1))), 0);
        assertEquals(2.5, DashboardFigures.medianHours(List.of(Duration.ofHours(1), Duration.ofHours(2),
                Duration.ofHours(3), Duration.ofHours(4))), 0);
    }

    @Test
    public void theBoxHoldsTheCircleAndTheCommunesWithTheirMargin() {
        double[] box = DashboardFigures.box(Perimeter.circle(GeoPoint.of(43.3, 5.4), 30), List.of());
        assertTrue(box[0] < 43.3 - 30 / 111.0 && box[2] > 43.3 + 30 / 111.0);
        assertTrue(box[1] < 5.4 - 30 / 81.0 && box[3] > 5.4 + 30 / 81.0);
        assertTrue(box[2] - box[0] < 0.6);
        double[] communes = DashboardFigures.box(Perimeter.communes(GeoPoint.of(43.5, 5.5), List.of("A", "B")),
                List.of(GeoPoint.of(43.3, 5.4), GeoPoint.of(43.7, 5.6)));
        assertTrue(communes[0] < 43.3 - 0.5 && communes[2] > 43.7 + 0.5);
        double[] pole = DashboardFigures.box(Perimeter.circle(GeoPoint.of(-89.9, 0), 20), List.of());
        assertArrayEquals(new double[] {-90, -180, 180}, new double[] {pole[0], pole[1], pole[3]}, 0);
        assertEquals(-180, DashboardFigures.box(Perimeter.circle(GeoPoint.of(-17.5, 179.9), 30), List.of())[1], 0);
    }

    @Test
    public void theAssemblyCountsByWeekAndCommune() {
        DashboardFigures.Period period = DashboardFigures.Period.of("2026-11-04", "2026-11-16", TODAY);
        GeoPoint a = GeoPoint.of(43, 5);
        GeoPoint b = GeoPoint.of(44, 5);
        DashboardAssembly sum = new DashboardAssembly(period, p -> p.lat() < 43.5 ? "13001" : "13002");
        Instant monday = Instant.parse("2026-11-09T00:00:00Z");
        sum.post(new PostFact(a, PostKind.REQUEST, monday, monday.plus(Duration.ofHours(24))));
        sum.post(new PostFact(a, PostKind.REQUEST, monday, monday.plus(Duration.ofHours(25))));
        sum.post(new PostFact(b, PostKind.REQUEST, monday.minusSeconds(1), null));
        sum.post(new PostFact(b, PostKind.OFFER, monday.plus(Duration.ofDays(7)), null));
        sum.participation(monday.plus(Duration.ofDays(7)));
        sum.unanswered(b, 3);
        sum.residents("13001", 4);
        sum.residents("", 2);
        assertEquals(3, sum.requests());
        assertEquals(new Dashboard.Answered(1, 1 / 3d), sum.answered());
        assertEquals(24.5, sum.medianFirstResponseHours(), 0);
        assertEquals(List.of(new Dashboard.Week("2026-W45", "2026-11-02", 1, 0, 0, 0),
                new Dashboard.Week("2026-W46", "2026-11-09", 2, 0, 1, 0),
                new Dashboard.Week("2026-W47", "2026-11-16", 0, 1, 0, 1)), sum.weekly());
        assertEquals(List.of(new Dashboard.Commune("13001", "Un", 2, 0, 1, 0, 4),
                new Dashboard.Commune("13002", "Deux", 1, 1, 0, 3, 0)),
                sum.communes(code -> code.equals("13001") ? "Un" : "Deux"));
    }
}
