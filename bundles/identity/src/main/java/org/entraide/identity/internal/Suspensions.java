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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.AccountSuspendedException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.identity.AccountStatusListener;
import org.entraide.services.identity.Role;
import org.entraide.services.node.JobLease;
import org.entraide.services.paging.Cursors;
import org.entraide.api.text.Texts;

/**
 * Suspending and reinstating accounts. A suspension sets the account {@link AccountStatus#SUSPENDED} with its reason
 * and optional end and deletes every session of it in the same transaction, so its token stops working on the next
 * request (authentication also refuses any account that is not active). Once that has committed, the
 * {@link AccountStatusListener}s are told, in the caller's thread: what they do (the posts bundle withholds the
 * author's posts) is theirs, and identity needs to know nothing of posts.
 *
 * <p>A suspension ends by itself when its end has passed: a job, every {@code suspensionCheckSeconds}, reinstates the
 * due accounts, and signing in reinstates a due account at once (the job may not have run yet), so the end is exact
 * for the person and within a minute for everyone else. Both run on the component's clock, which tests replace, and
 * {@link #reinstateDue(Instant)} runs with any time (the shell's {@code entraide:suspensions-end --at}). Each due
 * account is reinstated by a conditional update, so two nodes running the job, or the job and a sign-in, reinstate
 * it once; listeners are idempotent anyway.
 */
final class Suspensions {

    static final int REASON_MAX = 500;
    /** The longest suspension with an end; longer ones are suspensions without an end, lifted by a moderator. */
    static final Duration LONGEST = Duration.ofDays(3653);

    /** The lease of the job, named so on every node. */
    static final String JOB = "identity.suspensions";

    private final IdentityContext identity;
    private final Collection<AccountStatusListener> listeners;
    private final JobLease lease;
    private ScheduledExecutorService job;

    Suspensions(IdentityContext identity, Collection<AccountStatusListener> listeners) {
        this(identity, listeners, JobLease.always(JOB));
    }

    Suspensions(IdentityContext identity, Collection<AccountStatusListener> listeners, JobLease lease) {
        this.identity = identity;
        this.listeners = listeners;
        this.lease = lease;
    }

    Account suspend(String accountId, String reason, Instant until) {
        Instant now = identity.now();
        List<FieldError> errors = new ArrayList<>();
        String why = Texts.check(reason, "reason", 1, REASON_MAX, true, errors);
        Instant end = until == null ? null : Cursors.truncate(until);
        FieldError badEnd = checkEnd(end, now);
        if (badEnd != null) {
            errors.add(badEnd);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Account suspended = identity.jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity account = found(em, accountId);
            if (account.roles().contains(Role.OPERATOR)) {
                throw new ForbiddenException("An operator's account cannot be suspended; take its OPERATOR role"
                        + " back first.");
            }
            account.suspend(why, end, now);
            int ended = em.createQuery("DELETE FROM SessionEntity s WHERE s.accountId = :account")
                    .setParameter("account", accountId).executeUpdate();
            IdentityContext.LOG.info("Account {} suspended until {}; {} sessions ended", accountId,
                    end == null ? "reinstated" : end, ended);
            return account.toAccount();
        });
        tell(suspended, listener -> listener.suspended(suspended));
        return suspended;
    }

    /** What is wrong with a suspension's end, or {@code null}: none, or in the future and at most ten years ahead. */
    static FieldError checkEnd(Instant until, Instant now) {
        if (until != null && (!until.isAfter(now) || until.isAfter(now.plus(LONGEST)))) {
            return FieldError.of("until", "out_of_range", "doit être dans le futur et à moins de dix ans d'ici",
                    "must be in the future and at most ten years from now");
        }
        return null;
    }

    Account reinstate(String accountId) {
        Instant now = identity.now();
        Account active = identity.jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity account = found(em, accountId);
            if (account.status() != AccountStatus.ACTIVE) {
                account.reinstate(now);
                IdentityContext.LOG.info("Account {} reinstated", accountId);
            }
            return account.toAccount();
        });
        tell(active, listener -> listener.reinstated(active));
        return active;
    }

    int reinstateDue(Instant now) {
        List<String> due = identity.jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT a.id FROM AccountEntity a WHERE a.suspendedUntil <= :now AND a.status = :suspended",
                String.class).setParameter("now", now).setParameter("suspended", AccountStatus.SUSPENDED)
                .getResultList());
        int reinstated = 0;
        for (String accountId : due) {
            try {
                if (endIfDue(accountId, now) != null) {
                    reinstated++;
                }
            } catch (RuntimeException e) {
                IdentityContext.LOG.warn("The suspension of account {} could not be ended; the job tries again",
                        accountId, e);
            }
        }
        return reinstated;
    }

    /**
     * Lets a sign-in whose password is right go on: at once for an active account; for a suspended one whose end has
     * passed, after reinstating it; otherwise {@link AccountSuspendedException}.
     */
    void admit(AccountEntity account) {
        if (account.status() == AccountStatus.ACTIVE) {
            return;
        }
        Instant until = account.suspendedUntil();
        Instant now = identity.now();
        if (until == null || until.isAfter(now)) {
            throw new AccountSuspendedException(until == null ? "This account is suspended."
                    : "This account is suspended until " + until + ".", until);
        }
        // Reinstated here or, a moment before, by the job: either way the sign-in goes on. Were the account suspended
        // again meanwhile, its new session would not authenticate, since only active accounts do.
        endIfDue(account.id(), now);
    }

    private static AccountEntity found(EntityManager em, String accountId) {
        AccountEntity account = accountId == null || accountId.length() > 36 ? null
                : em.find(AccountEntity.class, accountId);
        if (account == null) {
            throw new NotFoundException("No such account.");
        }
        return account;
    }

    /**
     * Reinstates the account if it is suspended with an end at or before {@code now}, then tells the listeners; the
     * account as it is now, or {@code null} when it was not due (or another node or thread reinstated it first).
     */
    private Account endIfDue(String accountId, Instant now) {
        Account ended = identity.jpa.txExpr(TransactionType.Required, em -> {
            int changed = em.createQuery("UPDATE AccountEntity a SET a.status = :active, a.suspensionReason = NULL,"
                    + " a.suspendedAt = NULL, a.suspendedUntil = NULL, a.updatedAt = :now, a.version = a.version + 1"
                    + " WHERE a.id = :id AND a.status = :suspended AND a.suspendedUntil <= :now")
                    .setParameter("active", AccountStatus.ACTIVE).setParameter("suspended", AccountStatus.SUSPENDED)
                    .setParameter("now", now).setParameter("id", accountId).executeUpdate();
            return changed == 0 ? null : reread(em, accountId);
        });
        if (ended != null) {
            IdentityContext.LOG.info("Account {} reinstated: its suspension ended", accountId);
            tell(ended, listener -> listener.reinstated(ended));
        }
        return ended;
    }

    private static Account reread(EntityManager em, String accountId) {
        em.clear();
        return em.find(AccountEntity.class, accountId).toAccount();
    }

    /**
     * Tells every listener, each even when another failed; then rethrows the first failure, so that the caller
     * learns that the change is only partly done and may repeat it (listeners are idempotent).
     */
    private void tell(Account account, Consumer<AccountStatusListener> call) {
        RuntimeException first = null;
        for (AccountStatusListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                IdentityContext.LOG.error("{} failed on account {} ({}): repeat the suspension or reinstatement to"
                        + " complete it", listener.getClass().getName(), account.id(), account.status(), e);
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Runs the job every {@code seconds}, at least 5, starting after that delay. */
    // The future has nothing to tell: endDueNow catches and logs its own failures, and stop() ends the job.
    @SuppressWarnings("FutureReturnValueIgnored")
    void start(int seconds) {
        job = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "entraide-identity-suspensions");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(5, seconds);
        job.scheduleWithFixedDelay(this::endDueNow, period, period, TimeUnit.SECONDS);
    }

    void stop() {
        if (job != null) {
            job.shutdownNow();
        }
        lease.close();
    }

    private void endDueNow() {
        if (!lease.mayRun()) {
            return;
        }
        try {
            int reinstated = reinstateDue(identity.now());
            if (reinstated > 0) {
                IdentityContext.LOG.info("{} accounts reinstated: their suspension ended", reinstated);
            }
        } catch (RuntimeException e) {
            IdentityContext.LOG.warn("The job ending suspensions failed; it runs again shortly", e);
        }
    }
}
