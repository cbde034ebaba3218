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

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.territory.DashboardService;
import org.entraide.services.territory.Perimeter;

/** The pure arithmetic of a dashboard: its period, ISO weeks, the exact median, the perimeter's bounding box. */
final class DashboardFigures {

    /**
     * Around a list of communes, how far the box reaches beyond their chefs-lieux: a point gets the commune of the
     * nearest place within about 30 km, and a commune's places lie within about 30 km of its chef-lieu.
     */
    static final double COMMUNE_MARGIN_KM = 60;

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final double KM_PER_DEGREE_LAT = 110.574;
    private static final double KM_PER_DEGREE_LON = 111.320;
    private static final double MILLIS_PER_HOUR = 3_600_000d;

    private DashboardFigures() {
    }

    /**
     * A dashboard's period: UTC days, {@code to} included.
     *
     * @param from the first day
     * @param to the last day
     */
    record Period(LocalDate from, LocalDate to) {

        /**
         * Reads the period asked for: {@code to} defaults to today, {@code from} to the Monday of the week eleven
         * weeks before {@code to}'s (twelve whole weeks, the current one included).
         *
         * @throws InvalidRequestException when a day is malformed, {@code from} is after {@code to} or the
         *         period exceeds {@link DashboardService#MAX_DAYS} days
         */
        static Period of(String from, String to, LocalDate today) {
            LocalDate last = to == null ? today : day("to", to);
            LocalDate first = from == null ? monday(last).minusWeeks(DashboardService.DEFAULT_WEEKS - 1)
                    : day("from", from);
            if (first.isAfter(last)) {
                throw new InvalidRequestException(FieldError.of("from", "before_start",
                        "ne doit pas être après to (" + last + ")", "must not be after to (" + last + ")"));
            }
            if (ChronoUnit.DAYS.between(first, last) + 1 > DashboardService.MAX_DAYS) {
                throw new InvalidRequestException(FieldError.of("to", "out_of_range", "doit être au plus "
                        + DashboardService.MAX_DAYS + " jours après from, tous deux inclus", "must be at most "
                        + DashboardService.MAX_DAYS + " days after from, both included"));
            }
            return new Period(first, last);
        }

        /** The Mondays of the ISO weeks the period touches, oldest first. */
        List<LocalDate> weeks() {
            List<LocalDate> mondays = new ArrayList<>();
            for (LocalDate monday = monday(from); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
                mondays.add(monday);
            }
            return mondays;
        }
    }

    private static LocalDate day(String field, String value) {
        if (!DAY.matcher(value).matches()) {
            throw new InvalidRequestException(FieldError.of(field, "not_a_date",
                    "doit être un jour au format AAAA-MM-JJ", "must be a day as YYYY-MM-DD"));
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidRequestException(FieldError.of(field, "not_a_date",
                    "doit être un jour qui existe, au format AAAA-MM-JJ", "must be a day that exists, as YYYY-MM-DD"));
        }
    }

    /** The Monday that starts a day's ISO week. */
    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** A day's ISO week, such as {@code 2026-W45} (the week-based year, which may differ near New Year). */
    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The exact median of some durations, in hours; {@code null} for none. */
    static Double medianHours(Collection<Duration> waits) {
        if (waits.isEmpty()) {
            return null;
        }
        long[] millis = waits.stream().mapToLong(Duration::toMillis).sorted().toArray();
        int middle = millis.length / 2;
        double median = millis.length % 2 == 1 ? millis[middle] : (millis[middle - 1] + millis[middle]) / 2d;
        return median / MILLIS_PER_HOUR;
    }

    /**
     * A box {@code [south, west, north, east]} that holds every point of a perimeter: a circle's, or around the
     * positions of a list's communes.
     *
     * @param perimeter the perimeter
     * @param communes the positions of a list's communes that the gazetteer knows (ignored for a circle)
     */
    static double[] box(Perimeter perimeter, List<GeoPoint> communes) {
        if (perimeter.isCircle()) {
            return around(perimeter.centre(), perimeter.centre(), perimeter.radiusKm() + 1);
        }
        if (communes.isEmpty()) {
            return around(perimeter.centre(), perimeter.centre(), COMMUNE_MARGIN_KM);
        }
        double south = 90;
        double north = -90;
        double west = 180;
        double east = -180;
        for (GeoPoint p : communes) {
            south = Math.min(south, p.lat());
            north = Math.max(north, p.lat());
            west = Math.min(west, p.lon());
            east = Math.max(east, p.lon());
        }
        return around(GeoPoint.of(south, west), GeoPoint.of(north, east), COMMUNE_MARGIN_KM);
    }

    /** The box from one corner to the other widened by a margin; the whole longitude range near a pole or the
     * antimeridian. */
    private static double[] around(GeoPoint southWest, GeoPoint northEast, double marginKm) {
        double dLat = marginKm / KM_PER_DEGREE_LAT;
        double south = Math.max(-90, southWest.lat() - dLat);
        double north = Math.min(90, northEast.lat() + dLat);
        double widest = Math.max(Math.abs(south), Math.abs(north));
        if (widest >= 89) {
            return new double[] {south, -180, north, 180};
        }
        double dLon = marginKm / (KM_PER_DEGREE_LON * Math.cos(Math.toRadians(widest)));
        double west = southWest.lon() - dLon;
        double east = northEast.lon() + dLon;
        if (west < -180 || east > 180) {
            return new double[] {south, -180, north, 180};
        }
        return new double[] {south, west, north, east};
    }
}
