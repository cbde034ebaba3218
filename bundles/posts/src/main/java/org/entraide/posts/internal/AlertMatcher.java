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

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.post.PostAlerts;
import org.entraide.services.post.PostStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the owners of the alerts a new post matches. It runs after the post is committed, on a thread of its
 * own, so that the author never waits for it and a failure never fails the post: it is logged and the post
 * alerts nobody.
 *
 * <p>Cost: the post's four cell keys (one per level) are looked up in the primary key of
 * {@code post_alert_cell}, which returns the alerts whose covering holds the post's cell at the alert's own
 * level, i.e. the alerts whose circle may hold the post: about 1.1 to 2.5 times as many as truly match (the
 * ratio of a covering to its circle, see {@code docs/geo.md}), however many alerts there are elsewhere. Those
 * are filtered by kind, category and author in memory, then by the exact geodesic distance from each owner's
 * current home to the post's public position. One identity lookup is made per remaining owner, and one query
 * leaves out the owners the author's posts are hidden from (blocks and mutes, as in the feed).
 *
 * <p>Staleness: the cells were computed from the home the owner had when the alert was written or when
 * {@link Alerts#homeChanged} was last called. The distance is always measured from the current home, so a home
 * that moved never alerts for the old place; an alert found whose owner's home left its cell has its cells
 * computed again.
 */
final class AlertMatcher {

    private static final Logger LOG = LoggerFactory.getLogger(AlertMatcher.class);

    private final PostsContext posts;
    private final Alerts alerts;
    private ExecutorService worker;

    AlertMatcher(PostsContext posts, Alerts alerts) {
        this.posts = posts;
        this.alerts = alerts;
    }

    void start() {
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "entraide-posts-alerts");
            thread.setDaemon(true);
            return thread;
        });
    }

    void stop() {
        worker.shutdownNow();
    }

    /** Matches a post just committed, later, on the matcher's thread. */
    void afterCreate(String postId) {
        try {
            worker.execute(() -> {
                try {
                    match(postId);
                } catch (RuntimeException e) {
                    LOG.warn("Alerts could not be matched against post {}", postId, e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            LOG.warn("Alerts not matched against post {}: the posts service is stopping", postId);
        }
    }

    /**
     * Notifies the owners of the alerts a post matches.
     *
     * @return how many residents were notified
     */
    int match(String postId) {
        PostEntity post = posts.jpa.txExpr(TransactionType.Required, em -> em.find(PostEntity.class, postId));
        Instant now = posts.clock().instant();
        if (post == null || post.status != PostStatus.OPEN || !post.expiresAt.isAfter(now) || !activeAuthor(post)) {
            return 0;
        }
        List<Long> cells = List.of(post.cell0, post.cell1, post.cell2, post.cell3);
        List<AlertEntity> candidates = posts.jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT a FROM AlertEntity a, AlertCellEntity c WHERE c.alertId = a.id AND c.cellKey IN :cells",
                AlertEntity.class).setParameter("cells", cells).getResultList());
        Map<String, GeoPoint> homes = new LinkedHashMap<>();
        Set<String> moved = new LinkedHashSet<>();
        Set<String> owners = recipients(post, candidates, owner -> homes.computeIfAbsent(owner, this::homeOrNull),
                (alert, home) -> posts.geo.isWithin(GeoPoint.of(post.pubLat, post.pubLon), home, alert.radiusKm));
        if (!owners.isEmpty()) {
            // Those who mute or block the author, or whom the author blocks, do not see the post in their feed either.
            owners.removeAll(posts.relations.hiddenFrom(post.authorId));
        }
        for (AlertEntity alert : candidates) {
            GeoPoint home = homes.get(alert.ownerId);
            if (home != null && alerts.homeCell(home) != alert.homeCell) {
                moved.add(alert.ownerId);
            }
        }
        Map<String, String> data = Map.of("title", post.title, "category", post.category, "kind", post.kind.name());
        owners.forEach(owner -> posts.publish(new NewNotification(owner, PostAlerts.NOTIFICATION_KIND, "POST",
                post.id, data)));
        moved.forEach(alerts::homeChanged);
        if (!owners.isEmpty()) {
            LOG.debug("Post {} matched the alerts of {} residents", post.id, owners.size());
        }
        return owners.size();
    }

    /**
     * The rules of a match, on the alerts found by their cells: the alert is about the post's kind (or any) and
     * its category (or any), it is not the author's own, and the post's public position lies within its radius
     * of its owner's current home. Each owner is told once, whatever number of their alerts match.
     *
     * @param post the new post
     * @param candidates the alerts whose cells hold the post's cell
     * @param homes the current home of an owner, or {@code null} when the account is gone
     * @param within whether the post lies within the alert's radius of a home
     * @return the owners to notify, in the order of the candidates
     */
    static Set<String> recipients(PostEntity post, List<AlertEntity> candidates, Function<String, GeoPoint> homes,
            Within within) {
        return candidates.stream().filter(alert -> wants(alert, post)).filter(alert -> {
            GeoPoint home = homes.apply(alert.ownerId);
            return home != null && within.test(alert, home);
        }).map(alert -> alert.ownerId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether an alert is about a post, distance aside: not the author's own, of its kind and of its category. */
    static boolean wants(AlertEntity alert, PostEntity post) {
        return !alert.ownerId.equals(post.authorId) && (alert.kind == null || alert.kind == post.kind)
                && (alert.categories == null || Alerts.split(alert.categories).contains(post.category));
    }

    private GeoPoint homeOrNull(String accountId) {
        try {
            return posts.identity.home(accountId);
        } catch (NotFoundException erased) {
            return null;
        }
    }

    private boolean activeAuthor(PostEntity post) {
        try {
            return posts.identity.account(post.authorId).status() == AccountStatus.ACTIVE;
        } catch (NotFoundException erased) {
            return false;
        }
    }

    /** Whether a post lies within an alert's radius of its owner's home. */
    @FunctionalInterface
    interface Within {
        boolean test(AlertEntity alert, GeoPoint home);
    }
}
