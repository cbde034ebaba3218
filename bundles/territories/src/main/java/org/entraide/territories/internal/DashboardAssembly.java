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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.post.PostFact;
import org.entraide.services.post.PostKind;
import org.entraide.services.territory.Dashboard;

/**
 * Adds up the figures the bundles give into a dashboard: by week (ISO, UTC) and by commune. Each distinct position
 * is given its commune once.
 */
final class DashboardAssembly {

    /** A request answered within this long after it was posted counts as answered within 24 h. */
    static final Duration DAY = Duration.ofHours(24);

    /** Column indexes of a week's and a commune's counters. */
    private static final int REQUESTS = 0;
    private static final int OFFERS = 1;
    private static final int ANSWERED = 2;
    private static final int PARTICIPATIONS = 3;
    private static final int UNANSWERED = 3;
    private static final int RESIDENTS = 4;

    private final DashboardFigures.Period period;
    private final Function<GeoPoint, String> commune;
    private final Map<GeoPoint, String> communes = new HashMap<>();
    private final Map<String, long[]> weeks = new LinkedHashMap<>();
    private final Map<String, long[]> byCommune = new TreeMap<>();
    private final List<Duration> waits = new ArrayList<>();
    private long requests;
    private long offers;
    private long answered;
    private long participations;

    DashboardAssembly(DashboardFigures.Period period, Function<GeoPoint, String> commune) {
        this.period = period;
        this.commune = commune;
        for (LocalDate monday : period.weeks()) {
            weeks.put(DashboardFigures.week(monday), new long[4]);
        }
    }

    /** The commune of a public position, looked up once per position. */
    String communeOf(GeoPoint position) {
        return communes.computeIfAbsent(position, commune);
    }

    void post(PostFact post) {
        long[] week = weeks.get(DashboardFigures.week(day(post.createdAt())));
        String code = communeOf(post.position());
        long[] here = code == null ? new long[5] : byCommune.computeIfAbsent(code, c -> new long[5]);
        if (post.kind() == PostKind.OFFER) {
            offers++;
            count(week, here, OFFERS);
            return;
        }
        requests++;
        count(week, here, REQUESTS);
        if (post.firstResponseAt() != null) {
            Duration wait = Duration.between(post.createdAt(), post.firstResponseAt());
            waits.add(wait);
            if (wait.compareTo(DAY) <= 0) {
                answered++;
                count(week, here, ANSWERED);
            }
        }
    }

    private static void count(long[] week, long[] commune, int column) {
        if (week != null) {
            week[column]++;
        }
        commune[column]++;
    }

    void participation(Instant at) {
        participations++;
        long[] week = weeks.get(DashboardFigures.week(day(at)));
        if (week != null) {
            week[PARTICIPATIONS]++;
        }
    }

    void unanswered(GeoPoint position, long count) {
        String code = communeOf(position);
        if (code != null) {
            byCommune.computeIfAbsent(code, c -> new long[5])[UNANSWERED] += count;
        }
    }

    void residents(String code, long count) {
        if (!code.isEmpty()) {
            byCommune.computeIfAbsent(code, c -> new long[5])[RESIDENTS] += count;
        }
    }

    long requests() {
        return requests;
    }

    long offers() {
        return offers;
    }

    Dashboard.Answered answered() {
        return new Dashboard.Answered(answered, requests == 0 ? null : (double) answered / requests);
    }

    Double medianFirstResponseHours() {
        return DashboardFigures.medianHours(waits);
    }

    long participations() {
        return participations;
    }

    List<Dashboard.Week> weekly() {
        List<Dashboard.Week> rows = new ArrayList<>();
        for (LocalDate monday : period.weeks()) {
            long[] n = weeks.get(DashboardFigures.week(monday));
            rows.add(new Dashboard.Week(DashboardFigures.week(monday), monday.toString(), n[REQUESTS], n[OFFERS],
                    n[ANSWERED], n[PARTICIPATIONS]));
        }
        return rows;
    }

    List<Dashboard.Commune> communes(Function<String, String> name) {
        List<Dashboard.Commune> rows = new ArrayList<>();
        byCommune.forEach((code, n) -> rows.add(new Dashboard.Commune(code, name.apply(code), n[REQUESTS],
                n[OFFERS], n[ANSWERED], n[UNANSWERED], n[RESIDENTS])));
        return rows;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
