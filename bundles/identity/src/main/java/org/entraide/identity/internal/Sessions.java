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
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.AuthenticationException;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.Session;

/**
 * Signing in, throttled by {@link LoginThrottle} (refusals answered at once, never slept on), and the sessions it
 * opens: a token is handed out once and only its hash is stored; it authenticates its account until it expires, is
 * signed out, or is the oldest of an account that opens more than {@code maxSessionsPerAccount} (a forgotten
 * device's session is then revoked rather than the sign-in refused), or its account is suspended. A suspended
 * account's state is told only to a sign-in whose password is right ({@link Suspensions#admit}): a wrong one fails
 * as any wrong password does.
 */
final class Sessions {

    private static final String WRONG_CREDENTIALS = "Wrong email or password.";

    private final IdentityContext identity;
    private final LoginThrottle throttle;
    private final Suspensions suspensions;
    private final Duration ttl;
    private final int maxSessions;
    private final String decoyHash;

    Sessions(IdentityContext identity, LoginThrottle throttle, Suspensions suspensions, Duration ttl,
            int maxSessions) {
        this.identity = identity;
        this.throttle = throttle;
        this.suspensions = suspensions;
        this.ttl = ttl;
        this.maxSessions = Math.max(1, maxSessions);
        // Verified against when the email is unknown, so that both failures cost the same.
        this.decoyHash = identity.hasher.hash(Tokens.newToken());
    }

    Session signIn(String email, String password, String clientAddress) {
        String normalized = AccountRules.normalizeEmail(email == null ? "" : email);
        throttle.beforeSignIn(normalized, clientAddress);
        String candidate = password == null ? "" : password;
        PasswordHasher hasher = identity.hasher;
        Optional<AccountEntity> found = identity.jpa.txExpr(TransactionType.Required,
                em -> IdentityContext.byEmail(em, normalized));
        boolean matches = hasher.verify(candidate, found.map(AccountEntity::passwordHash).orElse(decoyHash));
        if (found.isEmpty() || !matches) {
            throttle.failed(normalized, clientAddress);
            throw new AuthenticationException(WRONG_CREDENTIALS);
        }
        AccountEntity account = found.get();
        throttle.succeeded(normalized, clientAddress, account.id());
        // Only now, with the right password, may the caller learn that the account is suspended.
        suspensions.admit(account);
        String token = Tokens.newToken();
        Instant now = identity.now();
        Instant expiresAt = now.plus(ttl);
        boolean rehash = hasher.needsRehash(account.passwordHash());
        String newHash = rehash ? hasher.hash(candidate) : null;
        identity.jpa.tx(TransactionType.Required, em -> {
            em.persist(new SessionEntity(Tokens.hash(token), account.id(), now, expiresAt));
            if (rehash) {
                AccountEntity managed = em.find(AccountEntity.class, account.id());
                managed.passwordHash(newHash);
                managed.touch(now);
            }
            revokeBeyondLimit(em, account.id());
        });
        return new Session(token, expiresAt, account.id());
    }

    Optional<Caller> authenticate(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        String id = Tokens.hash(token);
        Instant now = identity.now();
        return identity.jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity session = em.find(SessionEntity.class, id);
            if (session == null) {
                return Optional.empty();
            }
            if (!session.expiresAt().isAfter(now)) {
                em.remove(session);
                return Optional.empty();
            }
            AccountEntity account = em.find(AccountEntity.class, session.accountId());
            if (account == null || account.status() != AccountStatus.ACTIVE) {
                return Optional.empty();
            }
            return Optional.of(new Caller(account.id(), account.roles(), account.locale(), id));
        });
    }

    void signOut(String token) {
        if (!Tokens.plausible(token)) {
            return;
        }
        String id = Tokens.hash(token);
        identity.jpa.tx(TransactionType.Required, em -> em.createQuery("DELETE FROM SessionEntity s WHERE s.id = :id")
                .setParameter("id", id).executeUpdate());
    }

    /** Deletes the account's oldest sessions beyond the limit, the one just opened included in the count. */
    private void revokeBeyondLimit(EntityManager em, String accountId) {
        List<String> older = em.createQuery("SELECT s.id FROM SessionEntity s WHERE s.accountId = :account"
                + " ORDER BY s.createdAt DESC, s.id", String.class).setParameter("account", accountId)
                .setFirstResult(maxSessions).getResultList();
        if (!older.isEmpty()) {
            em.createQuery("DELETE FROM SessionEntity s WHERE s.id IN :ids").setParameter("ids", older)
                    .executeUpdate();
            IdentityContext.LOG.info("Account {} over {} sessions: {} oldest revoked", accountId, maxSessions,
                    older.size());
        }
    }
}
