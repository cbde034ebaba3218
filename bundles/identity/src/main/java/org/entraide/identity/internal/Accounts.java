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

import static org.entraide.identity.internal.FieldErrors.addIf;
import static org.entraide.identity.internal.FieldErrors.reject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountChanges;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.NewAccount;
import org.entraide.services.identity.Role;

/**
 * Accounts: registration and creation with roles, reading one, a resident's changes to their own (the password
 * only against the current one), and the listings: display names and every account by email.
 */
final class Accounts {

    private static final int MAX_PAGE = 1000;

    private final IdentityContext identity;
    private final PasswordPolicy passwords;
    private final GeoRadiusService geo;

    Accounts(IdentityContext identity, PasswordPolicy passwords, GeoRadiusService geo) {
        this.identity = identity;
        this.passwords = passwords;
        this.geo = geo;
    }

    Account register(NewAccount account) {
        return create(account, EnumSet.of(Role.RESIDENT));
    }

    Account create(NewAccount account, Set<Role> roles) {
        List<FieldError> errors = new ArrayList<>();
        String email = AccountRules.normalizeEmail(account.email());
        addIf(errors, AccountRules.emailError(email));
        String name = AccountRules.normalizeName(account.displayName());
        addIf(errors, AccountRules.nameError("displayName", name));
        // The person's own email and name count as guessable words, once they are themselves valid.
        passwords.problem(account.password(), errors.isEmpty() ? email : null, errors.isEmpty() ? name : null)
                .ifPresent(errors::add);
        AccountRules.checkHome(account.homeLat(), account.homeLon(), "home", errors);
        String locale = account.locale() == null ? "fr" : account.locale();
        addIf(errors, AccountRules.localeError(locale));
        double radius = radius(account.radiusKm(), errors);
        reject(errors);
        String hash = identity.hasher.hash(account.password());
        Instant now = identity.now();
        AccountEntity entity = new AccountEntity(UUID.randomUUID().toString(), email, name, hash, account.homeLat(),
                account.homeLon(), radius, locale, roles, now);
        boolean created;
        try {
            created = identity.jpa.txExpr(TransactionType.Required, em -> {
                if (IdentityContext.byEmail(em, email).isPresent()) {
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
        IdentityContext.LOG.info("Account {} created with roles {}", entity.id(), entity.roles());
        return entity.toAccount();
    }

    Account account(String accountId) {
        return identity.entity(accountId).toAccount();
    }

    Optional<Account> byEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String normalized = AccountRules.normalizeEmail(email);
        return identity.jpa.txExpr(TransactionType.Required, em -> IdentityContext.byEmail(em, normalized))
                .map(AccountEntity::toAccount);
    }

    GeoPoint home(String accountId) {
        AccountEntity account = identity.entity(accountId);
        return GeoPoint.of(account.homeLat(), account.homeLon());
    }

    Account update(Caller caller, AccountChanges changes) {
        AccountEntity current = identity.entity(caller.accountId());
        List<FieldError> errors = new ArrayList<>();
        String name = AccountRules.normalizeName(changes.displayName());
        if (changes.displayName() != null) {
            addIf(errors, AccountRules.nameError("displayName", name));
        }
        if (changes.homeLat() != null || changes.homeLon() != null) {
            AccountRules.checkHome(changes.homeLat(), changes.homeLon(), "home", errors);
        }
        if (changes.locale() != null) {
            addIf(errors, AccountRules.localeError(changes.locale()));
        }
        Double radius = changes.radiusKm() == null ? null : radius(changes.radiusKm(), errors);
        String newHash = null;
        if (changes.password() != null) {
            String given = changes.currentPassword();
            if (given == null || !identity.hasher.verify(given, current.passwordHash())) {
                errors.add(FieldError.of("currentPassword", "wrong_password",
                        "est obligatoire et doit être le mot de passe actuel",
                        "is required and must be the current password"));
            }
            passwords.problem(changes.password(), current.email(), name == null ? current.displayName() : name)
                    .ifPresent(errors::add);
            if (errors.isEmpty()) {
                newHash = identity.hasher.hash(changes.password());
            }
        }
        reject(errors);
        String hash = newHash;
        Instant now = identity.now();
        return identity.jpa.txExpr(TransactionType.Required, em -> {
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

    Map<String, String> displayNames(Collection<String> accountIds) {
        List<String> ids = accountIds.stream().filter(Objects::nonNull).distinct().collect(Collectors.toList());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        identity.jpa.tx(TransactionType.Required, em -> em.createQuery(
                "SELECT a.id, a.displayName FROM AccountEntity a WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1])));
        return names;
    }

    List<Account> accounts(int offset, int limit) {
        int first = Math.max(0, offset);
        int max = Math.max(1, Math.min(MAX_PAGE, limit));
        return identity.jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT a FROM AccountEntity a ORDER BY a.email", AccountEntity.class)
                .setFirstResult(first).setMaxResults(max).getResultList())
                .stream().map(AccountEntity::toAccount).collect(Collectors.toList());
    }

    /** The radius asked for, checked by geo, or geo's default when none is asked for. */
    private double radius(Double requested, List<FieldError> errors) {
        if (requested == null) {
            return geo.defaultRadiusKm();
        }
        try {
            return geo.validateRadiusKm(requested);
        } catch (ValidationException e) {
            errors.add(e.errors().isEmpty() ? FieldError.of("radiusKm", "out_of_range", "est hors limites",
                    "is out of range") : e.errors().get(0).at("radiusKm"));
            return 0;
        }
    }
}
