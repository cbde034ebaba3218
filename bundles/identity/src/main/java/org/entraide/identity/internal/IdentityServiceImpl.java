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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.AuthenticationException;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.RateLimitedException;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.api.identity.Account;
import org.entraide.api.identity.AccountChanges;
import org.entraide.api.identity.AccountStatus;
import org.entraide.api.identity.Caller;
import org.entraide.api.identity.IdentityService;
import org.entraide.api.identity.NewAccount;
import org.entraide.api.identity.PersonalDataContributor;
import org.entraide.api.identity.Role;
import org.entraide.api.identity.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Accounts and sessions on the {@code entraide-identity} persistence unit. */
@Component(service = IdentityService.class, configurationPid = "org.entraide.identity")
@Designate(ocd = IdentityConfig.class)
public class IdentityServiceImpl implements IdentityService {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityServiceImpl.class);
    private static final String WRONG_CREDENTIALS = "Wrong email or password.";
    private static final int MAX_PAGE = 1000;

    @Reference(target = "(osgi.unit.name=entraide-identity)")
    private JpaTemplate jpa;

    @Reference
    private GeoRadiusService geo;

    private final List<PersonalDataContributor> contributors = new CopyOnWriteArrayList<>();

    private volatile Clock clock = Clock.systemUTC();
    private volatile PasswordHasher hasher;
    private volatile PasswordPolicy passwords;
    private volatile LoginThrottle throttle;
    private volatile Duration sessionTtl;
    private volatile String decoyHash;

    @Activate
    @Modified
    void configure(IdentityConfig config) {
        hasher = new PasswordHasher(config.argon2MemoryKiB(), config.argon2Iterations(), config.argon2Parallelism());
        passwords = new PasswordPolicy(config.passwordMinLength(), config.passwordMinEntropyBits());
        throttle = new LoginThrottle(clock, Duration.ofMinutes(config.loginWindowMinutes()),
                config.loginMaxFailuresPerEmail(), config.loginMaxFailuresPerAddress(), config.loginSlowdownAfter(),
                Duration.ofMillis(config.loginSlowdownStepMillis()));
        sessionTtl = Duration.ofHours(config.sessionTtlHours());
        // Verified against when the email is unknown, so that both failures cost the same.
        decoyHash = hasher.hash(Tokens.newToken());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(PersonalDataContributor contributor) {
        contributors.add(contributor);
    }

    void removeContributor(PersonalDataContributor contributor) {
        contributors.remove(contributor);
    }

    @Override
    public Account register(NewAccount account) {
        return create(account, EnumSet.of(Role.RESIDENT));
    }

    @Override
    public Account create(NewAccount account, Set<Role> roles) {
        List<FieldError> errors = new ArrayList<>();
        String email = AccountRules.normalizeEmail(account.email());
        addIf(errors, "email", AccountRules.emailProblem(email));
        String name = AccountRules.normalizeName(account.displayName());
        addIf(errors, "displayName", AccountRules.nameProblem(name));
        // The person's own email and name count as guessable words, once they are themselves valid.
        passwords.problem(account.password(), errors.isEmpty() ? email : null, errors.isEmpty() ? name : null)
                .ifPresent(p -> errors.add(new FieldError("password", p)));
        AccountRules.checkHome(account.homeLat(), account.homeLon(), "home", errors);
        String locale = account.locale() == null ? "fr" : account.locale();
        addIf(errors, "locale", AccountRules.localeProblem(locale));
        double radius = radius(account.radiusKm(), errors);
        reject(errors);
        String hash = hasher.hash(account.password());
        Instant now = clock.instant();
        AccountEntity entity = new AccountEntity(UUID.randomUUID().toString(), email, name, hash, account.homeLat(),
                account.homeLon(), radius, locale, roles, now);
        boolean created;
        try {
            created = jpa.txExpr(TransactionType.Required, em -> {
                if (byEmail(em, email).isPresent()) {
                    return false;
                }
                em.persist(entity);
                em.flush();
                return true;
            });
        } catch (PersistenceException raceOnTheUniqueEmail) {
            created = false;
        }
        if (!created) {
            throw new ConflictException("An account with this email already exists.");
        }
        LOG.info("Account {} created with roles {}", entity.id(), entity.roles());
        return entity.toAccount();
    }

    @Override
    public Session signIn(String email, String password, String clientAddress) {
        String normalized = AccountRules.normalizeEmail(email == null ? "" : email);
        String address = clientAddress == null ? "unknown" : clientAddress;
        LoginThrottle.Verdict verdict = throttle.check(normalized, address);
        if (verdict.refused()) {
            throw new RateLimitedException("Too many failed sign-ins; try again later.", verdict.refusedForSeconds);
        }
        pause(verdict.delay);
        String candidate = password == null ? "" : password;
        Optional<AccountEntity> found = jpa.txExpr(TransactionType.Required, em -> byEmail(em, normalized));
        boolean matches = hasher.verify(candidate, found.map(AccountEntity::passwordHash).orElse(decoyHash));
        if (found.isEmpty() || !matches || found.get().status() != AccountStatus.ACTIVE) {
            throttle.failed(normalized, address);
            throw new AuthenticationException(WRONG_CREDENTIALS);
        }
        throttle.succeeded(normalized);
        AccountEntity account = found.get();
        String token = Tokens.newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(sessionTtl);
        boolean rehash = hasher.needsRehash(account.passwordHash());
        String newHash = rehash ? hasher.hash(candidate) : null;
        jpa.tx(TransactionType.Required, em -> {
            em.persist(new SessionEntity(Tokens.hash(token), account.id(), now, expiresAt));
            if (rehash) {
                AccountEntity managed = em.find(AccountEntity.class, account.id());
                managed.passwordHash(newHash);
                managed.touch(now);
            }
        });
        return new Session(token, expiresAt, account.id());
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        String id = Tokens.hash(token);
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Required, em -> {
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

    @Override
    public void signOut(String token) {
        if (!Tokens.plausible(token)) {
            return;
        }
        String id = Tokens.hash(token);
        jpa.tx(TransactionType.Required, em -> em.createQuery("DELETE FROM SessionEntity s WHERE s.id = :id")
                .setParameter("id", id).executeUpdate());
    }

    @Override
    public Account account(String accountId) {
        return entity(accountId).toAccount();
    }

    @Override
    public GeoPoint home(String accountId) {
        AccountEntity account = entity(accountId);
        return GeoPoint.of(account.homeLat(), account.homeLon());
    }

    @Override
    public Account update(Caller caller, AccountChanges changes) {
        AccountEntity current = entity(caller.accountId());
        List<FieldError> errors = new ArrayList<>();
        String name = AccountRules.normalizeName(changes.displayName());
        if (changes.displayName() != null) {
            addIf(errors, "displayName", AccountRules.nameProblem(name));
        }
        if (changes.homeLat() != null || changes.homeLon() != null) {
            AccountRules.checkHome(changes.homeLat(), changes.homeLon(), "home", errors);
        }
        if (changes.locale() != null) {
            addIf(errors, "locale", AccountRules.localeProblem(changes.locale()));
        }
        Double radius = changes.radiusKm() == null ? null : radius(changes.radiusKm(), errors);
        String newHash = null;
        if (changes.password() != null) {
            String given = changes.currentPassword();
            if (given == null || !hasher.verify(given, current.passwordHash())) {
                errors.add(new FieldError("currentPassword", "is required and must be the current password"));
            }
            passwords.problem(changes.password(), current.email(), name == null ? current.displayName() : name)
                    .ifPresent(p -> errors.add(new FieldError("password", p)));
            if (errors.isEmpty()) {
                newHash = hasher.hash(changes.password());
            }
        }
        reject(errors);
        String hash = newHash;
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity account = em.find(AccountEntity.class, caller.accountId());
            if (account == null) {
                return null;
            }
            if (changes.displayName() != null) {
                account.displayName(name);
            }
            if (changes.homeLat() != null) {
                account.home(changes.homeLat(), changes.homeLon());
            }
            if (radius != null) {
                account.radiusKm(radius);
            }
            if (changes.locale() != null) {
                account.locale(changes.locale());
            }
            if (hash != null) {
                account.passwordHash(hash);
                em.createQuery("DELETE FROM SessionEntity s WHERE s.accountId = :account AND s.id <> :current")
                        .setParameter("account", account.id()).setParameter("current", caller.sessionId())
                        .executeUpdate();
            }
            account.touch(now);
            return account.toAccount();
        });
    }

    @Override
    public Map<String, Object> export(String accountId) {
        AccountEntity account = entity(accountId);
        List<SessionEntity> sessions = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT s FROM SessionEntity s WHERE s.accountId = :account ORDER BY s.createdAt", SessionEntity.class)
                .setParameter("account", accountId).getResultList());
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("id", account.id());
        own.put("email", account.email());
        own.put("displayName", account.displayName());
        own.put("home", Map.of("lat", account.homeLat(), "lon", account.homeLon()));
        own.put("radiusKm", account.radiusKm());
        own.put("locale", account.locale());
        own.put("roles", account.roles().stream().map(Enum::name).sorted().collect(Collectors.toList()));
        own.put("status", account.status().name());
        own.put("createdAt", account.createdAt().toString());
        own.put("updatedAt", account.updatedAt().toString());
        export.put("account", own);
        export.put("sessions", sessions.stream().map(s -> Map.of("createdAt", s.createdAt().toString(),
                "expiresAt", s.expiresAt().toString())).collect(Collectors.toList()));
        for (PersonalDataContributor contributor : contributors) {
            export.put(contributor.section(), contributor.export(accountId));
        }
        return export;
    }

    @Override
    public void erase(String accountId) {
        entity(accountId);
        // Contributors first: if one fails, the account stays and the erasure can be asked again.
        for (PersonalDataContributor contributor : contributors) {
            contributor.erase(accountId);
        }
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("DELETE FROM SessionEntity s WHERE s.accountId = :account")
                    .setParameter("account", accountId).executeUpdate();
            AccountEntity account = em.find(AccountEntity.class, accountId);
            if (account != null) {
                em.remove(account);
            }
        });
        LOG.info("Account {} erased", accountId);
    }

    @Override
    public Account grant(String email, Role role) {
        return changeRoles(email, roles -> roles.add(role));
    }

    @Override
    public Account revoke(String email, Role role) {
        if (role == Role.RESIDENT) {
            throw new ValidationException("role", "every account is a resident");
        }
        return changeRoles(email, roles -> roles.remove(role));
    }

    @Override
    public Map<String, String> displayNames(Collection<String> accountIds) {
        List<String> ids = accountIds.stream().filter(java.util.Objects::nonNull).distinct()
                .collect(Collectors.toList());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        jpa.tx(TransactionType.Required, em -> em.createQuery(
                "SELECT a.id, a.displayName FROM AccountEntity a WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1])));
        return names;
    }

    @Override
    public List<Account> accounts(int offset, int limit) {
        int first = Math.max(0, offset);
        int max = Math.max(1, Math.min(MAX_PAGE, limit));
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT a FROM AccountEntity a ORDER BY a.email", AccountEntity.class)
                .setFirstResult(first).setMaxResults(max).getResultList())
                .stream().map(AccountEntity::toAccount).collect(Collectors.toList());
    }

    void clock(Clock testClock) {
        this.clock = testClock;
    }

    private Account changeRoles(String email, java.util.function.Consumer<Set<Role>> change) {
        String normalized = AccountRules.normalizeEmail(email);
        Instant now = clock.instant();
        Account changed = jpa.txExpr(TransactionType.Required, em -> byEmail(em, normalized).map(account -> {
            change.accept(account.roles());
            account.touch(now);
            return account.toAccount();
        }).orElse(null));
        if (changed == null) {
            throw new NotFoundException("No account with this email.");
        }
        return changed;
    }

    private AccountEntity entity(String accountId) {
        AccountEntity account = accountId == null ? null
                : jpa.txExpr(TransactionType.Required, em -> em.find(AccountEntity.class, accountId));
        if (account == null) {
            throw new NotFoundException("No such account.");
        }
        return account;
    }

    private double radius(Double requested, List<FieldError> errors) {
        if (requested == null) {
            return geo.defaultRadiusKm();
        }
        try {
            return geo.validateRadiusKm(requested);
        } catch (ValidationException e) {
            errors.add(new FieldError("radiusKm", e.errors().isEmpty() ? "is out of range"
                    : e.errors().get(0).message()));
            return 0;
        }
    }

    /** A radius out of range makes the request itself invalid (400, as for the feed); other rules are 422. */
    private static void reject(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        if (errors.stream().anyMatch(e -> "radiusKm".equals(e.field()))) {
            throw new InvalidRequestException(errors);
        }
        throw new ValidationException(errors);
    }

    private static Optional<AccountEntity> byEmail(EntityManager em, String email) {
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.email = :email", AccountEntity.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    private static void addIf(List<FieldError> errors, String field, String problem) {
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
