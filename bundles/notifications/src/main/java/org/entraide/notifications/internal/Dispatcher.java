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

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.persistence.Query;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.NotFoundException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.node.JobLease;
import org.entraide.services.node.JobLeases;
import org.entraide.services.notification.Delivery;
import org.entraide.services.notification.DeliveryResult;
import org.entraide.services.notification.NotificationChannel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job that empties the outbox: every few seconds, the due pending deliveries whose channel is present are
 * claimed one by one (the attempt recorded and committed, see {@link Outbox}), handed to their channel, and
 * settled by its answer. Channels are bound as they come and go (whiteboard); the deliveries of an absent
 * channel wait in the database, as everything else does across a restart.
 */
@Component(service = {}, immediate = true)
public class Dispatcher {

    /** Seconds between two runs of the job. */
    static final int PERIOD_SECONDS = 5;
    /** The most deliveries one run takes, so that a long backlog does not hold the job for long. */
    static final int BATCH = 50;

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    /** The lease of the job, named so on every node. */
    static final String JOB = "notifications.dispatch";

    private final JpaTemplate jpa;
    private final Function<String, Optional<Account>> accounts;
    private final Clock clock;
    private final Map<String, NotificationChannel> channels = new ConcurrentHashMap<>();
    /** Null in unit tests: the job then runs alone. */
    private final JobLeases leases;
    private JobLease lease;
    private ScheduledExecutorService job;

    @Activate
    public Dispatcher(
            @Reference(name = "jpa", target = "(osgi.unit.name=entraide-notifications)") JpaTemplate jpa,
            @Reference(name = "identity") IdentityService identity,
            @Reference(name = "leases") JobLeases leases) {
        this(jpa, id -> account(identity, id), Clock.systemUTC(), leases);
    }

    Dispatcher(JpaTemplate jpa, Function<String, Optional<Account>> accounts, Clock clock) {
        this(jpa, accounts, clock, null);
    }

    private Dispatcher(JpaTemplate jpa, Function<String, Optional<Account>> accounts, Clock clock,
            JobLeases leases) {
        this.jpa = jpa;
        this.accounts = accounts;
        this.clock = clock;
        this.leases = leases;
    }

    @Reference(name = "channel", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addChannel(NotificationChannel channel, Map<String, Object> properties) {
        Object key = properties.get(NotificationChannel.CHANNEL_PROPERTY);
        if (!(key instanceof String) || !key.equals(channel.key())) {
            LOG.warn("Notification channel {} ignored: its service property {} must equal its key {}",
                    channel.getClass().getName(), NotificationChannel.CHANNEL_PROPERTY, channel.key());
            return;
        }
        channels.put((String) key, channel);
        LOG.info("Notification channel {} bound", key);
    }

    void removeChannel(NotificationChannel channel, Map<String, Object> properties) {
        Object key = properties.get(NotificationChannel.CHANNEL_PROPERTY);
        if (key instanceof String && channels.remove(key, channel)) {
            LOG.info("Notification channel {} gone: its deliveries wait", key);
        }
    }

    // The future has nothing to tell: dispatchNow catches and logs its own failures, and stop() ends the job.
    @SuppressWarnings("FutureReturnValueIgnored")
    @Activate
    void start() {
        lease = leases == null ? JobLease.always(JOB) : leases.job(JOB);
        job = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "entraide-notifications-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        job.scheduleWithFixedDelay(this::dispatchNow, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        job.shutdownNow();
        lease.close();
    }

    /** Tries every due delivery of a present channel, up to {@link #BATCH}; returns how many were tried. */
    int dispatchDue() {
        Set<String> present = Set.copyOf(channels.keySet());
        if (present.isEmpty()) {
            return 0;
        }
        Instant now = now();
        List<String> due = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT d.id FROM DeliveryEntity d WHERE d.status = :pending AND d.nextAttemptAt <= :now"
                        + " AND d.channel IN :channels ORDER BY d.nextAttemptAt, d.id", String.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now)
                .setParameter("channels", present).setMaxResults(BATCH).getResultList());
        int tried = 0;
        for (String id : due) {
            if (attempt(id)) {
                tried++;
            }
        }
        return tried;
    }

    /** One attempt of one delivery, unless another node claimed it first or its channel has gone. */
    private boolean attempt(String id) {
        NotificationChannel channel = channels.get(channelOf(id));
        Claim claim = channel == null ? null : claim(id);
        if (claim == null) {
            return false;
        }
        DeliveryEntity delivery = claim.delivery;
        DeliveryResult result = claim.notification == null
                ? DeliveryResult.failed("The notification has been erased")
                : send(channel, delivery, claim.notification);
        int attempts = delivery.attempts;
        Outbox.settle(delivery, result, now());
        // No null parameter (PostgreSQL wants a type for each): the columns an outcome leaves empty are not set.
        String set = result.status() == DeliveryResult.Status.SENT
                ? "d.status = :status, d.nextAttemptAt = :next, d.sentAt = :sent, d.lastError = NULL"
                : "d.status = :status, d.nextAttemptAt = :next, d.lastError = :error";
        jpa.tx(TransactionType.Required, em -> {
            Query update = em.createQuery("UPDATE DeliveryEntity d SET " + set
                    + " WHERE d.id = :id AND d.attempts = :attempts")
                    .setParameter("status", delivery.status).setParameter("next", delivery.nextAttemptAt)
                    .setParameter("id", delivery.id).setParameter("attempts", attempts);
            if (result.status() == DeliveryResult.Status.SENT) {
                update.setParameter("sent", delivery.sentAt);
            } else {
                update.setParameter("error", delivery.lastError);
            }
            update.executeUpdate();
        });
        if (result.status() != DeliveryResult.Status.RETRY && claim.notification != null
                && Preferences.transactional(claim.notification.kind())) {
            // Sent or given up: the one-use token it carried is needed no more.
            jpa.tx(TransactionType.Required, em -> em.createQuery(
                    "UPDATE NotificationEntity n SET n.dataJson = '{}' WHERE n.id = :id")
                    .setParameter("id", delivery.notificationId).executeUpdate());
        }
        if (result.status() == DeliveryResult.Status.FAILED) {
            LOG.warn("Delivery {} of notification {} by {} failed: {}", delivery.id, delivery.notificationId,
                    delivery.channel, result.reason());
        } else if (result.status() == DeliveryResult.Status.RETRY) {
            LOG.debug("Delivery {} by {} tried again at {}: {}", delivery.id, delivery.channel,
                    delivery.nextAttemptAt, result.reason());
        }
        return true;
    }

    private String channelOf(String id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            DeliveryEntity delivery = em.find(DeliveryEntity.class, id);
            return delivery == null ? "" : delivery.channel;
        });
    }

    /** Prepares the delivery for its recipient as they are now, and hands it to the channel. */
    private DeliveryResult send(NotificationChannel channel, DeliveryEntity row, NotificationEntity notification) {
        Optional<Account> account = accounts.apply(row.recipientId);
        if (account.isEmpty()) {
            return DeliveryResult.failed("The account has been erased");
        }
        String email = account.get().email();
        boolean transactional = Preferences.transactional(notification.kind());
        if (Outbox.EMAIL.equals(row.channel)) {
            if (email == null || email.isBlank()) {
                return DeliveryResult.failed("The account has no email address");
            }
            if (!transactional && !account.get().emailVerified()) {
                return DeliveryResult.failed("The address is not verified: it receives only account mails");
            }
        }
        String language = "en".equals(account.get().locale()) ? "en" : "fr";
        Extras extras = extras(row, notification);
        Delivery delivery = new Delivery(row.id, notification.id(), email, language, notification.kind(),
                notification.subjectType(), notification.subjectId(), extras.data,
                Screens.of(notification.subjectType(), notification.subjectId()), notification.createdAt(),
                row.recipientId, extras.unsubscribeToken);
        try {
            DeliveryResult result = channel.send(delivery);
            return result == null ? DeliveryResult.retry("Channel " + channel.key() + " answered nothing") : result;
        } catch (RuntimeException e) {
            return DeliveryResult.retry("Channel " + channel.key() + " threw " + e);
        }
    }

    /**
     * The data a channel gets (a digest's items, see {@link Digests#contents}) and, unless the notification is
     * transactional, a fresh one-click unsubscribe token for its account, channel and kind
     * ({@link UnsubscribeTokens}; one per attempt, each valid).
     */
    private Extras extras(DeliveryEntity row, NotificationEntity notification) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, String> data = Digests.isDigest(notification.kind()) ? Digests.contents(em, notification)
                    : NotificationData.decode(notification.dataJson());
            String token = Preferences.transactional(notification.kind()) ? null
                    : UnsubscribeTokens.issue(em, row.recipientId, row.channel, notification.kind(), now());
            return new Extras(data, token);
        });
    }

    /** What a delivery carries beside its notification's own fields. */
    private static final class Extras {
        final Map<String, String> data;
        final String unsubscribeToken;

        Extras(Map<String, String> data, String unsubscribeToken) {
            this.data = data;
            this.unsubscribeToken = unsubscribeToken;
        }
    }

    /**
     * Records the start of an attempt and commits it, only if the delivery is still pending, due, and at the
     * attempt read (so that of two nodes, one claims it); {@code null} if it is not to be tried now.
     */
    private Claim claim(String id) {
        Instant now = now();
        return jpa.txExpr(TransactionType.Required, em -> {
            DeliveryEntity delivery = em.find(DeliveryEntity.class, id);
            if (delivery == null || delivery.status != DeliveryStatus.PENDING || delivery.nextAttemptAt.isAfter(now)) {
                return null;
            }
            em.detach(delivery);
            int seen = delivery.attempts;
            Outbox.begin(delivery, now);
            int claimed = em.createQuery("UPDATE DeliveryEntity d SET d.attempts = :attempts,"
                    + " d.nextAttemptAt = :next WHERE d.id = :id AND d.status = :pending AND d.attempts = :seen")
                    .setParameter("attempts", delivery.attempts).setParameter("next", delivery.nextAttemptAt)
                    .setParameter("id", id).setParameter("pending", DeliveryStatus.PENDING)
                    .setParameter("seen", seen).executeUpdate();
            return claimed == 1 ? new Claim(delivery, em.find(NotificationEntity.class, delivery.notificationId))
                    : null;
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void dispatchNow() {
        if (!lease.mayRun()) {
            return;
        }
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            LOG.warn("The notification dispatcher failed; it runs again shortly", e);
        }
    }

    private static Optional<Account> account(IdentityService identity, String accountId) {
        try {
            return Optional.of(identity.account(accountId));
        } catch (NotFoundException noSuchAccount) {
            return Optional.empty();
        }
    }

    /** A claimed delivery and its notification ({@code null} if erased since). */
    private static final class Claim {
        final DeliveryEntity delivery;
        final NotificationEntity notification;

        Claim(DeliveryEntity delivery, NotificationEntity notification) {
            this.delivery = delivery;
            this.notification = notification;
        }
    }
}
