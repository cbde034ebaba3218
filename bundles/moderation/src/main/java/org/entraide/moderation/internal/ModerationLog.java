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
package org.entraide.moderation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.moderation.ModerationEntry;
import org.entraide.services.moderation.ModerationTarget;
import org.entraide.services.paging.Cursors;
import org.entraide.services.paging.Page;

/**
 * The moderation log in {@code moderation_log}: one row per action, written once it is done, read newest first.
 * A row keeps the territory where its target lay then, so that a territory's moderators read the rows of their
 * territories even once the target is gone or has moved; the moderator's display name is read when listed (an
 * erased moderator's rows keep no link to them).
 */
final class ModerationLog {

    private static final String CURSOR_KIND = "ml1";

    private final Supplier<JpaTemplate> jpa;
    private final Supplier<IdentityService> identity;

    ModerationLog(Supplier<JpaTemplate> jpa, Supplier<IdentityService> identity) {
        this.jpa = jpa;
        this.identity = identity;
    }

    /** Writes one entry. */
    ModerationEntry record(String moderatorId, String action, String targetType, String targetId, String territory,
            String summary, String reason, Instant until, Instant at) {
        ModerationLogEntity row = new ModerationLogEntity();
        row.id = UUID.randomUUID().toString();
        row.createdAt = Cursors.truncate(at);
        row.moderatorId = moderatorId;
        row.action = action;
        row.targetType = targetType;
        row.targetId = targetId;
        row.summary = ModerationTarget.summary(summary);
        row.territory = territory;
        row.reason = reason;
        row.until = until == null ? null : Cursors.truncate(until);
        jpa.get().tx(TransactionType.Required, em -> em.persist(row));
        return view(row, names(List.of(row)));
    }

    /** A page of the entries within reach, newest first. */
    Page<ModerationEntry> list(Reach reach, String cursor, int limit) {
        Cursors.Position after = Cursors.decode(CURSOR_KIND, cursor);
        Set<String> keys = reach.everywhere() ? Set.of() : reach.territoryKeys();
        List<ModerationLogEntity> rows = jpa.get().txExpr(TransactionType.Required, em -> {
            List<String> conditions = new ArrayList<>();
            if (!reach.everywhere()) {
                conditions.add("e.territory IN :keys");
            }
            if (after != null) {
                conditions.add("(e.createdAt < :time OR (e.createdAt = :time AND e.id < :id))");
            }
            var query = em.createQuery("SELECT e FROM ModerationLogEntity e"
                    + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                    + " ORDER BY e.createdAt DESC, e.id DESC", ModerationLogEntity.class).setMaxResults(limit + 1);
            if (!reach.everywhere()) {
                query.setParameter("keys", keys);
            }
            if (after != null) {
                query.setParameter("time", after.time()).setParameter("id", after.id());
            }
            return query.getResultList();
        });
        boolean more = rows.size() > limit;
        List<ModerationLogEntity> page = more ? rows.subList(0, limit) : rows;
        Map<String, String> names = names(page);
        ModerationLogEntity last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(page.stream().map(row -> view(row, names)).collect(Collectors.toList()),
                more ? Cursors.encode(CURSOR_KIND, last.createdAt, last.id) : null);
    }

    /** The entries an account made as a moderator, and those about it as a target, oldest first. */
    List<ModerationLogEntity> of(String accountId) {
        return jpa.get().txExpr(TransactionType.Required, em -> em.createQuery("SELECT e FROM ModerationLogEntity e"
                + " WHERE e.moderatorId = :me OR (e.targetType = 'ACCOUNT' AND e.targetId = :me)"
                + " ORDER BY e.createdAt, e.id", ModerationLogEntity.class).setParameter("me", accountId)
                .getResultList());
    }

    /** Unlinks an erased account: its actions stay, without who did them; entries about it lose its name. */
    void erase(String accountId) {
        jpa.get().tx(TransactionType.Required, em -> {
            em.createQuery("UPDATE ModerationLogEntity e SET e.moderatorId = NULL WHERE e.moderatorId = :me")
                    .setParameter("me", accountId).executeUpdate();
            em.createQuery("UPDATE ModerationLogEntity e SET e.summary = NULL"
                    + " WHERE e.targetType = 'ACCOUNT' AND e.targetId = :me").setParameter("me", accountId)
                    .executeUpdate();
        });
    }

    private Map<String, String> names(List<ModerationLogEntity> rows) {
        List<String> ids = rows.stream().map(r -> r.moderatorId).filter(Objects::nonNull).distinct()
                .collect(Collectors.toList());
        return ids.isEmpty() ? Map.of() : identity.get().displayNames(ids);
    }

    private static ModerationEntry view(ModerationLogEntity row, Map<String, String> names) {
        return new ModerationEntry(row.id, row.createdAt, row.moderatorId,
                row.moderatorId == null ? null : names.get(row.moderatorId), row.action, row.targetType,
                row.targetId, row.summary, row.territory, row.reason, row.until);
    }
}
