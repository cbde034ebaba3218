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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.services.notification.NotificationFrequency;
import org.junit.Test;

/** The settings' defaults and the rules of a change, and the digests' periods, without a database. */
public class PreferencesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    public void defaultsAreInstantEmailForAnswersAndMessagesDailyForTheRestAndPushForWhatIsUrgent() {
        Map<String, Map<String, NotificationFrequency>> all = Preferences.DEFAULTS.all();

        assertEquals(List.of("email", "push"), List.copyOf(all.keySet()));
        assertEquals(Preferences.KINDS, List.copyOf(all.get("email").keySet()));
        assertEquals(NotificationFrequency.INSTANT, all.get("email").get("post.response"));
        assertEquals(NotificationFrequency.INSTANT, all.get("email").get("post.message"));
        assertEquals(NotificationFrequency.DAILY, all.get("email").get("operation.closed"));
        assertEquals(NotificationFrequency.DAILY, all.get("email").get("alert.match"));
        assertEquals(NotificationFrequency.INSTANT, all.get("push").get("alert.match"));
        assertEquals(NotificationFrequency.OFF, all.get("push").get("post.status"));
        assertEquals(NotificationFrequency.DAILY, Preferences.DEFAULTS.frequency("email", "a.plugin.kind"));
    }

    @Test
    public void aChangeNamesEveryBadFieldAndAcceptsTheGoodOnes() {
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        changes.put("email", new LinkedHashMap<>(Map.of("post.foo", "DAILY")));
        changes.put("push", new LinkedHashMap<>(Map.of("post.status", "DAILY")));
        changes.put("sms", Map.of("post.status", "OFF"));

        ValidationException refused = assertThrows(ValidationException.class, () -> Preferences.check(changes));

        assertEquals(List.of("email.post.foo", "push.post.status", "sms"),
                refused.errors().stream().map(FieldError::field).sorted().collect(Collectors.toList()));
        assertEquals(List.of(new Preferences.Change("email", "post.status", NotificationFrequency.WEEKLY)),
                Preferences.check(Map.of("email", Map.of("post.status", "WEEKLY"))));
        assertThrows(ValidationException.class, () -> Preferences.check(Map.of("email",
                Map.of("post.status", "daily"))));
    }

    @Test
    public void theDailyPeriodEndsAtTheDigestHourInParisWinterAndSummer() {
        // 18:00 in Paris is 17:00 UTC in winter.
        DigestPeriod winter = DigestPeriod.latest(NotificationFrequency.DAILY, Instant.parse("2026-12-08T17:00:00Z"),
                18, PARIS);
        assertEquals(Instant.parse("2026-12-08T17:00:00Z"), winter.end());
        assertEquals(Instant.parse("2026-12-07T17:00:00Z"), winter.start());
        assertEquals("daily-2026-12-08", winter.key());
        // A second before the hour, the period is still the day before's.
        assertEquals("daily-2026-12-07", DigestPeriod.latest(NotificationFrequency.DAILY,
                Instant.parse("2026-12-08T16:59:59Z"), 18, PARIS).key());
        // 16:30 UTC in July is 18:30 in Paris: past the hour.
        DigestPeriod summer = DigestPeriod.latest(NotificationFrequency.DAILY, Instant.parse("2026-07-01T16:30:00Z"),
                18, PARIS);
        assertEquals(Instant.parse("2026-07-01T16:00:00Z"), summer.end());
        // The day the clocks go forward (29 March 2026) has 23 hours: the period too.
        DigestPeriod spring = DigestPeriod.latest(NotificationFrequency.DAILY, Instant.parse("2026-03-29T17:00:00Z"),
                18, PARIS);
        assertEquals(Instant.parse("2026-03-29T16:00:00Z"), spring.end());
        assertEquals(Instant.parse("2026-03-28T17:00:00Z"), spring.start());
    }

    @Test
    public void theWeeklyPeriodEndsOnMondaysAtTheDigestHour() {
        // Monday 7 December 2026, 18:00 in Paris.
        DigestPeriod monday = DigestPeriod.latest(NotificationFrequency.WEEKLY, Instant.parse("2026-12-07T17:00:00Z"),
                18, PARIS);
        assertEquals(Instant.parse("2026-12-07T17:00:00Z"), monday.end());
        assertEquals(Instant.parse("2026-11-30T17:00:00Z"), monday.start());
        assertEquals("weekly-2026-12-07", monday.key());
        // Monday morning and the whole week after belong to the period that ended the Monday before, or this one.
        assertEquals("weekly-2026-11-30", DigestPeriod.latest(NotificationFrequency.WEEKLY,
                Instant.parse("2026-12-07T08:00:00Z"), 18, PARIS).key());
        assertEquals("weekly-2026-12-07", DigestPeriod.latest(NotificationFrequency.WEEKLY,
                Instant.parse("2026-12-13T22:00:00Z"), 18, PARIS).key());
    }
}
