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
package org.entraide.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.aries.jpa.template.TransactionType;

/**
 * {@link Counters} in the {@code throttle_event} table, so that every node of one database sees the same counts
 * (the operator guide describes several nodes on one PostgreSQL). One row per event, not a counter per window:
 * a sliding window is then a plain {@code SELECT} on an index of (bucket, time), concurrent nodes never fight over
 * one row, and an insert is the only write of a counted request. Rows older than the retention (the longest
 * window of any rule) are deleted, the whole table at most once a minute per node, so that it stays small.
 */
final class DatabaseCounters implements Counters {

    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final IdentityContext identity;
    private final Duration retention;
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

    DatabaseCounters(IdentityContext identity, Duration retention) {
        this.identity = identity;
        this.retention = retention;
    }

    @Override
    public List<Instant> since(String key, Instant since) {
        return identity.jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT e.happenedAt FROM ThrottleEventEntity e WHERE e.bucket = :bucket AND e.happenedAt > :since",
                Instant.class).setParameter("bucket", key).setParameter("since", since).getResultList());
    }

    @Override
    public void record(String key, Instant at) {
        identity.jpa.tx(TransactionType.Required,
                em -> em.persist(new ThrottleEventEntity(UUID.randomUUID().toString(), key, at)));
        Instant previous = lastPrune.get();
        if (previous.plus(PRUNE_EVERY).isBefore(at) && lastPrune.compareAndSet(previous, at)) {
            Instant horizon = at.minus(retention);
            identity.jpa.tx(TransactionType.Required, em -> em.createQuery(
                    "DELETE FROM ThrottleEventEntity e WHERE e.happenedAt < :horizon")
                    .setParameter("horizon", horizon).executeUpdate());
        }
    }

    @Override
    public void clear(String key) {
        identity.jpa.tx(TransactionType.Required, em -> em.createQuery(
                "DELETE FROM ThrottleEventEntity e WHERE e.bucket = :bucket").setParameter("bucket", key)
                .executeUpdate());
    }
}
