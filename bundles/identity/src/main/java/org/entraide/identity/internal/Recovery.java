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
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.GoneException;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.error.RateLimitedException;
import org.entraide.api.error.ValidationException;
import org.entraide.services.notification.NotificationService;
import org.entraide.identity.internal.AccountTokenEntity.Purpose;

/**
 * Account recovery: proving an email address and resetting a forgotten password, each through a one-use link
 * mailed to the address ({@code {baseUrl}/#/verify-email/{token}}, {@code {baseUrl}/#/reset-password/{token}}).
 *
 * <p>Tokens are 256 random bits, stored as their SHA-256 only ({@link AccountTokenEntity}); the mail itself is
 * a transactional notification ({@link NotificationService#publishTransactional}), which the notifications core
 * sends through its outbox and whose copy of the token it erases once sent. The account and the token are
 * committed before the mail is published: should publishing fail, the resident asks for another link.
 *
 * <p>Limits: verification links at most one a minute and five a day per account (429 beyond, the resident asked
 * for it); reset links at most three an hour per account, the requests beyond dropped silently (an answer would
 * tell whether the address has an account, and a mailbox must not be flooded by someone else); reset requests
 * from one client address at most ten per quarter of an hour (429, whatever the email asked for, so it tells
 * nothing about accounts). Both are counted in the database, shared by every node: the per-account ones from the
 * tokens issued, the per-address one by {@link LoginThrottle#resetRequested}.
 */
final class Recovery {

    static final String VERIFICATION_KIND = "account.email-verification";
    static final String RESET_KIND = "account.password-reset";

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final String GONE = "This link has expired or has already been used; ask for a new one.";

    private final IdentityContext identity;
    private final PasswordPolicy passwords;
    private final LoginThrottle throttle;
    private final Supplier<NotificationService> mail;
    private final IdentityConfig config;

    Recovery(IdentityContext identity, PasswordPolicy passwords, LoginThrottle throttle,
            Supplier<NotificationService> mail, IdentityConfig config) {
        this.identity = identity;
        this.passwords = passwords;
        this.throttle = throttle;
        this.mail = mail;
        this.config = config;
    }

    /** Mails a verification link to a new account's address. */
    void welcome(String accountId, String email) {
        send(accountId, VERIFICATION_KIND, issue(accountId, Purpose.VERIFY_EMAIL, email,
                Duration.ofHours(config.verificationTtlHours())));
    }

    void resendEmailVerification(String accountId) {
        AccountEntity account = identity.entity(accountId);
        if (account.emailVerified()) {
            throw new ConflictException("This email address is already verified.");
        }
        Instant now = identity.now();
        List<Instant> recent = issuedSince(accountId, Purpose.VERIFY_EMAIL, now.minus(DAY));
        Duration spacing = Duration.ofSeconds(config.verificationResendSeconds());
        Optional<Instant> latest = recent.stream().max(Instant::compareTo);
        if (latest.isPresent() && latest.get().plus(spacing).isAfter(now)) {
            throw new RateLimitedException("A link was mailed a moment ago; check your mailbox, then try again.",
                    Duration.between(now, latest.get().plus(spacing)).toSeconds() + 1);
        }
        if (recent.size() >= config.verificationMaxPerDay()) {
            Instant oldest = recent.stream().min(Instant::compareTo).orElse(now);
            throw new RateLimitedException("Too many links mailed today; try again tomorrow.",
                    Duration.between(now, oldest.plus(DAY)).toSeconds() + 1);
        }
        welcome(accountId, account.email());
    }

    void verifyEmail(String token) {
        String digest = digest(token);
        Instant now = identity.now();
        boolean verified = identity.jpa.txExpr(TransactionType.Required, em -> {
            AccountTokenEntity found = usable(em, digest, Purpose.VERIFY_EMAIL, now);
            AccountEntity account = found == null ? null : em.find(AccountEntity.class, found.accountId());
            if (account == null || !account.email().equals(found.email())) {
                return false;
            }
            found.use(now);
            account.emailVerified(true);
            account.touch(now);
            return true;
        });
        if (!verified) {
            throw new GoneException(GONE);
        }
    }

    void requestPasswordReset(String email, String clientAddress) {
        String normalized = AccountRules.normalizeEmail(email);
        FieldError problem = AccountRules.emailError(normalized);
        if (problem != null) {
            throw new ValidationException(problem);
        }
        throttle.resetRequested(clientAddress);
        Instant now = identity.now();
        Optional<AccountEntity> account = identity.jpa.txExpr(TransactionType.Required,
                em -> IdentityContext.byEmail(em, normalized));
        if (account.isEmpty()) {
            IdentityContext.LOG.debug("Password reset asked for an address without account");
            return;
        }
        String accountId = account.get().id();
        if (issuedSince(accountId, Purpose.RESET_PASSWORD, now.minus(HOUR)).size()
                >= config.resetMaxPerEmailPerHour()) {
            IdentityContext.LOG.info("Password reset for account {} dropped: too many this hour", accountId);
            return;
        }
        send(accountId, RESET_KIND, issue(accountId, Purpose.RESET_PASSWORD, normalized,
                Duration.ofMinutes(config.resetTtlMinutes())));
    }

    void resetPassword(String token, String newPassword) {
        String digest = digest(token);
        Instant now = identity.now();
        AccountEntity account = identity.jpa.txExpr(TransactionType.Required, em -> {
            AccountTokenEntity found = usable(em, digest, Purpose.RESET_PASSWORD, now);
            return found == null ? null : em.find(AccountEntity.class, found.accountId());
        });
        if (account == null) {
            throw new GoneException(GONE);
        }
        // The policy first, the token untouched: a refused password leaves the link usable for a better one.
        passwords.problem(newPassword, account.email(), account.displayName()).ifPresent(problem -> {
            throw new ValidationException(problem);
        });
        String hash = identity.hasher.hash(newPassword);
        boolean reset = identity.jpa.txExpr(TransactionType.Required, em -> {
            AccountTokenEntity found = usable(em, digest, Purpose.RESET_PASSWORD, now);
            AccountEntity managed = found == null ? null : em.find(AccountEntity.class, found.accountId());
            if (managed == null) {
                return false;
            }
            managed.passwordHash(hash);
            // The link reached this address: that proves it, as a verification link would.
            if (managed.email().equals(found.email())) {
                managed.emailVerified(true);
            }
            managed.touch(now);
            em.createQuery("UPDATE AccountTokenEntity t SET t.usedAt = :now WHERE t.accountId = :account"
                    + " AND t.purpose = :purpose AND t.usedAt IS NULL").setParameter("now", now)
                    .setParameter("account", managed.id()).setParameter("purpose", Purpose.RESET_PASSWORD)
                    .executeUpdate();
            em.createQuery("DELETE FROM SessionEntity s WHERE s.accountId = :account")
                    .setParameter("account", managed.id()).executeUpdate();
            return true;
        });
        if (!reset) {
            throw new GoneException(GONE);
        }
        IdentityContext.LOG.info("Password of account {} reset; its sessions ended", account.id());
    }

    private String issue(String accountId, Purpose purpose, String email, Duration life) {
        String token = Tokens.newToken();
        Instant now = identity.now();
        identity.jpa.tx(TransactionType.Required, em -> em.persist(
                new AccountTokenEntity(Tokens.hash(token), accountId, purpose, email, now, now.plus(life))));
        return token;
    }

    private void send(String accountId, String kind, String token) {
        NotificationService notifications = mail.get();
        if (notifications == null) {
            IdentityContext.LOG.warn("No notifications service: the {} mail of account {} cannot be sent", kind,
                    accountId);
            return;
        }
        notifications.publishTransactional(accountId, kind, Map.of("token", token));
    }

    private List<Instant> issuedSince(String accountId, Purpose purpose, Instant since) {
        return identity.jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT t.createdAt FROM AccountTokenEntity t WHERE t.accountId = :account AND t.purpose = :purpose"
                        + " AND t.createdAt > :since", Instant.class)
                .setParameter("account", accountId).setParameter("purpose", purpose).setParameter("since", since)
                .getResultList());
    }

    private static AccountTokenEntity usable(EntityManager em, String digest, Purpose purpose, Instant now) {
        AccountTokenEntity found = em.find(AccountTokenEntity.class, digest);
        return found != null && found.purpose() == purpose && found.usableAt(now) ? found : null;
    }

    /** The stored form of a token, once it is plausibly one: garbage never reaches the database. */
    private static String digest(String token) {
        if (!Tokens.plausible(token)) {
            throw new InvalidRequestException(FieldError.of("token", "not_a_token", "n'est pas le jeton d'un lien",
                    "is not a link's token"));
        }
        return Tokens.hash(token);
    }
}
