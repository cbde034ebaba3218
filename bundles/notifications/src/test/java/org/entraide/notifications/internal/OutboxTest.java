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
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entraide.services.notification.DeliveryResult;
import org.entraide.services.notification.NotificationFrequency;
import org.junit.Test;

/** The outbox's rules without a database: routing, backoff and the moves of a delivery. */
public class OutboxTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    public void byDefaultAnswersAndMessagesGoAtOnceByEmailAndPushAndTheRestWaitsForTheDigest() {
        assertEquals(List.of("email", "push"), Outbox.channels("post.response", "alice@example.org"));
        assertEquals(List.of("email", "push"), Outbox.channels("post.message", "alice@example.org"));
        assertEquals(List.of("push"), Outbox.channels("alert.match", "alice@example.org"));
        assertEquals(List.of(), Outbox.channels("post.status", "alice@example.org"));
        assertEquals(List.of(), Outbox.channels("a.plugin.kind", "alice@example.org"));
        assertEquals(List.of("push"), Outbox.channels("post.response", null));
        assertEquals(List.of("push"), Outbox.channels("post.response", " "));
    }

    @Test
    public void theRecipientsChoicesDecideWhichChannelsCarryAKindAtOnce() {
        Preferences chosen = new Preferences(Map.of("email post.status", NotificationFrequency.INSTANT,
                "email post.response", NotificationFrequency.OFF, "push post.response", NotificationFrequency.OFF,
                "email post.message", NotificationFrequency.WEEKLY));
        assertEquals(List.of("email"), Outbox.channels("post.status", "alice@example.org", chosen));
        assertEquals(List.of(), Outbox.channels("post.response", "alice@example.org", chosen));
        assertEquals(List.of("push"), Outbox.channels("post.message", "alice@example.org", chosen));
    }

    @Test
    public void transactionalMailsGoByEmailWhateverTheChoicesAndNeverByPush() {
        Preferences everythingOff = new Preferences(Map.of("email account.verify", NotificationFrequency.OFF));
        assertEquals(List.of("email"), Outbox.channels("account.verify", "alice@example.org", everythingOff));
        assertEquals(List.of(), Outbox.channels("account.verify", "", everythingOff));
    }

    @Test
    public void theDelayDoublesFromThirtySecondsUpToThirtyMinutes() {
        assertEquals(Duration.ofSeconds(30), Outbox.delayAfter(1));
        assertEquals(Duration.ofMinutes(1), Outbox.delayAfter(2));
        assertEquals(Duration.ofMinutes(2), Outbox.delayAfter(3));
        assertEquals(Duration.ofMinutes(16), Outbox.delayAfter(6));
        assertEquals(Duration.ofMinutes(30), Outbox.delayAfter(7));
        assertEquals(Duration.ofMinutes(30), Outbox.delayAfter(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> Outbox.delayAfter(0));
    }

    @Test
    public void aNewDeliveryIsPendingAndDueAtOnce() {
        DeliveryEntity delivery = Outbox.pending("n1", "r1", "email", T0);
        assertEquals(DeliveryStatus.PENDING, delivery.status);
        assertEquals(0, delivery.attempts);
        assertEquals(T0, delivery.nextAttemptAt);
        assertEquals(T0, delivery.createdAt);
        assertNull(delivery.sentAt);
    }

    @Test
    public void anAttemptIsCountedAndPushesTheNextOneBackBeforeTheChannelIsCalled() {
        DeliveryEntity delivery = Outbox.pending("n1", "r1", "email", T0);
        Outbox.begin(delivery, T0);
        assertEquals(1, delivery.attempts);
        assertEquals(T0.plusSeconds(30), delivery.nextAttemptAt);
        assertEquals(DeliveryStatus.PENDING, delivery.status);
    }

    @Test
    public void aSentDeliveryIsMarkedWithItsTime() {
        DeliveryEntity delivery = Outbox.pending("n1", "r1", "email", T0);
        Outbox.begin(delivery, T0);
        Outbox.settle(delivery, DeliveryResult.sent(), T0.plusSeconds(2));
        assertEquals(DeliveryStatus.SENT, delivery.status);
        assertEquals(T0.plusSeconds(2), delivery.sentAt);
        assertNull(delivery.lastError);
        assertThrows(IllegalStateException.class, () -> Outbox.begin(delivery, T0.plusSeconds(3)));
    }

    @Test
    public void aTemporaryFailureStaysPendingWithAGrowingDelayAndItsReason() {
        DeliveryEntity delivery = Outbox.pending("n1", "r1", "email", T0);
        Instant now = T0;
        for (int attempt = 1; attempt <= 8; attempt++) {
            Outbox.begin(delivery, now);
            Outbox.settle(delivery, DeliveryResult.retry("421 try later"), now);
            assertEquals(DeliveryStatus.PENDING, delivery.status);
            assertEquals(attempt, delivery.attempts);
            assertEquals(now.plus(Outbox.delayAfter(attempt)), delivery.nextAttemptAt);
            assertEquals("421 try later", delivery.lastError);
            now = delivery.nextAttemptAt;
        }
        // 30 s + 1 + 2 + 4 + 8 + 16 + 30 + 30 min.
        assertEquals(Duration.ofMinutes(91).plusSeconds(30), Duration.between(T0, now));
    }

    @Test
    public void aPermanentFailureIsKeptWithItsReason() {
        DeliveryEntity delivery = Outbox.pending("n1", "r1", "email", T0);
        Outbox.begin(delivery, T0);
        Outbox.settle(delivery, DeliveryResult.failed("550 no such user"), T0);
        assertEquals(DeliveryStatus.FAILED, delivery.status);
        assertEquals("550 no such user", delivery.lastError);
        assertNull(delivery.sentAt);
        assertThrows(IllegalStateException.class,
                () -> Outbox.settle(delivery, DeliveryResult.sent(), T0.plusSeconds(1)));
    }

    @Test
    public void aResultNeedsAnAttemptUnderWay() {
        DeliveryEntity delivery = Outbox.pending("n1", "r1", "email", T0);
        assertThrows(IllegalStateException.class, () -> Outbox.settle(delivery, DeliveryResult.sent(), T0));
    }

    @Test
    public void aLongReasonIsShortened() {
        DeliveryEntity delivery = Outbox.pending("n1", "r1", "email", T0);
        Outbox.begin(delivery, T0);
        Outbox.settle(delivery, DeliveryResult.retry("x".repeat(5000)), T0);
        assertEquals(Outbox.MAX_ERROR_LENGTH, delivery.lastError.length());
    }

    @Test
    public void aResultOtherThanSentNeedsAReason() {
        assertThrows(IllegalArgumentException.class, () -> DeliveryResult.retry(" "));
        assertThrows(IllegalArgumentException.class, () -> DeliveryResult.failed(null));
    }
}
