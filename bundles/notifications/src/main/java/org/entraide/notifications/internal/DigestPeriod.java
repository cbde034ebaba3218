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
package org.entraide.notifications.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.entraide.services.notification.NotificationFrequency;

/**
 * The periods of the digests, in the operator's zone (Europe/Paris by default) so that "18:00" stays 18:00 across
 * daylight saving time: a daily period ends each day at the digest hour, a weekly one on Mondays at that hour.
 *
 * @param frequency {@code DAILY} or {@code WEEKLY}
 * @param key the period's name, such as {@code daily-2026-12-08}: the frequency and the local date it ends on
 * @param start when the period began (the end of the one before)
 * @param end when it ended: the last digest hour, at or before the time asked
 */
record DigestPeriod(NotificationFrequency frequency, String key, Instant start, Instant end) {

    /** The latest period of this frequency that has ended at {@code at}. */
    static DigestPeriod latest(NotificationFrequency frequency, Instant at, int hour, ZoneId zone) {
        LocalDate today = at.atZone(zone).toLocalDate();
        ZonedDateTime end;
        ZonedDateTime start;
        if (frequency == NotificationFrequency.DAILY) {
            end = at(today, hour, zone);
            if (end.toInstant().isAfter(at)) {
                end = at(today.minusDays(1), hour, zone);
            }
            start = at(end.toLocalDate().minusDays(1), hour, zone);
        } else if (frequency == NotificationFrequency.WEEKLY) {
            end = at(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), hour, zone);
            if (end.toInstant().isAfter(at)) {
                end = at(end.toLocalDate().minusWeeks(1), hour, zone);
            }
            start = at(end.toLocalDate().minusWeeks(1), hour, zone);
        } else {
            throw new IllegalArgumentException("No digest is " + frequency);
        }
        String key = frequency.name().toLowerCase(java.util.Locale.ROOT) + "-" + end.toLocalDate();
        return new DigestPeriod(frequency, key, start.toInstant(), end.toInstant());
    }

    /** The hour on that day, where a daylight-saving gap moves it forward as {@link ZonedDateTime} does. */
    private static ZonedDateTime at(LocalDate day, int hour, ZoneId zone) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), zone);
    }
}
