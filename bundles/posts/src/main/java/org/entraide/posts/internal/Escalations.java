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

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.actor.Actor;
import org.entraide.services.actor.ActorService;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.Caller;
import org.entraide.services.paging.Cursors;
import org.entraide.services.paging.Page;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.post.EscalationStep;
import org.entraide.services.post.Post;
import org.entraide.services.post.PostKind;
import org.entraide.services.post.PostStatus;
import org.entraide.services.territory.Escalation;
import org.entraide.services.territory.Scope;
import org.entraide.services.territory.Territory;
import org.entraide.services.territory.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The escalation ladder of the requests nobody answers. An open request with no response is shown, once its
 * territory's first delay has passed, to the managers of the nearest actors that help with its category within
 * the territory's default radius of its public position (verified actors first); once the second has passed, to
 * the territory's moderators. Each step is a row keyed by post and level, so it is taken once, whatever the
 * restarts and nodes; its recipients and the request's author are told.
 */
final class Escalations {

    /** Logged under the service's name, as the other jobs of the service are. */
    private static final Logger LOG = LoggerFactory.getLogger(PostServiceImpl.class);
    /** Sent to the managers of the actors and to the moderators a request is shown to. */
    static final String ESCALATED = "request.escalated";
    /** Sent to the request's author when it is shown to others. */
    static final String FORWARDED = "request.forwarded";
    /** The cursor kind of the requests escalated to an actor. */
    private static final String CURSOR_KIND = "er1";

    private final PostsContext posts;
    private final TerritoryService territories;
    private final Supplier<ActorService> actors;

    Escalations(PostsContext posts, TerritoryService territories, Supplier<ActorService> actors) {
        this.posts = posts;
        this.territories = territories;
        this.actors = actors;
    }

    /** Takes the steps due at {@code now}; returns how many were taken. */
    int escalateDue(Instant now) {
        int soonest = territories.territories().stream().mapToInt(t -> t.escalation().actorsAfterHours())
                .min().orElse(Escalation.DEFAULTS.actorsAfterHours());
        soonest = Math.min(soonest, Escalation.DEFAULTS.actorsAfterHours());
        Instant cutoff = now.minus(Duration.ofHours(soonest));
        List<PostEntity> due = posts.jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT p FROM PostEntity p WHERE p.kind = :kind AND p.status = :open AND p.responsesCount = 0"
                        + " AND p.createdAt <= :cutoff AND (p.expiresAt IS NULL OR p.expiresAt > :now)"
                        + " AND NOT EXISTS (SELECT e FROM EscalationEntity e WHERE e.postId = p.id"
                        + " AND e.level = :last) ORDER BY p.createdAt", PostEntity.class)
                .setParameter("kind", PostKind.REQUEST).setParameter("open", PostStatus.OPEN)
                .setParameter("cutoff", cutoff).setParameter("now", now)
                .setParameter("last", EscalationStep.MODERATORS).getResultList());
        int taken = 0;
        for (PostEntity post : due) {
            try {
                taken += escalate(post, now);
            } catch (RuntimeException e) {
                LOG.warn("Escalating request {} failed; the job tries again on its next run", post.id, e);
            }
        }
        if (taken > 0) {
            LOG.info("{} escalation steps taken", taken);
        }
        return taken;
    }

    private int escalate(PostEntity post, Instant now) {
        GeoPoint position = GeoPoint.of(post.pubLat, post.pubLon);
        Scope scope;
        try {
            scope = territories.scopeAt(position);
        } catch (ValidationException outside) {
            return 0;
        }
        Territory territory = scope.territory();
        Escalation ladder = territory == null ? Escalation.DEFAULTS : territory.escalation();
        Set<String> done = new LinkedHashSet<>(levels(post.id));
        Duration age = Duration.between(post.createdAt, now);
        int taken = 0;
        if (!done.contains(EscalationStep.ACTORS) && age.compareTo(Duration.ofHours(ladder.actorsAfterHours())) >= 0) {
            taken += toActors(post, position, scope.defaultRadiusKm(), ladder.maxActors(), now);
        }
        if (!done.contains(EscalationStep.MODERATORS)
                && age.compareTo(Duration.ofHours(ladder.moderatorsAfterHours())) >= 0) {
            taken += toModerators(post, territory, now);
        }
        return taken;
    }

    private int toActors(PostEntity post, GeoPoint position, double radiusKm, int max, Instant now) {
        ActorService bound = actors.get();
        if (bound == null) {
            return 0;
        }
        List<Actor> helpers = bound.helpers(position, radiusKm, post.category, max);
        if (!record(post, EscalationStep.ACTORS, helpers.stream().map(Actor::id).collect(Collectors.toList()),
                helpers.size(), now)) {
            return 0;
        }
        Set<String> managers = new LinkedHashSet<>();
        helpers.forEach(actor -> managers.addAll(actor.managerIds()));
        tell(post, managers, EscalationStep.ACTORS, helpers.size());
        return 1;
    }

    private int toModerators(PostEntity post, Territory territory, Instant now) {
        List<String> moderators = new ArrayList<>();
        if (territory != null) {
            for (String email : territory.moderators()) {
                posts.identity.accountByEmail(email).map(Account::id).ifPresent(moderators::add);
            }
        }
        if (!record(post, EscalationStep.MODERATORS, List.of(), moderators.size(), now)) {
            return 0;
        }
        tell(post, moderators, EscalationStep.MODERATORS, moderators.size());
        return 1;
    }

    private void tell(PostEntity post, Set<String> recipients, String level, int count) {
        tell(post, new ArrayList<>(recipients), level, count);
    }

    private void tell(PostEntity post, List<String> recipients, String level, int count) {
        Map<String, String> data = Map.of("title", post.title, "category", post.category, "level", level,
                "count", Integer.toString(count));
        for (String recipient : recipients) {
            if (!recipient.equals(post.authorId)) {
                posts.publish(new NewNotification(recipient, ESCALATED, "POST", post.id, data));
            }
        }
        if (count > 0 && EscalationStep.ACTORS.equals(level)) {
            posts.publish(new NewNotification(post.authorId, FORWARDED, "POST", post.id, data));
        }
    }

    /**
     * Records a step, unless the request was answered, closed or escalated to that level meanwhile (by another
     * node, say): then nothing is recorded and the answer is false.
     */
    private boolean record(PostEntity post, String level, List<String> actorIds, int count, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        try {
            boolean recorded = posts.jpa.txExpr(TransactionType.Required, em -> {
                PostEntity current = em.find(PostEntity.class, post.id);
                if (current == null || current.status != PostStatus.OPEN || current.responsesCount > 0
                        || em.find(EscalationEntity.class, key(post.id, level)) != null) {
                    return false;
                }
                EscalationEntity step = new EscalationEntity();
                step.postId = post.id;
                step.level = level;
                step.at = at;
                step.recipients = count;
                em.persist(step);
                for (String actorId : actorIds) {
                    EscalatedActorEntity shown = new EscalatedActorEntity();
                    shown.postId = post.id;
                    shown.actorId = actorId;
                    shown.at = at;
                    em.persist(shown);
                }
                return true;
            });
            if (recorded) {
                PostsContext.changed(post);
            }
            return recorded;
        } catch (RuntimeException e) {
            if (levels(post.id).contains(level)) {
                return false;
            }
            throw e;
        }
    }

    /** The requests escalated to an actor that the viewer may see, newest escalation first. */
    Page<Post> escalatedTo(Caller viewer, String actorId, String cursor, int limit) {
        Cursors.Position after = cursor == null ? null : Cursors.decode(CURSOR_KIND, cursor);
        List<EscalatedActorEntity> rows = posts.jpa.txExpr(TransactionType.Required, em -> {
            var query = em.createQuery("SELECT e FROM EscalatedActorEntity e WHERE e.actorId = :actor"
                    + (after == null ? "" : " AND (e.at < :time OR (e.at = :time AND e.postId < :id))")
                    + " ORDER BY e.at DESC, e.postId DESC", EscalatedActorEntity.class)
                    .setParameter("actor", actorId).setMaxResults(limit + 1);
            if (after != null) {
                query.setParameter("time", after.time()).setParameter("id", after.id());
            }
            return query.getResultList();
        });
        boolean more = rows.size() > limit;
        List<EscalatedActorEntity> page = more ? rows.subList(0, limit) : rows;
        Map<String, PostEntity> found = posts.jpa.txExpr(TransactionType.Required, em -> PostsData.byIds(em,
                page.stream().map(e -> e.postId).collect(Collectors.toList())));
        List<PostEntity> shown = page.stream().map(e -> found.get(e.postId))
                .filter(p -> p != null
                        && (p.status != PostStatus.HIDDEN || PostsContext.mayAlwaysSee(posts.moderators, viewer, p)))
                .collect(Collectors.toList());
        Map<String, String> names = posts.names(shown.stream().map(p -> p.authorId).collect(Collectors.toSet()));
        EscalatedActorEntity last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(shown.stream().map(p -> posts.view(p, names, null)).collect(Collectors.toList()),
                more ? Cursors.encode(CURSOR_KIND, last.at, last.postId) : null);
    }

    private static EscalationEntity.Key key(String postId, String level) {
        EscalationEntity.Key key = new EscalationEntity.Key();
        key.postId = postId;
        key.level = level;
        return key;
    }

    private List<String> levels(String postId) {
        return posts.jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT e.level FROM EscalationEntity e WHERE e.postId = :post", String.class)
                .setParameter("post", postId).getResultList());
    }
}
