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
package org.entraide.relays.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.NotFoundException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.Role;
import org.entraide.services.moderation.ModerationService;
import org.entraide.services.relay.Relay;
import org.entraide.support.moderation.Moderators;

/**
 * Granting and taking back the role {@code RELAY}. The role is identity's, so that {@code GET /me} and every
 * caller's roles show it at once; the {@code relay} row beside it says since when, for the moderators' list. A grant
 * is checked as a moderator's action on an account (which lies at its home), carried out by identity, then logged
 * by the moderation service: the same rights and the same log as a suspension.
 */
final class RelayGrants {

    private final Supplier<JpaTemplate> jpa;
    private final Supplier<IdentityService> identity;
    private final Supplier<ModerationService> moderation;
    private final Supplier<Moderators> moderators;
    private final Supplier<Clock> clock;

    RelayGrants(Supplier<JpaTemplate> jpa, Supplier<IdentityService> identity, Supplier<ModerationService> moderation,
            Supplier<Moderators> moderators, Supplier<Clock> clock) {
        this.jpa = jpa;
        this.identity = identity;
        this.moderation = moderation;
        this.moderators = moderators;
        this.clock = clock;
    }

    Account grant(Caller moderator, String accountId) {
        Account account = checked(moderator, accountId);
        if (account.has(Role.RELAY)) {
            return account;
        }
        Account granted = identity.get().grant(account.email(), Role.RELAY);
        RelayEntity row = new RelayEntity();
        row.accountId = account.id();
        row.since = Instant.now(clock.get());
        row.grantedBy = moderator.accountId();
        jpa.get().tx(TransactionType.Required, em -> {
            if (em.find(RelayEntity.class, row.accountId) == null) {
                em.persist(row);
            }
        });
        log(moderator, ModerationService.RELAY_GRANT, account);
        return granted;
    }

    Account revoke(Caller moderator, String accountId) {
        Account account = checked(moderator, accountId);
        if (!account.has(Role.RELAY)) {
            return account;
        }
        Account revoked = identity.get().revoke(account.email(), Role.RELAY);
        jpa.get().tx(TransactionType.Required, em -> em.createQuery("DELETE FROM RelayEntity r WHERE r.accountId = :id")
                .setParameter("id", account.id()).executeUpdate());
        log(moderator, ModerationService.RELAY_REVOKE, account);
        return revoked;
    }

    List<Relay> relays(Caller moderator) {
        Moderators who = moderators.get();
        if (!who.moderatesAnything(moderator)) {
            throw new ForbiddenException("Only moderators manage relays.");
        }
        List<RelayEntity> rows = jpa.get().txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT r FROM RelayEntity r ORDER BY r.since", RelayEntity.class).getResultList());
        List<RelayEntity> mine = rows.stream()
                .filter(r -> who.moderatesAt(moderator, identity.get().home(r.accountId)))
                .collect(Collectors.toList());
        Map<String, String> names = identity.get().displayNames(
                mine.stream().map(r -> r.accountId).collect(Collectors.toList()));
        return mine.stream().map(r -> new Relay(r.accountId, names.get(r.accountId), r.since))
                .sorted(Comparator.comparing((Relay r) -> String.valueOf(r.displayName()))
                        .thenComparing(Relay::accountId))
                .collect(Collectors.toList());
    }

    /** Moderates nothing: 403 before any look-up; then unknown: 404; then elsewhere: 403. */
    private Account checked(Caller moderator, String accountId) {
        if (!moderators.get().moderatesAnything(moderator)) {
            throw new ForbiddenException("Only moderators grant or take back the role RELAY.");
        }
        if (accountId == null || accountId.isBlank() || accountId.length() > 36) {
            throw new NotFoundException("No such account.");
        }
        Account account = identity.get().account(accountId);
        moderation.get().checkModerates(moderator, identity.get().home(account.id()));
        return account;
    }

    private void log(Caller moderator, String action, Account account) {
        moderation.get().record(moderator, action, "ACCOUNT", account.id(), identity.get().home(account.id()),
                account.displayName(), null, null);
    }
}
