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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.identity.Caller;
import org.entraide.api.paging.Cursors;
import org.entraide.api.paging.Page;
import org.entraide.api.post.Post;
import org.entraide.api.post.Report;
import org.entraide.api.territory.Territory;
import org.entraide.api.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports by residents, and what moderators do with them: read the open ones (a territory's moderators only those
 * on its posts), hide a post (which resolves its reports) and restore it.
 */
final class Moderation {

    static final Set<String> REPORT_TARGETS = Set.of("POST", "MESSAGE", "ACTOR", "OPERATION");

    /** Logged under the service's name, as before the service was split, so that operators' log settings hold. */
    private static final Logger LOG = LoggerFactory.getLogger(PostServiceImpl.class);
    private static final String CURSOR_KIND = "r1";

    private final PostsContext posts;

    Moderation(PostsContext posts) {
        this.posts = posts;
    }

    Report report(Caller reporter, String targetType, String targetId, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (targetType == null || !REPORT_TARGETS.contains(targetType)) {
            errors.add(new FieldError("targetType", "must be one of POST, MESSAGE, ACTOR, OPERATION"));
        }
        String why = Texts.check(reason, "reason", 1, PostRules.REASON_MAX, true, errors);
        if (targetId == null || targetId.isBlank() || targetId.length() > 36) {
            errors.add(new FieldError("targetId", "is required"));
        }
        PostsContext.reject(errors);
        if ("POST".equals(targetType)) {
            posts.visible(reporter, targetId);
        } else if ("MESSAGE".equals(targetType)) {
            posts.jpa.tx(TransactionType.Required, em -> {
                MessageEntity message = em.find(MessageEntity.class, targetId);
                Conversations.participantOf(em, reporter, message == null ? null : message.conversationId);
            });
        }
        ReportEntity report = new ReportEntity();
        report.id = UUID.randomUUID().toString();
        report.targetType = targetType;
        report.targetId = targetId;
        report.reason = why;
        report.reporterId = reporter.accountId();
        report.status = "OPEN";
        report.createdAt = Cursors.truncate(posts.clock().instant());
        posts.limits.check(reporter.accountId(), AbuseLimits.Action.REPORT, report.createdAt);
        posts.jpa.tx(TransactionType.Required, em -> {
            em.persist(report);
            em.persist(AbuseLimits.event(reporter.accountId(), AbuseLimits.Action.REPORT, report.createdAt));
        });
        return PostsData.view(report);
    }

    Page<Report> openReports(Caller moderator, String cursor, int limit) {
        boolean everywhere = Moderators.everywhere(moderator);
        List<Territory> territoriesModerated = everywhere ? List.of()
                : posts.moderators.moderatedTerritories(moderator);
        if (!everywhere && territoriesModerated.isEmpty()) {
            throw new ForbiddenException("Moderators only.");
        }
        Cursors.Position after = Cursors.decode(CURSOR_KIND, cursor);
        List<ReportEntity> rows = posts.jpa.txExpr(TransactionType.Required, em -> everywhere
                ? PostsData.openReports(em, after, limit + 1)
                // A territory's moderator sees the reports on posts of their territories; open reports are few,
                // so they are read in full and filtered here.
                : PostsData.openReports(em, after, Integer.MAX_VALUE).stream()
                        .filter(r -> "POST".equals(r.targetType) && posts.moderators.inTerritories(
                                em.find(PostEntity.class, r.targetId), territoriesModerated))
                        .limit(limit + 1L).collect(Collectors.toList()));
        boolean more = rows.size() > limit;
        List<ReportEntity> page = more ? rows.subList(0, limit) : rows;
        ReportEntity last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(page.stream().map(PostsData::view).collect(Collectors.toList()),
                more ? Cursors.encode(CURSOR_KIND, last.createdAt, last.id) : null);
    }

    Post hide(Caller moderator, String postId) {
        requireModerator(moderator, postId);
        Instant now = posts.clock().instant();
        PostEntity hidden = posts.jpa.txExpr(TransactionType.Required, em -> {
            PostEntity post = PostsContext.found(em.find(PostEntity.class, postId));
            if (Withholding.hide(post)) {
                post.updatedAt = now;
            }
            PostsData.resolveReports(em, "POST", postId, moderator.accountId(), now);
            return post;
        });
        PostsContext.changed(hidden);
        LOG.info("Post {} hidden by {}", postId, moderator.accountId());
        return posts.view(hidden);
    }

    Post restore(Caller moderator, String postId) {
        requireModerator(moderator, postId);
        Instant now = posts.clock().instant();
        PostEntity restored = posts.jpa.txExpr(TransactionType.Required, em -> {
            PostEntity post = PostsContext.found(em.find(PostEntity.class, postId));
            if (Withholding.restore(post)) {
                post.updatedAt = now;
            }
            return post;
        });
        PostsContext.changed(restored);
        return posts.view(restored);
    }

    private void requireModerator(Caller caller, String postId) {
        if (Moderators.everywhere(caller)) {
            return;
        }
        List<Territory> moderated = posts.moderators.moderatedTerritories(caller);
        if (moderated.isEmpty()) {
            throw new ForbiddenException("Moderators only.");
        }
        PostEntity post = posts.jpa.txExpr(TransactionType.Required,
                em -> PostsContext.found(em.find(PostEntity.class, postId)));
        if (!posts.moderators.inTerritories(post, moderated)) {
            throw new ForbiddenException("Only the moderators of its territory can moderate this post.");
        }
    }
}
