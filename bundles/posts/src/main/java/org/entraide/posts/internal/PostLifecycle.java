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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.paging.Cursors;
import org.entraide.services.post.NewPost;
import org.entraide.services.post.Post;
import org.entraide.services.post.PostChanges;
import org.entraide.services.post.PostKind;
import org.entraide.services.post.PostStatus;
import org.entraide.services.relay.Beneficiary;
import org.entraide.services.relay.RelayService;
import org.entraide.api.text.Texts;

/**
 * A post from its creation to its deletion by its author: checked fields, the public position and its cells
 * computed once, followers told when its status changes.
 */
final class PostLifecycle {

    private final PostsContext posts;
    private final PostFields fields;
    private final PostsConfig config;

    PostLifecycle(PostsContext posts, PostFields fields, PostsConfig config) {
        this.posts = posts;
        this.fields = fields;
        this.config = config;
    }

    Post create(Caller author, NewPost post) {
        Instant now = Cursors.truncate(posts.clock().instant());
        List<FieldError> errors = new ArrayList<>();
        PostKind kind = PostFields.kind(post.kind(), errors);
        String category = fields.category(post.category(), errors);
        String title = Texts.checkLine(post.title(), "title", PostRules.TITLE_MIN, PostRules.TITLE_MAX, true, errors);
        String body = Texts.check(post.body(), "body", 1, PostRules.BODY_MAX, true, errors);
        String availability = Texts.check(post.availability(), "availability", 1, PostRules.AVAILABILITY_MAX,
                false, errors);
        Beneficiary registered = beneficiary(author, post, errors);
        GeoPoint location = post.lat() == null && post.lon() == null ? defaultLocation(author, registered)
                : PostFields.location(post.lat(), post.lon(), errors);
        Instant expiresAt = post.expiresAt() == null && kind != null ? now.plus(defaultLife(kind))
                : fields.expiry(post.expiresAt(), now, errors);
        String beneficiary = registered != null ? registered.firstName()
                : PostFields.beneficiary(post.beneficiary(), post.consent(), errors);
        PostsContext.reject(errors);
        posts.limits.check(author.accountId(), AbuseLimits.Action.POST, now);
        posts.limits.checkSamePost(author.accountId(), title, body, now);
        GeoPoint publicPosition = posts.geo.publicPosition(location);
        List<Long> cells = posts.geo.cellKeys(publicPosition);
        PostEntity entity = new PostEntity();
        entity.id = UUID.randomUUID().toString();
        entity.kind = kind;
        entity.category = category;
        entity.title = title;
        entity.body = body;
        entity.availability = availability;
        entity.status = PostStatus.OPEN;
        entity.authorId = author.accountId();
        entity.locLat = location.lat();
        entity.locLon = location.lon();
        entity.pubLat = publicPosition.lat();
        entity.pubLon = publicPosition.lon();
        entity.cell0 = cells.get(0);
        entity.cell1 = cells.get(1);
        entity.cell2 = cells.get(2);
        entity.cell3 = cells.get(3);
        entity.beneficiary = beneficiary;
        entity.beneficiaryId = registered == null ? null : registered.id();
        entity.consentRecordedAt = beneficiary == null ? null
                : registered == null ? now : Cursors.truncate(registered.consent().recordedAt());
        entity.createdAt = now;
        entity.updatedAt = now;
        entity.expiresAt = Cursors.truncate(expiresAt);
        try {
            posts.jpa.tx(TransactionType.Required, em -> {
                em.persist(entity);
                em.persist(AbuseLimits.event(entity.authorId, AbuseLimits.Action.POST, now));
            });
        } finally {
            PostsContext.changed(entity);
        }
        return posts.view(entity, author);
    }

    /**
     * The registered beneficiary a relay posts for, resolved through the relays service (this bundle never reads
     * its table): not a relay 403 at once; not theirs, or no relays service installed, an error on
     * {@code beneficiaryId}; a free-text {@code onBehalfOf} beside it an error on {@code onBehalfOf}.
     */
    private Beneficiary beneficiary(Caller author, NewPost post, List<FieldError> errors) {
        if (post.beneficiaryId() == null) {
            return null;
        }
        RelayService relays = posts.relays.get();
        if (relays == null) {
            errors.add(FieldError.of("beneficiaryId", "not_available",
                    "les relais ne sont pas installés sur cette plateforme",
                    "relays are not installed on this platform"));
            return null;
        }
        if (post.beneficiary() != null || post.consent() != null) {
            errors.add(FieldError.of("onBehalfOf", "not_allowed", "ne se donne pas avec beneficiaryId",
                    "is not given with beneficiaryId"));
        }
        try {
            return relays.forPost(author, post.beneficiaryId());
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Without a location: where the beneficiary lives (their location, else their commune's centre), else home. */
    private GeoPoint defaultLocation(Caller author, Beneficiary registered) {
        if (registered != null) {
            return posts.relays.get().placeOf(registered);
        }
        return posts.identity.home(author.accountId());
    }

    Post get(Caller viewer, String postId, GeoPoint centre) {
        PostEntity post = posts.visible(viewer, postId);
        GeoPoint from = centre != null ? centre : viewer == null ? null : posts.identity.home(viewer.accountId());
        return posts.view(post, posts.names(List.of(post.authorId)), from, viewer);
    }

    Post update(Caller author, String postId, PostChanges changes) {
        PostEntity current = posts.visible(author, postId);
        if (!current.authorId.equals(author.accountId())) {
            throw new ForbiddenException("Only its author can change a post.");
        }
        Instant now = Cursors.truncate(posts.clock().instant());
        List<FieldError> errors = new ArrayList<>();
        String category = changes.category() == null ? null : fields.category(changes.category(), errors);
        String title = Texts.checkLine(changes.title(), "title", PostRules.TITLE_MIN, PostRules.TITLE_MAX,
                changes.title() != null, errors);
        String body = Texts.check(changes.body(), "body", 1, PostRules.BODY_MAX, changes.body() != null, errors);
        String availability = Texts.check(changes.availability(), "availability", 1,
                PostRules.AVAILABILITY_MAX, false, errors);
        Instant expiresAt = changes.expiresAt() == null ? null : fields.expiry(changes.expiresAt(), now, errors);
        PostStatus status = changes.status() == null ? null
                : PostFields.authorStatus(changes.status(), current, expiresAt, now, errors);
        PostsContext.reject(errors);
        PostEntity changed;
        try {
            changed = posts.jpa.txExpr(TransactionType.Required, em -> {
                PostEntity post = em.find(PostEntity.class, postId);
                if (category != null) {
                    post.category = category;
                }
                if (title != null) {
                    post.title = title;
                }
                if (body != null) {
                    post.body = body;
                }
                if (availability != null) {
                    post.availability = availability;
                }
                if (expiresAt != null) {
                    post.expiresAt = Cursors.truncate(expiresAt);
                    post.expiryNotified = false;
                }
                if (status != null) {
                    post.status = status;
                }
                post.updatedAt = now;
                return post;
            });
        } finally {
            PostsContext.changed(current);
        }
        if (status != null && status != current.status) {
            posts.tellFollowers(changed, "post.status", Map.of("title", changed.title, "status", status.name()));
        }
        return posts.view(changed, author);
    }

    void delete(Caller author, String postId) {
        PostEntity post = posts.visible(author, postId);
        if (!post.authorId.equals(author.accountId())) {
            throw new ForbiddenException("Only its author can delete a post.");
        }
        try {
            posts.jpa.tx(TransactionType.Required, em -> PostsData.deletePosts(em, List.of(postId)));
        } finally {
            PostsContext.changed(post);
        }
    }

    private Duration defaultLife(PostKind kind) {
        return Duration.ofDays(kind == PostKind.REQUEST ? config.requestExpiryDays() : config.offerExpiryDays());
    }
}
