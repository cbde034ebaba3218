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
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.moderation.OpenReport;
import org.entraide.services.paging.Cursors;
import org.entraide.services.paging.Page;
import org.entraide.services.post.Post;
import org.entraide.services.post.Report;
import org.entraide.services.territory.Territory;
import org.entraide.api.text.Texts;
import org.entraide.support.moderation.Moderators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports by residents, and what moderators do with them: read the open ones (a territory's moderators only those
 * on its posts), hide a post (which resolves its reports) and restore it. The moderation bundle reads and closes
 * reports through {@link #open()} and {@link #close}, and hides posts through {@link #setHidden}, having checked
 * rights itself.
 */
final class Moderation {

    static final Set<String> REPORT_TARGETS = Set.of("POST", "MESSAGE", "ACTOR", "OPERATION", "ACCOUNT");

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
            errors.add(FieldError.of("targetType", "not_a_choice",
                    "doit être l'une des valeurs POST, MESSAGE, ACTOR, OPERATION, ACCOUNT",
                    "must be one of POST, MESSAGE, ACTOR, OPERATION, ACCOUNT"));
        }
        String why = Texts.check(reason, "reason", 1, PostRules.REASON_MAX, true, errors);
        if (targetId == null || targetId.isBlank() || targetId.length() > 36) {
            errors.add(FieldError.of("targetId", "required", "est obligatoire", "is required"));
        }
        PostsContext.reject(errors);
        if ("POST".equals(targetType)) {
            posts.visible(reporter, targetId);
        } else if ("MESSAGE".equals(targetType)) {
            posts.jpa.tx(TransactionType.Required, em -> {
                MessageEntity message = em.find(MessageEntity.class, targetId);
                Conversations.participantOf(em, reporter, message == null ? null : message.conversationId);
            });
        } else if ("ACCOUNT".equals(targetType)) {
            posts.identity.account(targetId);
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
        Moderators moderators = posts.moderators;
        List<Territory> territoriesModerated = everywhere ? List.of()
                : moderators.moderatedTerritories(moderator);
        if (!everywhere && territoriesModerated.isEmpty()) {
            throw new ForbiddenException("Moderators only.");
        }
        Cursors.Position after = Cursors.decode(CURSOR_KIND, cursor);
        List<ReportEntity> rows = posts.jpa.txExpr(TransactionType.Required, em -> everywhere
                ? PostsData.openReports(em, after, limit + 1)
                // A territory's moderator sees the reports on posts of their territories; open reports are few,
                // so they are read in full and filtered here.
                : PostsData.openReports(em, after, Integer.MAX_VALUE).stream()
                        .filter(r -> "POST".equals(r.targetType) && inTerritories(moderators,
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
        PostEntity hidden = setHidden(postId, true, moderator.accountId());
        LOG.info("Post {} hidden by {}", postId, moderator.accountId());
        return posts.view(hidden);
    }

    Post restore(Caller moderator, String postId) {
        requireModerator(moderator, postId);
        return posts.view(setHidden(postId, false, null));
    }

    /**
     * Hides a post (keeping the status it had) or gives it back that status; nothing when it is so already. Hiding
     * for the legacy {@link #hide} also resolves its reports, as it always did: {@code resolvedBy} says who, or is
     * {@code null} when the moderation service closes them itself.
     */
    PostEntity setHidden(String postId, boolean hide, String resolvedBy) {
        Instant now = posts.clock().instant();
        PostEntity changed = posts.jpa.txExpr(TransactionType.Required, em -> {
            PostEntity post = PostsContext.found(postId == null || postId.length() > 36 ? null
                    : em.find(PostEntity.class, postId));
            // Through Withholding, so that a post hidden while its author is suspended stays hidden on reinstatement.
            if (hide ? Withholding.hide(post) : Withholding.restore(post)) {
                post.updatedAt = now;
            }
            if (hide && resolvedBy != null) {
                PostsData.closeReports(em, "POST", postId, "HIDDEN", resolvedBy, now);
            }
            return post;
        });
        PostsContext.changed(changed);
        return changed;
    }

    /** Every open report, oldest first, with its reporter. */
    List<OpenReport> open() {
        return posts.jpa.txExpr(TransactionType.Required, em -> PostsData.openReports(em, null, Integer.MAX_VALUE))
                .stream().map(Moderation::open).collect(Collectors.toList());
    }

    /** Closes the open reports on a target with this outcome; answers those closed. */
    List<OpenReport> close(String targetType, String targetId, String outcome, String moderatorId, Instant at) {
        return posts.jpa.txExpr(TransactionType.Required, em -> PostsData.closeReports(em, targetType, targetId,
                outcome, moderatorId, at)).stream().map(Moderation::open).collect(Collectors.toList());
    }

    private static OpenReport open(ReportEntity report) {
        return new OpenReport(report.id, report.targetType, report.targetId, report.reason, report.reporterId,
                report.createdAt);
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
        if (!inTerritories(posts.moderators, post, moderated)) {
            throw new ForbiddenException("Only the moderators of its territory can moderate this post.");
        }
    }

    /** Whether the post's public position lies in one of these territories (a missing post lies nowhere). */
    private static boolean inTerritories(Moderators moderators, PostEntity post, List<Territory> moderated) {
        return post != null && moderators.inTerritories(GeoPoint.of(post.pubLat, post.pubLon), moderated);
    }
}
