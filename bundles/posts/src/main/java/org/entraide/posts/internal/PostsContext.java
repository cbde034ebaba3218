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

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.services.identity.AccountRelations;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.notification.NotificationService;
import org.entraide.services.post.EscalationStep;
import org.entraide.services.post.OnBehalfOf;
import org.entraide.services.post.Post;
import org.entraide.services.post.PostKind;
import org.entraide.services.post.PostStatus;
import org.entraide.services.relay.RelayService;
import org.entraide.support.moderation.Moderators;

/**
 * What the parts of the post service share: the persistence unit, the clock, which posts a caller may see, how a
 * post is shown (with its author's name and its distance), and telling residents about it. The clock and the
 * notification service are asked for on each use, since the component may replace them while it runs.
 */
final class PostsContext {

    final JpaTemplate jpa;
    final GeoRadiusService geo;
    final IdentityService identity;
    final AccountRelations relations;
    final Moderators moderators;
    private final Supplier<Clock> clock;
    private final Supplier<NotificationService> notifications;
    private final DisplayNames displayNames = new DisplayNames();
    /** The relays service when installed (optional): a relay's post for a beneficiary needs it. */
    Supplier<RelayService> relays = () -> null;
    /** How fast each account may write; set once by the component, before any part is used. */
    AbuseLimits limits;

    PostsContext(JpaTemplate jpa, GeoRadiusService geo, IdentityService identity, AccountRelations relations,
            Moderators moderators, Supplier<Clock> clock, Supplier<NotificationService> notifications) {
        this.jpa = jpa;
        this.geo = geo;
        this.identity = identity;
        this.relations = relations;
        this.moderators = moderators;
        this.clock = clock;
        this.notifications = notifications;
    }

    Clock clock() {
        return clock.get();
    }

    /** The post, unless there is none or it is hidden from this viewer: then {@code NotFoundException}. */
    PostEntity visible(Caller viewer, String postId) {
        PostEntity post = postId == null || postId.length() > 36 ? null
                : jpa.txExpr(TransactionType.Required, em -> em.find(PostEntity.class, postId));
        if (post == null || (post.status == PostStatus.HIDDEN && !mayAlwaysSee(moderators, viewer, post))) {
            throw new NotFoundException("No such post.");
        }
        return post;
    }

    /** Whether this viewer sees the post even hidden: its author and the moderators of its public position. */
    static boolean mayAlwaysSee(Moderators moderators, Caller viewer, PostEntity post) {
        return viewer != null && (viewer.accountId().equals(post.authorId)
                || moderators.moderatesAt(viewer, GeoPoint.of(post.pubLat, post.pubLon)));
    }

    Post view(PostEntity post, Map<String, String> names, GeoPoint from) {
        return view(post, names, from, null);
    }

    /**
     * A post as this viewer sees it: the id of the registered beneficiary it is for goes to its author alone.
     *
     * @param viewer who reads, or {@code null} for anyone
     */
    Post view(PostEntity post, Map<String, String> names, GeoPoint from, Caller viewer) {
        GeoPoint position = GeoPoint.of(post.pubLat, post.pubLon);
        Double distance = from == null ? null : geo.displayDistanceKm(geo.distanceMetres(from, position));
        boolean author = viewer != null && viewer.accountId().equals(post.authorId);
        OnBehalfOf onBehalfOf = post.beneficiary == null ? null
                : new OnBehalfOf(post.beneficiary, post.authorId, post.consentRecordedAt,
                        author ? post.beneficiaryId : null);
        return new Post(post.id, post.kind, post.category, post.title, post.body, post.availability, post.status,
                post.authorId, names.get(post.authorId), position, distance, post.createdAt, post.updatedAt,
                post.expiresAt, onBehalfOf, post.followersCount, post.responsesCount, escalations(post));
    }

    /** The escalation steps of a request, oldest first; an offer has none. */
    private List<EscalationStep> escalations(PostEntity post) {
        if (post.kind != PostKind.REQUEST) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT e FROM EscalationEntity e WHERE e.postId = :post ORDER BY e.at, e.level",
                EscalationEntity.class).setParameter("post", post.id).getResultList()).stream()
                .map(e -> new EscalationStep(e.at, e.level, e.recipients)).collect(Collectors.toList());
    }

    /** A post as its author or a moderator gets it back after a write: without a distance. */
    Post view(PostEntity post) {
        return view(post, names(List.of(post.authorId)), null);
    }

    /** A post as this viewer gets it back after a write: without a distance. */
    Post view(PostEntity post, Caller viewer) {
        return view(post, names(List.of(post.authorId)), null, viewer);
    }

    Map<String, String> names(Collection<String> accountIds) {
        return displayNames.of(accountIds, identity::displayNames);
    }

    void tellFollowers(PostEntity post, String kind, Map<String, String> data) {
        List<String> followers = jpa.txExpr(TransactionType.Required, em -> PostsData.followersOf(em, post.id));
        for (String follower : followers) {
            publish(new NewNotification(follower, kind, "POST", post.id, data));
        }
    }

    void publish(NewNotification notification) {
        NotificationService.publishQuietly(notifications.get(), notification);
    }

    /** After a committed write to a post: the feed answers of its cells are no longer served again. */
    static void changed(PostEntity post) {
        FeedChanges.changed(post.cell0, post.cell1, post.cell2, post.cell3);
    }

    /**
     * Refuses what {@code accountId} would do to reach {@code otherId} while either blocks the other
     * ({@code ForbiddenException}): the one who blocks is told so, since they can undo it; the one blocked only that
     * it is not possible ({@code refusal}), never why, so that a block is not announced.
     */
    void refuseIfBlocked(String accountId, String otherId, String refusal) {
        if (otherId == null || accountId.equals(otherId)) {
            return;
        }
        if (relations.blocks(accountId, otherId)) {
            throw new ForbiddenException("You blocked this person: unblock them first.");
        }
        if (relations.blocks(otherId, accountId)) {
            throw new ForbiddenException(refusal);
        }
    }

    static PostEntity found(PostEntity post) {
        if (post == null) {
            throw new NotFoundException("No such post.");
        }
        return post;
    }

    static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
