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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.error.NotFoundException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.node.JobLease;
import org.entraide.services.node.JobLeases;
import org.entraide.services.notification.NotificationFrequency;
import org.entraide.services.notification.NotificationOutbox;
import org.entraide.services.notification.OutboxEntry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox seen by operators, and the digest job: every minute it checks whether a digest hour has passed
 * since the last period it ran for, and if so records the digests of that period ({@link Digests}); each
 * resident's period is recorded once even when several nodes run the job. The hour and zone come from
 * {@code etc/org.entraide.notifications.cfg} ({@code digest.hour}, default 18, {@code digest.zone}, default
 * Europe/Paris) and apply without a restart.
 */
@Component(service = NotificationOutbox.class, immediate = true, configurationPid = "org.entraide.notifications",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = NotificationsConfig.class)
public class NotificationOutboxImpl implements NotificationOutbox {

    /** Seconds between two checks of the digest job. */
    static final int CHECK_SECONDS = 60;
    /** The lease of the digest job, named so on every node. */
    static final String JOB = "notifications.digests";
    static final int MAX_LIST = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(NotificationOutboxImpl.class);
    private static final Set<String> STATUSES = Set.of("PENDING", "SENT", "FAILED");

    private final JpaTemplate jpa;
    private final Digests digests;
    private final Clock clock;
    private volatile int hour = 18;
    private volatile ZoneId zone = ZoneId.of("Europe/Paris");
    /** The end of the last daily period the job ran for on this node. */
    private volatile Instant lastRunFor;
    private JobLease lease = JobLease.always(JOB);
    private ScheduledExecutorService job;

    @Activate
    public NotificationOutboxImpl(
            @Reference(name = "jpa", target = "(osgi.unit.name=entraide-notifications)") JpaTemplate jpa,
            @Reference(name = "identity") IdentityService identity,
            @Reference(name = "leases") JobLeases leases, NotificationsConfig config) {
        this(jpa, id -> account(identity, id), Clock.systemUTC());
        configure(config);
        lease = leases.job(JOB);
        start();
    }

    NotificationOutboxImpl(JpaTemplate jpa, Function<String, Optional<Account>> accounts, Clock clock) {
        this.jpa = jpa;
        this.digests = new Digests(jpa, accounts, clock);
        this.clock = clock;
    }

    @Modified
    void configure(NotificationsConfig config) {
        int wanted = config.digest_hour();
        if (wanted < 0 || wanted > 23) {
            LOG.error("etc/org.entraide.notifications.cfg: digest.hour must be from 0 to 23, not {}; 18 is used",
                    wanted);
            wanted = 18;
        }
        ZoneId wantedZone;
        try {
            wantedZone = ZoneId.of(config.digest_zone().trim());
        } catch (DateTimeException | NullPointerException e) {
            LOG.error("etc/org.entraide.notifications.cfg: digest.zone {} is no time zone; Europe/Paris is used",
                    config.digest_zone());
            wantedZone = ZoneId.of("Europe/Paris");
        }
        hour = wanted;
        zone = wantedZone;
    }

    // The future has nothing to tell: check() catches and logs its own failures, and stop() ends the job.
    @SuppressWarnings("FutureReturnValueIgnored")
    private void start() {
        job = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "entraide-notifications-digests");
            thread.setDaemon(true);
            return thread;
        });
        job.scheduleWithFixedDelay(this::check, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        if (job != null) {
            job.shutdownNow();
        }
        lease.close();
    }

    /**
     * Runs the digests when a digest hour has passed since the last run of this node, if this node holds the job's
     * lease (a node taking it over runs the period again: a resident's period is never digested twice).
     */
    void check() {
        if (!lease.mayRun()) {
            return;
        }
        try {
            Instant now = clock.instant();
            Instant end = DigestPeriod.latest(NotificationFrequency.DAILY, now, hour, zone).end();
            if (!end.equals(lastRunFor)) {
                digests.run(now, hour, zone);
                lastRunFor = end;
            }
        } catch (RuntimeException e) {
            LOG.warn("The digest job failed; it runs again shortly", e);
        }
    }

    @Override
    public int runDigests(Instant at) {
        return digests.run(at, hour, zone);
    }

    @Override
    public Map<String, Map<String, Long>> counts() {
        List<Object[]> rows = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT d.channel, d.status, COUNT(d) FROM DeliveryEntity d GROUP BY d.channel, d.status",
                Object[].class).getResultList());
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((String) row[0], channel -> new LinkedHashMap<>())
                    .put(String.valueOf(row[1]), ((Number) row[2]).longValue());
        }
        return counts;
    }

    @Override
    public List<OutboxEntry> deliveries(String status, int limit) {
        if (status == null || !STATUSES.contains(status)) {
            throw new InvalidRequestException(FieldError.of("status", "not_a_choice",
                    "doit valoir PENDING, SENT ou FAILED",
                    "must be PENDING, SENT or FAILED"));
        }
        if (limit < 1 || limit > MAX_LIST) {
            throw new InvalidRequestException(FieldError.of("limit", "out_of_range", "doit être de 1 à " + MAX_LIST,
                    "must be from 1 to " + MAX_LIST));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<DeliveryEntity> rows = em.createQuery("SELECT d FROM DeliveryEntity d WHERE d.status = :status"
                    + " ORDER BY d.createdAt, d.id", DeliveryEntity.class)
                    .setParameter("status", DeliveryStatus.valueOf(status)).setMaxResults(limit).getResultList();
            Map<String, String> kinds = new HashMap<>();
            List<String> ids = rows.stream().map(row -> row.notificationId).distinct().collect(Collectors.toList());
            for (List<String> chunk : NotificationServiceImpl.chunks(ids, NotificationServiceImpl.IDS_PER_UPDATE)) {
                for (Object[] pair : em.createQuery("SELECT n.id, n.kind FROM NotificationEntity n WHERE n.id IN :ids",
                        Object[].class).setParameter("ids", chunk).getResultList()) {
                    kinds.put((String) pair[0], (String) pair[1]);
                }
            }
            List<OutboxEntry> entries = new ArrayList<>();
            for (DeliveryEntity row : rows) {
                entries.add(new OutboxEntry(row.id, row.channel, row.status.name(), row.recipientId,
                        kinds.getOrDefault(row.notificationId, "(erased)"), row.attempts, row.lastError,
                        row.createdAt, row.nextAttemptAt, row.sentAt));
            }
            return entries;
        });
    }

    private static Optional<Account> account(IdentityService identity, String accountId) {
        try {
            return Optional.of(identity.account(accountId));
        } catch (NotFoundException noSuchAccount) {
            return Optional.empty();
        }
    }
}
