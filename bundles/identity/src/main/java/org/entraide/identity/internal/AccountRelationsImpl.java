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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.services.identity.AccountRelations;
import org.entraide.services.identity.PersonalDataContributor;
import org.entraide.services.identity.Relation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Blocks and mutes on the {@code entraide-identity} persistence unit, table {@code account_relation} (one row per
 * block or mute, keyed by who, which kind, whom). It is also the personal-data contributor of section
 * {@code relations}: an account's export lists whom it blocks and mutes (never who blocks it, which is the other
 * account's data and would tell it was blocked), and erasing an account deletes every row it is on, either side.
 *
 * <p>Design: one table rather than two, since the feed's question (whom must this viewer not see) spans both kinds
 * and is then one statement, a {@code UNION} of two index ranges (the primary key from the viewer, and
 * {@code ix_account_relation_other} to the viewer). Blocking and muting are independent: blocking someone one mutes
 * keeps the mute, so that unblocking leaves them muted as before.
 */
@Component(service = {AccountRelations.class, PersonalDataContributor.class})
public class AccountRelationsImpl implements AccountRelations, PersonalDataContributor {

    private static final String HIDDEN_AUTHORS = "SELECT other_id FROM account_relation WHERE account_id = ?"
            + " UNION SELECT account_id FROM account_relation WHERE other_id = ? AND kind = 'BLOCK'";
    private static final String HIDDEN_FROM = "SELECT account_id FROM account_relation WHERE other_id = ?"
            + " UNION SELECT other_id FROM account_relation WHERE account_id = ? AND kind = 'BLOCK'";

    @Reference(target = "(osgi.unit.name=entraide-identity)")
    private JpaTemplate jpa;

    private volatile Clock clock = Clock.systemUTC();

    /** For DS. */
    public AccountRelationsImpl() {
    }

    /** For tests, on their own persistence unit and clock. */
    AccountRelationsImpl(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Override
    public Added block(String accountId, String otherId) {
        return add(RelationEntity.BLOCK, accountId, otherId);
    }

    @Override
    public void unblock(String accountId, String otherId) {
        remove(RelationEntity.BLOCK, accountId, otherId);
    }

    @Override
    public List<Relation> blocked(String accountId) {
        return list(RelationEntity.BLOCK, accountId);
    }

    @Override
    public Added mute(String accountId, String otherId) {
        return add(RelationEntity.MUTE, accountId, otherId);
    }

    @Override
    public void unmute(String accountId, String otherId) {
        remove(RelationEntity.MUTE, accountId, otherId);
    }

    @Override
    public List<Relation> muted(String accountId) {
        return list(RelationEntity.MUTE, accountId);
    }

    @Override
    public boolean blocks(String accountId, String otherId) {
        return exists(RelationEntity.BLOCK, accountId, otherId);
    }

    @Override
    public boolean mutes(String accountId, String otherId) {
        return exists(RelationEntity.MUTE, accountId, otherId);
    }

    @Override
    public Set<String> hiddenAuthors(String viewerId) {
        return ends(HIDDEN_AUTHORS, viewerId);
    }

    @Override
    public Set<String> hiddenFrom(String authorId) {
        return ends(HIDDEN_FROM, authorId);
    }

    @Override
    public String section() {
        return "relations";
    }

    /** {@code {"blocks":[{"accountId","displayName","createdAt"}],"mutes":[...]}}, the most recent first. */
    @Override
    public Object export(String accountId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("blocks", exported(blocked(accountId)));
        export.put("mutes", exported(muted(accountId)));
        return export;
    }

    /** Every row the account is on, whichever side: its own blocks and mutes, and others' of it. */
    @Override
    public void erase(String accountId) {
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("DELETE FROM RelationEntity r WHERE r.accountId = :account")
                    .setParameter("account", accountId).executeUpdate();
            em.createQuery("DELETE FROM RelationEntity r WHERE r.otherId = :account")
                    .setParameter("account", accountId).executeUpdate();
        });
    }

    private Added add(String kind, String accountId, String otherId) {
        if (otherId == null || otherId.isBlank()) {
            throw new ValidationException(
                    FieldError.of("accountId", "required", "est obligatoire", "is required"));
        }
        if (otherId.equals(accountId)) {
            throw new ValidationException(FieldError.of("accountId", "own_account",
                    "ne peut pas être votre propre compte",
                    "cannot be your own account"));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                String name = displayName(em, otherId);
                RelationEntity kept = em.find(RelationEntity.class, new RelationKey(accountId, kind, otherId));
                if (kept != null) {
                    return new Added(new Relation(otherId, name, kept.createdAt()), false);
                }
                em.persist(new RelationEntity(accountId, kind, otherId, now));
                return new Added(new Relation(otherId, name, now), true);
            });
        } catch (PersistenceException concurrent) {
            // The same call, at the same time, inserted the row first: the primary key refused this one.
            return jpa.txExpr(TransactionType.Required, em -> {
                RelationEntity kept = em.find(RelationEntity.class, new RelationKey(accountId, kind, otherId));
                if (kept == null) {
                    throw concurrent;
                }
                return new Added(new Relation(otherId, displayName(em, otherId), kept.createdAt()), false);
            });
        }
    }

    private void remove(String kind, String accountId, String otherId) {
        jpa.tx(TransactionType.Required, em -> em.createQuery("DELETE FROM RelationEntity r WHERE"
                + " r.accountId = :account AND r.kind = :kind AND r.otherId = :other")
                .setParameter("account", accountId).setParameter("kind", kind).setParameter("other", otherId)
                .executeUpdate());
    }

    private List<Relation> list(String kind, String accountId) {
        List<Object[]> rows = jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT r, a.displayName"
                + " FROM RelationEntity r, AccountEntity a WHERE r.accountId = :account AND r.kind = :kind"
                + " AND a.id = r.otherId ORDER BY r.createdAt DESC, r.otherId", Object[].class)
                .setParameter("account", accountId).setParameter("kind", kind).getResultList());
        return rows.stream().map(row -> {
            RelationEntity relation = (RelationEntity) row[0];
            return new Relation(relation.otherId(), (String) row[1], relation.createdAt());
        }).collect(Collectors.toList());
    }

    private boolean exists(String kind, String accountId, String otherId) {
        if (accountId == null || otherId == null) {
            return false;
        }
        return jpa.txExpr(TransactionType.Required,
                em -> em.find(RelationEntity.class, new RelationKey(accountId, kind, otherId)) != null);
    }

    /** The accounts at the other end of a {@code UNION} of two index ranges about one account. */
    private Set<String> ends(String sql, String accountId) {
        if (accountId == null) {
            return Set.of();
        }
        List<?> rows = jpa.txExpr(TransactionType.Required, em -> em.createNativeQuery(sql)
                .setParameter(1, accountId).setParameter(2, accountId).getResultList());
        return rows.stream().map(String.class::cast).collect(Collectors.toUnmodifiableSet());
    }

    private static String displayName(EntityManager em, String accountId) {
        AccountEntity account = accountId.length() > 36 ? null : em.find(AccountEntity.class, accountId);
        if (account == null) {
            throw new NotFoundException("No such account.");
        }
        return account.displayName();
    }

    private static List<Map<String, String>> exported(List<Relation> relations) {
        return relations.stream().map(r -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("accountId", r.accountId());
            row.put("displayName", r.displayName());
            row.put("createdAt", r.createdAt().toString());
            return row;
        }).collect(Collectors.toList());
    }
}
