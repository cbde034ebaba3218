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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.error.NotFoundException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.notification.Notification;
import org.entraide.services.notification.NotificationService;
import org.entraide.services.paging.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications on the {@code entraide-notifications} persistence unit. Pages are keyset pages, newest
 * first, ties broken by id (see {@link PageCursor}), read through the index
 * {@code (recipient_id, created_at, id)}. Publishing also writes, in the same transaction, the outbox rows of
 * the channels that must carry the notification at once (see {@link Outbox}, sent by {@link Dispatcher}).
 * Digests ({@link Digests}) are notification rows too, for the outbox, but never listed nor counted here.
 */
@Component(service = NotificationService.class)
public class NotificationServiceImpl implements NotificationService {

    static final int MAX_LIMIT = 100;
    /** Ids per {@code IN} list when marking as read, well within what every database takes. */
    static final int IDS_PER_UPDATE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(NotificationServiceImpl.class);

    private final JpaTemplate jpa;
    private final Function<String, Optional<Account>> accounts;
    private final Clock clock;

    @Activate
    public NotificationServiceImpl(
            @Reference(name = "jpa", target = "(osgi.unit.name=entraide-notifications)") JpaTemplate jpa,
            @Reference(name = "identity") IdentityService identity) {
        this(jpa, id -> account(identity, id), Clock.systemUTC());
    }

    NotificationServiceImpl(JpaTemplate jpa, Function<String, Optional<Account>> accounts, Clock clock) {
        this.jpa = jpa;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void publish(NewNotification notification) {
        NotificationRules.check(notification);
        String recipient = notification.recipientId();
        Optional<Account> account = NotificationRules.plausibleId(recipient) ? accounts.apply(recipient)
                : Optional.empty();
        if (account.isEmpty()) {
            LOG.debug("Notification {} for unknown account {} dropped", notification.kind(), recipient);
            return;
        }
        String data = NotificationData.encode(notification.data());
        // Microseconds: what PostgreSQL keeps, so that a cursor made from a row read back matches the row.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        NotificationEntity entity = new NotificationEntity(UUID.randomUUID().toString(), recipient,
                notification.kind(), notification.subjectType(), notification.subjectId(), data, now);
        // The outbox: what channels must carry is written with the notification, or neither is; which channels,
        // the recipient's settings say (the digests gather the rest later). An address not verified receives no
        // notification (nobody can have the platform mail someone else's address).
        String email = account.get().emailVerified() ? account.get().email() : null;
        jpa.tx(TransactionType.Required, em -> {
            em.persist(entity);
            Preferences chosen = Preferences.read(em, recipient);
            for (String channel : Outbox.channels(notification.kind(), email, chosen)) {
                em.persist(Outbox.pending(entity.id(), recipient, channel, now));
            }
        });
    }

    @Override
    public void publishTransactional(String recipientId, String kind, Map<String, String> data) {
        if (!NotificationRules.TRANSACTIONAL_KINDS.contains(kind)) {
            throw new IllegalArgumentException("Not a transactional kind: " + kind);
        }
        NotificationRules.check(new NewNotification(recipientId, kind, "ACCOUNT", recipientId, data));
        Optional<Account> account = NotificationRules.plausibleId(recipientId) ? accounts.apply(recipientId)
                : Optional.empty();
        String email = account.map(Account::email).orElse(null);
        if (email == null || email.isBlank()) {
            LOG.warn("Transactional mail {} for account {} dropped: no such account or no address", kind, recipientId);
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        NotificationEntity entity = new NotificationEntity(UUID.randomUUID().toString(), recipientId, kind,
                "ACCOUNT", recipientId, NotificationData.encode(data), now);
        // Never listed nor counted as unread: it lives only as long as its mail is on its way.
        entity.readAt(now);
        DeliveryEntity delivery = Outbox.pending(entity.id(), recipientId, Outbox.EMAIL, now);
        jpa.tx(TransactionType.Required, em -> {
            em.persist(entity);
            em.persist(delivery);
        });
    }

    @Override
    public Page<Notification> list(String recipientId, boolean unreadOnly, String cursor, int limit) {
        Objects.requireNonNull(recipientId, "recipientId");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException(FieldError.of("limit", "out_of_range", "doit être de 1 à " + MAX_LIMIT,
                    "must be from 1 to " + MAX_LIMIT));
        }
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        StringBuilder jpql = new StringBuilder("SELECT n FROM NotificationEntity n WHERE n.recipientId = :recipient"
                + NotificationRules.NOT_TRANSACTIONAL + Digests.NOT_A_DIGEST);
        if (unreadOnly) {
            jpql.append(" AND n.readAt IS NULL");
        }
        if (after != null) {
            jpql.append(" AND (n.createdAt < :at OR (n.createdAt = :at AND n.id < :id))");
        }
        jpql.append(" ORDER BY n.createdAt DESC, n.id DESC");
        List<NotificationEntity> rows = jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<NotificationEntity> query = em.createQuery(jpql.toString(), NotificationEntity.class)
                    .setParameter("recipient", recipientId);
            if (after != null) {
                query.setParameter("at", after.createdAt()).setParameter("id", after.id());
            }
            // One more than asked: whether it comes tells if there is a next page.
            return query.setMaxResults(limit + 1).getResultList();
        });
        return page(rows, limit);
    }

    @Override
    public long unreadCount(String recipientId) {
        Objects.requireNonNull(recipientId, "recipientId");
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT COUNT(n) FROM NotificationEntity n WHERE n.recipientId = :recipient AND n.readAt IS NULL"
                        + Digests.NOT_A_DIGEST,
                Long.class).setParameter("recipient", recipientId).getSingleResult());
    }

    @Override
    public void markRead(String recipientId, List<String> ids) {
        Objects.requireNonNull(recipientId, "recipientId");
        if (ids == null || ids.isEmpty()) {
            return;
        }
        // Ids that cannot be any notification's are left out rather than sent to the database.
        Set<String> wanted = ids.stream().filter(NotificationRules::plausibleId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (wanted.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<List<String>> chunks = chunks(new ArrayList<>(wanted), IDS_PER_UPDATE);
        jpa.tx(TransactionType.Required, em -> {
            for (List<String> chunk : chunks) {
                em.createQuery("UPDATE NotificationEntity n SET n.readAt = :now WHERE n.recipientId = :recipient"
                        + " AND n.readAt IS NULL AND n.id IN :ids").setParameter("now", now)
                        .setParameter("recipient", recipientId).setParameter("ids", chunk).executeUpdate();
            }
        });
    }

    @Override
    public void markAllRead(String recipientId) {
        Objects.requireNonNull(recipientId, "recipientId");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jpa.tx(TransactionType.Required, em -> em.createQuery("UPDATE NotificationEntity n SET n.readAt = :now"
                + " WHERE n.recipientId = :recipient AND n.readAt IS NULL").setParameter("now", now)
                .setParameter("recipient", recipientId).executeUpdate());
    }

    /** The page of at most {@code limit} rows out of {@code limit + 1} fetched, newest first. */
    static Page<Notification> page(List<NotificationEntity> rows, int limit) {
        boolean more = rows.size() > limit;
        List<NotificationEntity> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? shown.get(shown.size() - 1).cursor().encode() : null;
        return new Page<>(shown.stream().map(NotificationEntity::toNotification).collect(Collectors.toList()), next);
    }

    static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < items.size(); start += size) {
            chunks.add(items.subList(start, Math.min(items.size(), start + size)));
        }
        return chunks;
    }

    private static Optional<Account> account(IdentityService identity, String accountId) {
        try {
            return Optional.of(identity.account(accountId));
        } catch (NotFoundException noSuchAccount) {
            return Optional.empty();
        }
    }
}
