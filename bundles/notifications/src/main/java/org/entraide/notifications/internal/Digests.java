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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.identity.Account;
import org.entraide.services.notification.NotificationFrequency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digests: for each resident, the notifications of the kinds they chose {@code DAILY} (or {@code WEEKLY})
 * by email, gathered into one mail per period (see {@link DigestPeriod}).
 *
 * <p>A digest is a notification row of kind {@code digest.daily} or {@code digest.weekly} (subject type
 * {@code DIGEST}, subject id the period's key), never listed nor counted in the app, with the notifications it
 * gathers in {@code notification_digest_item} and one pending email delivery in the outbox: the dispatcher sends it
 * as any other, with the items in the delivery's data (see {@link #contents}).
 *
 * <p>A period is digested at most once per resident: {@code notification_digest_state} keeps the end of the last
 * period digested, moved forward in the same transaction as the digest (two nodes running the job at once: one
 * moves it, the other finds it moved and writes nothing). A digest gathers what was published since the last
 * digest of that frequency, at most {@value #LOOKBACK_DAYS} days back (so the first one of a resident, or the one
 * after a node was down for a while, covers the last week), and uses the settings as they are when it runs.
 * Nothing to gather: no digest, no mail (the period is still recorded as done).
 */
final class Digests {

    /** The JPQL condition, on a notification {@code n}, that it is not a digest. */
    static final String NOT_A_DIGEST = " AND n.kind NOT LIKE 'digest.%'";
    static final String DAILY_KIND = "digest.daily";
    static final String WEEKLY_KIND = "digest.weekly";
    static final String SUBJECT_TYPE = "DIGEST";
    /** The furthest back a digest looks. */
    static final int LOOKBACK_DAYS = 7;
    /** The most items a digest's delivery lists; the mail says how many more there are. */
    static final int MAX_ITEMS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(Digests.class);

    private final JpaTemplate jpa;
    private final Function<String, Optional<Account>> accounts;
    private final Clock clock;

    /** {@code clock} dates the digests and their deliveries, whatever time the run is made as. */
    Digests(JpaTemplate jpa, Function<String, Optional<Account>> accounts, Clock clock) {
        this.jpa = jpa;
        this.accounts = accounts;
        this.clock = clock;
    }

    static boolean isDigest(String kind) {
        return DAILY_KIND.equals(kind) || WEEKLY_KIND.equals(kind);
    }

    /** The frequency a digest kind gathers, {@code null} for another kind. */
    static NotificationFrequency frequencyOf(String kind) {
        if (DAILY_KIND.equals(kind)) {
            return NotificationFrequency.DAILY;
        }
        return WEEKLY_KIND.equals(kind) ? NotificationFrequency.WEEKLY : null;
    }

    /** Records the digests due at {@code at} (the daily one, and the weekly one); answers how many. */
    int run(Instant at, int hour, ZoneId zone) {
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        // A run made as if it were another time (entraide:digests-run --at) still records its mails as due now.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int recorded = 0;
        for (NotificationFrequency frequency : List.of(NotificationFrequency.DAILY, NotificationFrequency.WEEKLY)) {
            DigestPeriod period = DigestPeriod.latest(frequency, when, hour, zone);
            Instant horizon = period.end().minus(Duration.ofDays(LOOKBACK_DAYS));
            List<String> recipients = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                    "SELECT DISTINCT n.recipientId FROM NotificationEntity n WHERE n.createdAt > :from"
                            + " AND n.createdAt <= :until" + NOT_A_DIGEST, String.class)
                    .setParameter("from", horizon).setParameter("until", period.end()).getResultList());
            for (String recipient : recipients) {
                try {
                    if (digest(recipient, period, horizon, now)) {
                        recorded++;
                    }
                } catch (RuntimeException e) {
                    // Another node digesting the same resident at once, or a database hiccup: the next run retries.
                    LOG.warn("The {} digest of {} was not recorded: {}", period.key(), recipient, e.toString());
                }
            }
        }
        if (recorded > 0) {
            LOG.info("{} digests recorded at {}", recorded, when);
        }
        return recorded;
    }

    /** Digests one resident's period, unless already done; whether a digest was recorded. */
    private boolean digest(String recipient, DigestPeriod period, Instant horizon, Instant now) {
        Optional<Account> account = accounts.apply(recipient);
        // An address not verified gets no digest (its period still counts as done, as for no address).
        String email = account.filter(Account::emailVerified).map(Account::email).orElse(null);
        String frequency = period.frequency().name();
        return jpa.txExpr(TransactionType.Required, em -> {
            DigestStateEntity state = em.find(DigestStateEntity.class,
                    new DigestStateEntity.Key(recipient, frequency));
            if (state != null && !state.coveredUntil.isBefore(period.end())) {
                return false;
            }
            Instant from = state == null || state.coveredUntil.isBefore(horizon) ? horizon : state.coveredUntil;
            if (state == null) {
                DigestStateEntity created = new DigestStateEntity();
                created.accountId = recipient;
                created.frequency = frequency;
                created.coveredUntil = period.end();
                em.persist(created);
            } else if (em.createQuery("UPDATE DigestStateEntity s SET s.coveredUntil = :until WHERE s.accountId"
                    + " = :account AND s.frequency = :frequency AND s.coveredUntil < :until")
                    .setParameter("until", period.end()).setParameter("account", recipient)
                    .setParameter("frequency", frequency).executeUpdate() != 1) {
                return false;
            }
            if (email == null || email.isBlank()) {
                return false;
            }
            Preferences chosen = Preferences.read(em, recipient);
            List<NotificationEntity> items = new ArrayList<>();
            for (NotificationEntity row : em.createQuery("SELECT n FROM NotificationEntity n WHERE n.recipientId"
                    + " = :recipient AND n.createdAt > :from AND n.createdAt <= :until" + NOT_A_DIGEST
                    + " ORDER BY n.createdAt, n.id", NotificationEntity.class).setParameter("recipient", recipient)
                    .setParameter("from", from).setParameter("until", period.end()).getResultList()) {
                if (!Preferences.transactional(row.kind())
                        && chosen.frequency(Outbox.EMAIL, row.kind()) == period.frequency()) {
                    items.add(row);
                }
            }
            if (items.isEmpty()) {
                return false;
            }
            Map<String, String> data = new LinkedHashMap<>();
            data.put("count", Integer.toString(items.size()));
            data.put("from", from.toString());
            data.put("until", period.end().toString());
            NotificationEntity digest = new NotificationEntity(UUID.randomUUID().toString(), recipient,
                    period.frequency() == NotificationFrequency.DAILY ? DAILY_KIND : WEEKLY_KIND, SUBJECT_TYPE,
                    period.key(), NotificationData.encode(data), now);
            em.persist(digest);
            for (NotificationEntity item : items) {
                DigestItemEntity link = new DigestItemEntity();
                link.digestId = digest.id();
                link.notificationId = item.id();
                link.recipientId = recipient;
                em.persist(link);
            }
            em.persist(Outbox.pending(digest.id(), recipient, Outbox.EMAIL, now));
            return true;
        });
    }

    /**
     * What a channel receives as the data of a digest: its own values ({@code count}, {@code from}, {@code until})
     * and, for each of its first {@value #MAX_ITEMS} notifications, oldest first, numbered from 1:
     * {@code item.N.kind}, {@code item.N.screen} (the web app's route), {@code item.N.at} (when published) and
     * {@code item.N.<key>} for each of its data values (such as {@code item.N.title}); {@code items} is how
     * many are listed.
     */
    static Map<String, String> contents(javax.persistence.EntityManager em, NotificationEntity digest) {
        Map<String, String> data = new LinkedHashMap<>(NotificationData.decode(digest.dataJson()));
        List<NotificationEntity> items = em.createQuery("SELECT n FROM NotificationEntity n, DigestItemEntity i"
                + " WHERE i.digestId = :digest AND n.id = i.notificationId ORDER BY n.createdAt, n.id",
                NotificationEntity.class).setParameter("digest", digest.id()).setMaxResults(MAX_ITEMS)
                .getResultList();
        int number = 0;
        for (NotificationEntity item : items) {
            number++;
            String prefix = "item." + number + ".";
            for (Map.Entry<String, String> value : NotificationData.decode(item.dataJson()).entrySet()) {
                data.put(prefix + value.getKey(), value.getValue());
            }
            data.put(prefix + "kind", item.kind());
            data.put(prefix + "screen", Screens.of(item.subjectType(), item.subjectId()));
            data.put(prefix + "at", item.createdAt().toString());
        }
        data.put("items", Integer.toString(number));
        return data;
    }
}
