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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.identity.PersonalDataContributor;

/**
 * A resident's personal data: the export (their account, their sessions without the tokens, then each
 * contributor's section) and the erasure (each contributor's data first, then the sessions and the account).
 */
final class PersonalData {

    private final IdentityContext identity;
    private final List<PersonalDataContributor> contributors;

    /** Over the component's contributors, as they are bound and unbound. */
    PersonalData(IdentityContext identity, List<PersonalDataContributor> contributors) {
        this.identity = identity;
        this.contributors = contributors;
    }

    Map<String, Object> export(String accountId) {
        AccountEntity account = identity.entity(accountId);
        List<SessionEntity> sessions = identity.jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT s FROM SessionEntity s WHERE s.accountId = :account ORDER BY s.createdAt", SessionEntity.class)
                .setParameter("account", accountId).getResultList());
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", identity.now().toString());
        export.put("account", account(account));
        export.put("sessions", sessions(sessions));
        for (PersonalDataContributor contributor : contributors) {
            export.put(contributor.section(), contributor.export(accountId));
        }
        return export;
    }

    void erase(String accountId) {
        identity.entity(accountId);
        // Contributors first: if one fails, the account stays and the erasure can be asked again.
        for (PersonalDataContributor contributor : contributors) {
            contributor.erase(accountId);
        }
        identity.jpa.tx(TransactionType.Required, em -> {
            em.createQuery("DELETE FROM SessionEntity s WHERE s.accountId = :account")
                    .setParameter("account", accountId).executeUpdate();
            AccountEntity account = em.find(AccountEntity.class, accountId);
            if (account != null) {
                em.remove(account);
            }
        });
        IdentityContext.LOG.info("Account {} erased", accountId);
    }

    /** The account as exported: every field but the password hash, the roles sorted by name. */
    static Map<String, Object> account(AccountEntity account) {
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
        return own;
    }

    /** The sessions as exported: when each was opened and when it expires, never its token's hash. */
    static List<Map<String, String>> sessions(List<SessionEntity> sessions) {
        return sessions.stream().map(s -> Map.of("createdAt", s.createdAt().toString(),
                "expiresAt", s.expiresAt().toString())).collect(Collectors.toList());
    }
}
