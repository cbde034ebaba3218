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
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entraide.services.identity.Account;
import org.entraide.services.notification.Delivery;
import org.entraide.services.notification.DeliveryResult;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.notification.Notification;
import org.entraide.services.notification.NotificationChannel;
import org.entraide.database.testing.DerbyJpa;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** The outbox on Derby: rows written on publishing, then sent, retried or failed by the dispatcher. */
public class DispatcherTest {

    private static final String ALICE = UUID.randomUUID().toString();
    private static final String BOB = UUID.randomUUID().toString();
    private static final String CAROL = UUID.randomUUID().toString();
    /** Her address is not verified yet. */
    private static final String DORA = UUID.randomUUID().toString();

    private static DerbyJpa jpa;

    private TestClock clock;
    private NotificationServiceImpl service;
    private Dispatcher dispatcher;
    private FakeChannel email;

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
    public void emptyTables() {
        jpa.tx(em -> em.createQuery("DELETE FROM DeliveryEntity d").executeUpdate());
        jpa.tx(em -> em.createQuery("DELETE FROM NotificationEntity n").executeUpdate());
        clock = new TestClock(Instant.parse("2026-12-01T08:00:00Z"));
        Function<String, Optional<Account>> accounts = id -> {
            if (id.equals(ALICE)) {
                return Optional.of(NotificationServiceImplTest.account(id, "alice@example.org", "en"));
            }
            if (id.equals(BOB)) {
                return Optional.of(NotificationServiceImplTest.account(id, "bob@example.org", "fr"));
            }
            if (id.equals(DORA)) {
                return Optional.of(NotificationServiceImplTest.account(id, "dora@example.org", "fr", false));
            }
            return id.equals(CAROL) ? Optional.of(NotificationServiceImplTest.account(id, null, "fr"))
                    : Optional.empty();
        };
        service = new NotificationServiceImpl(jpa, accounts, clock);
        dispatcher = new Dispatcher(jpa, accounts, clock);
        email = new FakeChannel("email");
    }

    @Test
    public void anAnswerWritesAnEmailDeliveryWhereThereIsAnAddressAPushDeliveryForAllAndOtherKindsNone() {
        service.publish(response(ALICE));
        service.publish(new NewNotification(ALICE, "post.status", "POST", "p1", Map.of("title", "Soupe")));
        service.publish(response(CAROL));
        List<DeliveryEntity> rows = deliveries();
        assertEquals(1, rows.size());
        assertEquals(ALICE, rows.get(0).recipientId);
        assertEquals("email", rows.get(0).channel);
        assertEquals(DeliveryStatus.PENDING, rows.get(0).status);
        List<String> pushed = deliveries("push").stream().map(row -> row.recipientId).sorted()
                .collect(Collectors.toList());
        assertEquals(Stream.of(ALICE, CAROL).sorted().collect(Collectors.toList()), pushed);
    }

    @Test
    public void aPushDeliveryIsHandedOverEvenToAnAccountWithoutEmail() {
        service.publish(response(CAROL));
        FakeChannel push = new FakeChannel("push");
        bind(push);
        assertEquals(1, dispatcher.dispatchDue());
        assertEquals(1, push.received.size());
        assertEquals(CAROL, push.received.get(0).recipientId());
        assertEquals(DeliveryStatus.SENT, deliveries("push").get(0).status);
    }

    @Test
    public void anAbsentChannelLeavesItsDeliveriesPending() {
        service.publish(response(ALICE));
        assertEquals(0, dispatcher.dispatchDue());
        assertEquals(DeliveryStatus.PENDING, deliveries().get(0).status);
        assertEquals(0, deliveries().get(0).attempts);
    }

    @Test
    public void aSentDeliveryIsPreparedForItsRecipientAndNeverSentAgain() {
        service.publish(response(ALICE));
        bind(email);
        assertEquals(1, dispatcher.dispatchDue());
        assertEquals(1, email.received.size());
        Delivery sent = email.received.get(0);
        assertEquals("alice@example.org", sent.recipientEmail());
        assertEquals("en", sent.language());
        assertEquals("post.response", sent.kind());
        assertEquals("/conversations/c1", sent.screen());
        assertEquals("Soupe", sent.data().get("title"));
        assertEquals(ALICE, sent.recipientId());
        assertTrue("an optional mail carries an unsubscribe token", sent.optional());
        assertTrue(jpa.txExpr(em -> UnsubscribeTokens.find(em, sent.unsubscribeToken())) != null);
        DeliveryEntity row = deliveries().get(0);
        assertEquals(DeliveryStatus.SENT, row.status);
        assertNotNull(row.sentAt);
        clock.advance(Duration.ofHours(1));
        assertEquals(0, dispatcher.dispatchDue());
        assertEquals(1, email.received.size());
    }

    @Test
    public void aTemporaryFailureIsTriedAgainAfterItsDelayThenSent() {
        service.publish(response(BOB));
        bind(email);
        email.answer = DeliveryResult.retry("Connection refused");
        assertEquals(1, dispatcher.dispatchDue());
        DeliveryEntity row = deliveries().get(0);
        assertEquals(DeliveryStatus.PENDING, row.status);
        assertEquals("Connection refused", row.lastError);
        clock.advance(Duration.ofSeconds(29));
        assertEquals(0, dispatcher.dispatchDue());
        clock.advance(Duration.ofSeconds(1));
        email.answer = DeliveryResult.sent();
        assertEquals(1, dispatcher.dispatchDue());
        assertEquals(2, email.received.size());
        assertEquals("fr", email.received.get(1).language());
        assertEquals(DeliveryStatus.SENT, deliveries().get(0).status);
        assertEquals(2, deliveries().get(0).attempts);
    }

    @Test
    public void aPermanentFailureIsKeptAndNotTriedAgain() {
        service.publish(response(ALICE));
        bind(email);
        email.answer = DeliveryResult.failed("550 5.1.1 mailbox unavailable");
        dispatcher.dispatchDue();
        DeliveryEntity row = deliveries().get(0);
        assertEquals(DeliveryStatus.FAILED, row.status);
        assertEquals("550 5.1.1 mailbox unavailable", row.lastError);
        clock.advance(Duration.ofHours(2));
        assertEquals(0, dispatcher.dispatchDue());
    }

    @Test
    public void aChannelThatThrowsIsTriedAgain() {
        service.publish(response(ALICE));
        bind(email);
        email.answer = null;
        dispatcher.dispatchDue();
        assertEquals(DeliveryStatus.PENDING, deliveries().get(0).status);
    }

    @Test
    public void anErasedAccountLosesItsDeliveries() {
        service.publish(response(ALICE));
        new NotificationPersonalData(jpa).erase(ALICE);
        assertEquals(0, deliveries().size());
        assertEquals(0, deliveries("push").size());
    }

    @Test
    public void aChannelWhosePropertyIsNotItsKeyIsIgnored() {
        service.publish(response(ALICE));
        dispatcher.addChannel(email, Map.of(NotificationChannel.CHANNEL_PROPERTY, "sms"));
        assertEquals(0, dispatcher.dispatchDue());
        bind(email);
        dispatcher.removeChannel(email, Map.of(NotificationChannel.CHANNEL_PROPERTY, "email"));
        assertEquals(0, dispatcher.dispatchDue());
    }

    @Test
    public void anUnverifiedAddressGetsOnlyTransactionalMailsWhoseTokenIsErasedOnceSent() {
        service.publish(response(DORA));
        assertEquals(0, deliveries().size());
        service.publishTransactional(DORA, "account.email-verification", Map.of("token", "t0ken"));
        assertEquals(1, deliveries().size());
        // In the app she sees the answer, and not the mail.
        assertEquals(1, service.unreadCount(DORA));
        assertEquals(List.of("post.response"), service.list(DORA, false, null, 10).items().stream()
                .map(Notification::kind).collect(Collectors.toList()));
        bind(email);
        assertEquals(1, dispatcher.dispatchDue());
        Delivery sent = email.received.get(0);
        assertEquals("dora@example.org", sent.recipientEmail());
        assertEquals("t0ken", sent.data().get("token"));
        assertEquals(DORA, sent.recipientId());
        assertFalse(sent.optional());
        assertEquals("{}", jpa.txExpr(em -> em.find(NotificationEntity.class, sent.notificationId()).dataJson()));
        assertEquals(1, ((List<?>) new NotificationPersonalData(jpa).export(DORA)).size());
    }

    @Test(expected = IllegalArgumentException.class)
    public void onlyAccountMailsAreTransactional() {
        service.publishTransactional(ALICE, "post.response", Map.of());
    }

    @Test
    public void anAddressNoLongerVerifiedWhenSendingIsNotMailed() {
        service.publish(response(ALICE));
        Function<String, Optional<Account>> unverified = id -> Optional.of(
                NotificationServiceImplTest.account(id, "alice@example.org", "en", false));
        Dispatcher later = new Dispatcher(jpa, unverified, clock);
        later.addChannel(email, Map.of(NotificationChannel.CHANNEL_PROPERTY, "email"));
        assertEquals(1, later.dispatchDue());
        assertEquals(0, email.received.size());
        assertEquals(DeliveryStatus.FAILED, deliveries().get(0).status);
    }

    private void bind(NotificationChannel channel) {
        dispatcher.addChannel(channel, Map.of(NotificationChannel.CHANNEL_PROPERTY, channel.key()));
    }

    private static NewNotification response(String recipient) {
        return new NewNotification(recipient, "post.response", "CONVERSATION", "c1",
                Map.of("postId", "p1", "title", "Soupe"));
    }

    /** The email deliveries, which most tests are about. */
    private List<DeliveryEntity> deliveries() {
        return deliveries("email");
    }

    private List<DeliveryEntity> deliveries(String channel) {
        return jpa.txExpr(em -> em.createQuery("SELECT d FROM DeliveryEntity d WHERE d.channel = :channel"
                + " ORDER BY d.createdAt", DeliveryEntity.class).setParameter("channel", channel).getResultList());
    }

    /** A channel that records what it is handed and answers as told ({@code null}: it throws). */
    private static final class FakeChannel implements NotificationChannel {
        final List<Delivery> received = new ArrayList<>();
        final String key;
        DeliveryResult answer = DeliveryResult.sent();

        FakeChannel(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public DeliveryResult send(Delivery delivery) {
            received.add(delivery);
            if (answer == null) {
                throw new IllegalStateException("boom");
            }
            return answer;
        }
    }
}
