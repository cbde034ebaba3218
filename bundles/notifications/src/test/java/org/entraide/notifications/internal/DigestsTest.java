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
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.notification.NotificationFrequency;
import org.entraide.database.testing.DerbyJpa;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Settings, digests and unsubscribe tokens on Derby, with a moved clock. */
public class DigestsTest {

    private static final String ALICE = UUID.randomUUID().toString();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Monday 7 December 2026, 09:00 in Paris. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T08:00:00Z");

    private static DerbyJpa jpa;

    private TestClock clock;
    private NotificationServiceImpl notifications;
    private NotificationSettingsImpl settings;
    private NotificationOutboxImpl outbox;

    @BeforeClass
    public static void migrate() throws Exception {
        jpa = DerbyJpa.fresh("entraide-notifications", "db/changelog/notifications.xml",
                "db/changelog/notification-settings.xml");
    }

    @AfterClass
    public static void close() {
        jpa.close();
    }

    @Before
    public void empty() {
        jpa.tx(em -> {
            for (String entity : List.of("DeliveryEntity", "NotificationEntity", "SettingEntity", "UnsubscribeEntity",
                    "DigestStateEntity", "DigestItemEntity")) {
                em.createQuery("DELETE FROM " + entity + " e").executeUpdate();
            }
        });
        clock = new TestClock(MONDAY_MORNING);
        notifications = new NotificationServiceImpl(jpa, id -> ALICE.equals(id)
                ? Optional.of(NotificationServiceImplTest.account(id, "alice@example.org", "fr")) : Optional.empty(),
                clock);
        settings = new NotificationSettingsImpl(jpa);
        outbox = new NotificationOutboxImpl(jpa, id -> ALICE.equals(id)
                ? Optional.of(NotificationServiceImplTest.account(id, "alice@example.org", "fr")) : Optional.empty(),
                clock);
    }

    @Test
    public void aDailyKindWaitsForTheDigestWhichIsRecordedOncePerPeriod() {
        notifications.publish(new NewNotification(ALICE, "post.status", "POST", "p-1", Map.of("title", "Vélo")));
        notifications.publish(new NewNotification(ALICE, "post.response", "POST", "p-2", Map.of("title", "Pain")));
        assertEquals("only the instant kind went to the outbox (email and push)", 2, deliveries().size());

        // Before 18:00 in Paris, the day's period has not ended: the period of Sunday is empty for Alice.
        assertEquals(0, outbox.runDigests(MONDAY_MORNING.plus(Duration.ofHours(8))));
        Instant evening = Instant.parse("2026-12-07T17:00:00Z");
        assertEquals(1, outbox.runDigests(evening));
        assertEquals("never twice for the same period", 0, outbox.runDigests(evening.plus(Duration.ofHours(2))));

        List<DeliveryEntity> all = deliveries();
        assertEquals(3, all.size());
        String digestId = all.stream().filter(d -> !Set.of("p-1", "p-2").contains(subjectOf(d.notificationId)))
                .findFirst().orElseThrow().notificationId;
        DeliveryEntity mail = all.stream().filter(d -> d.notificationId.equals(digestId)).findFirst().orElseThrow();
        assertEquals("email", mail.channel);
        assertEquals("due now, not at the time the run was made as", MONDAY_MORNING, mail.nextAttemptAt);
        NotificationEntity digest = jpa.txExpr(em -> em.find(NotificationEntity.class, digestId));
        assertEquals("digest.daily", digest.kind());
        assertEquals("daily-2026-12-07", digest.subjectId());
        Map<String, String> contents = jpa.txExpr(em -> Digests.contents(em, digest));
        assertEquals("1", contents.get("items"));
        assertEquals("post.status", contents.get("item.1.kind"));
        assertEquals("Vélo", contents.get("item.1.title"));
        assertEquals("/posts/p-1", contents.get("item.1.screen"));
        assertEquals("the digest is not listed in the app", 2, notifications.list(ALICE, false, null, 20).items()
                .size());
        assertEquals(2, notifications.unreadCount(ALICE));
        // The next day's period holds nothing new: no digest.
        assertEquals(0, outbox.runDigests(evening.plus(Duration.ofDays(1))));
    }

    @Test
    public void weeklyKindsAreDigestedOnMondaysOnly() {
        settings.change(ALICE, Map.of("email", Map.of("post.status", "WEEKLY")));
        clock.advance(Duration.ofDays(-3));
        notifications.publish(new NewNotification(ALICE, "post.status", "POST", "p-1", Map.of("title", "Vélo")));

        assertEquals("Sunday evening: no daily digest of a weekly kind", 0,
                outbox.runDigests(Instant.parse("2026-12-06T17:00:00Z")));
        assertEquals("Monday evening: the weekly digest", 1, outbox.runDigests(Instant.parse("2026-12-07T17:00:00Z")));
        NotificationEntity digest = jpa.txExpr(em -> em.createQuery("SELECT n FROM NotificationEntity n WHERE"
                + " n.kind = 'digest.weekly'", NotificationEntity.class).getSingleResult());
        assertEquals("weekly-2026-12-07", digest.subjectId());
    }

    @Test
    public void settingsChangeOnlyTheKindsGivenAndStoreOnlyWhatDiffersFromTheDefaults() {
        Map<String, Map<String, NotificationFrequency>> after = settings.change(ALICE,
                Map.of("email", Map.of("post.status", "OFF"), "push", Map.of("post.response", "OFF")));

        assertEquals(NotificationFrequency.OFF, after.get("email").get("post.status"));
        assertEquals(NotificationFrequency.OFF, after.get("push").get("post.response"));
        assertEquals(NotificationFrequency.INSTANT, after.get("email").get("post.response"));
        assertEquals(2L, (long) jpa.txExpr(em -> em.createQuery("SELECT COUNT(s) FROM SettingEntity s", Long.class)
                .getSingleResult()));
        settings.change(ALICE, Map.of("email", Map.of("post.status", "DAILY")));
        assertEquals(1L, (long) jpa.txExpr(em -> em.createQuery("SELECT COUNT(s) FROM SettingEntity s", Long.class)
                .getSingleResult()));
    }

    @Test
    public void anUnsubscribeTokenTurnsItsKindOffOnItsChannelAndADigestsTokenEveryDailyKind() {
        String token = jpa.txExpr(em -> UnsubscribeTokens.issue(em, ALICE, "email", "post.response", MONDAY_MORNING));
        String digestToken = jpa.txExpr(em -> UnsubscribeTokens.issue(em, ALICE, "email", "digest.daily",
                MONDAY_MORNING));

        assertFalse(settings.unsubscribe("not-a-token"));
        assertTrue(settings.unsubscribe(token));
        assertTrue("again, harmlessly", settings.unsubscribe(token));
        assertEquals(NotificationFrequency.OFF, settings.settings(ALICE).get("email").get("post.response"));
        assertEquals(NotificationFrequency.INSTANT, settings.settings(ALICE).get("push").get("post.response"));

        assertTrue(settings.unsubscribe(digestToken));
        Map<String, NotificationFrequency> email = settings.settings(ALICE).get("email");
        assertEquals(NotificationFrequency.OFF, email.get("post.status"));
        assertEquals(NotificationFrequency.OFF, email.get("operation.closed"));
        assertEquals(NotificationFrequency.INSTANT, email.get("post.message"));
        notifications.publish(new NewNotification(ALICE, "post.response", "POST", "p-3", Map.of()));
        assertEquals("push only", List.of("push"), deliveries().stream().map(d -> d.channel)
                .collect(java.util.stream.Collectors.toList()));
    }

    private List<DeliveryEntity> deliveries() {
        return jpa.txExpr(em -> em.createQuery("SELECT d FROM DeliveryEntity d ORDER BY d.createdAt",
                DeliveryEntity.class).getResultList());
    }

    private String subjectOf(String notificationId) {
        return jpa.txExpr(em -> em.find(NotificationEntity.class, notificationId).subjectId());
    }
}
