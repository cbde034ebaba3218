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
package org.entraide.posts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.paging.Cursors;
import org.entraide.services.post.Alert;
import org.entraide.services.post.Category;
import org.entraide.services.post.NewAlert;
import org.entraide.services.post.PostAlerts;
import org.entraide.services.post.PostKind;
import org.entraide.services.territory.TerritoryService;

/**
 * A resident's alerts near home: checked fields, the radius bounded as the feed's is (by the territory at the
 * home, {@link TerritoryService#area}), at most {@value PostAlerts#MAX_ALERTS_PER_ACCOUNT} per account, and the
 * cells covering each alert's circle kept in step with the owner's home.
 *
 * <p>The covering is the one the feed would read for the same circle ({@code GeoRadiusService.covering}): at
 * most about 14 cells of the level whose cells are about the size of the radius. A post lies in one cell of
 * each level, so {@link AlertMatcher} finds every alert whose circle may hold it by looking up the post's four
 * cell keys.
 */
final class Alerts {

    private final PostsContext posts;
    private final TerritoryService territories;
    private final List<Category> categories;

    Alerts(PostsContext posts, TerritoryService territories, List<Category> categories) {
        this.posts = posts;
        this.territories = territories;
        this.categories = categories;
    }

    Alert create(Caller owner, NewAlert alert) {
        List<FieldError> errors = new ArrayList<>();
        PostKind kind = alert.kind() == null ? null : PostFields.kind(alert.kind(), errors);
        String chosen = categories(alert.categories(), errors);
        PostsContext.reject(errors);
        String ownerId = owner.accountId();
        GeoPoint home = posts.identity.home(ownerId);
        Double preferred = alert.radiusKm() != null ? null : posts.identity.account(ownerId).radiusKm();
        double radiusKm = territories.area(home, alert.radiusKm(), preferred).radiusKm();
        AlertEntity entity = new AlertEntity();
        entity.id = UUID.randomUUID().toString();
        entity.ownerId = ownerId;
        entity.kind = kind;
        entity.categories = chosen;
        entity.radiusKm = radiusKm;
        entity.homeCell = homeCell(home);
        entity.createdAt = Cursors.truncate(posts.clock().instant());
        List<Long> cells = posts.geo.covering(home, radiusKm).keys();
        boolean created = posts.jpa.txExpr(TransactionType.Required, em -> {
            long count = em.createQuery("SELECT COUNT(a) FROM AlertEntity a WHERE a.ownerId = :owner", Long.class)
                    .setParameter("owner", ownerId).getSingleResult();
            if (count >= PostAlerts.MAX_ALERTS_PER_ACCOUNT) {
                return false;
            }
            em.persist(entity);
            // The cells refer to the alert, and no mapped relation tells EclipseLink to insert it first.
            em.flush();
            cells.forEach(cell -> em.persist(new AlertCellEntity(cell, entity.id)));
            return true;
        });
        if (!created) {
            throw new ConflictException("An account has at most " + PostAlerts.MAX_ALERTS_PER_ACCOUNT
                    + " alerts: delete one before adding another.");
        }
        return view(entity);
    }

    List<Alert> alerts(Caller owner) {
        String ownerId = owner.accountId();
        List<AlertEntity> found = posts.jpa.txExpr(TransactionType.Required, em -> of(em, ownerId));
        long homeCell = homeCell(posts.identity.home(ownerId));
        if (found.stream().anyMatch(a -> a.homeCell != homeCell)) {
            homeChanged(ownerId);
        }
        return found.stream().map(this::view).collect(Collectors.toList());
    }

    void delete(Caller owner, String alertId) {
        boolean deleted = alertId != null && alertId.length() <= 36
                && posts.jpa.txExpr(TransactionType.Required, em -> {
                    AlertEntity alert = em.find(AlertEntity.class, alertId);
                    if (alert == null || !alert.ownerId.equals(owner.accountId())) {
                        return false;
                    }
                    em.createQuery("DELETE FROM AlertCellEntity c WHERE c.alertId = :id").setParameter("id", alertId)
                            .executeUpdate();
                    em.remove(alert);
                    return true;
                });
        if (!deleted) {
            throw new NotFoundException("No such alert.");
        }
    }

    /** Computes again the cells of every alert of an account from its current home. */
    void homeChanged(String accountId) {
        GeoPoint home;
        try {
            home = posts.identity.home(accountId);
        } catch (NotFoundException erased) {
            return;
        }
        long homeCell = homeCell(home);
        posts.jpa.tx(TransactionType.Required, em -> {
            for (AlertEntity alert : of(em, accountId)) {
                em.createQuery("DELETE FROM AlertCellEntity c WHERE c.alertId = :id").setParameter("id", alert.id)
                        .executeUpdate();
                posts.geo.covering(home, alert.radiusKm).keys()
                        .forEach(cell -> em.persist(new AlertCellEntity(cell, alert.id)));
                alert.homeCell = homeCell;
            }
        });
    }

    /** The finest cell of a home: when it is no longer the one an alert's cells came from, the home moved. */
    long homeCell(GeoPoint home) {
        return posts.geo.cellKey(home, posts.geo.cellLevelCount() - 1);
    }

    Alert view(AlertEntity alert) {
        return new Alert(alert.id, alert.kind, split(alert.categories), alert.radiusKm, alert.createdAt);
    }

    static List<AlertEntity> of(EntityManager em, String ownerId) {
        return em.createQuery("SELECT a FROM AlertEntity a WHERE a.ownerId = :owner ORDER BY a.createdAt, a.id",
                AlertEntity.class).setParameter("owner", ownerId).getResultList();
    }

    /** The stored category keys as a list; empty for every category. */
    static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(" "));
    }

    /**
     * The categories asked for, as stored: known keys, without repeats, in the configured order, separated by
     * spaces; {@code null} for every category (none given, or an empty list).
     */
    String categories(List<String> asked, List<FieldError> errors) {
        if (asked == null || asked.isEmpty()) {
            return null;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            String key = asked.get(i);
            if (key == null || categories.stream().noneMatch(c -> c.key().equals(key))) {
                errors.add(FieldError.of("categories[" + i + "]", "not_a_category",
                        "n'est pas une catégorie : doit être l'une des clés de catégorie configurées",
                        "is not a category: must be one of the configured category keys"));
            } else {
                wanted.add(key);
            }
        }
        return categories.stream().map(Category::key).filter(wanted::contains).collect(Collectors.joining(" "));
    }
}
