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

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.AuthenticationException;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.api.identity.Caller;
import org.entraide.api.identity.IdentityService;
import org.entraide.api.identity.Role;
import org.entraide.api.notification.NewNotification;
import org.entraide.api.notification.NotificationService;
import org.entraide.api.paging.Cursors;
import org.entraide.api.paging.Page;
import org.entraide.api.post.Category;
import org.entraide.api.post.Conversation;
import org.entraide.api.post.FeedQuery;
import org.entraide.api.post.Message;
import org.entraide.api.post.NewPost;
import org.entraide.api.post.OnBehalfOf;
import org.entraide.api.post.Post;
import org.entraide.api.post.PostChanges;
import org.entraide.api.post.PostKind;
import org.entraide.api.post.PostService;
import org.entraide.api.post.PostStatus;
import org.entraide.api.post.Report;
import org.entraide.api.territory.Territory;
import org.entraide.api.territory.TerritoryService;
import org.entraide.api.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts on the {@code entraide-posts} persistence unit; the feed reads the feed indexes directly. */
@Component(service = PostService.class, configurationPid = "org.entraide.posts")
@Designate(ocd = PostsConfig.class)
public class PostServiceImpl implements PostService {

    static final Set<String> REPORT_TARGETS = Set.of("POST", "MESSAGE", "ACTOR", "OPERATION");

    private static final Logger LOG = LoggerFactory.getLogger(PostServiceImpl.class);
    private static final String FEED = "f1";
    private static final String CONVERSATIONS = "c1";
    private static final String REPORTS = "r1";

    @Reference(target = "(osgi.unit.name=entraide-posts)")
    private JpaTemplate jpa;

    @Reference(target = "(osgi.jndi.service.name=entraide)")
    private DataSource dataSource;

    @Reference
    private GeoRadiusService geo;

    @Reference
    private TerritoryService territories;

    @Reference
    private IdentityService identity;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile NotificationService notifications;

    private volatile Clock clock = Clock.systemUTC();
    private volatile List<Category> categories;
    private volatile PostsConfig config;
    private FeedReader feed;
    private volatile FeedCache answers = new FeedCache(0, 0);
    private final DisplayNames displayNames = new DisplayNames();
    private ScheduledExecutorService expiry;

    @Activate
    void activate(PostsConfig configuration, Map<String, Object> properties) {
        config = configuration;
        categories = Categories.from(configuration.categories(), properties);
        feed = new FeedReader(dataSource);
        answers = new FeedCache(configuration.feedCacheMillis(), configuration.feedCacheEntries());
        expiry = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "entraide-posts-expiry");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(5, configuration.expiryCheckSeconds());
        expiry.scheduleWithFixedDelay(this::expireNow, period, period, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        expiry.shutdownNow();
    }

    void clock(Clock testClock) {
        clock = testClock;
        FeedChanges.changedEverywhere();
        answers.clear();
    }

    @Override
    public List<Category> categories() {
        return categories;
    }

    @Override
    public Post create(Caller author, NewPost post) {
        Instant now = Cursors.truncate(clock.instant());
        List<FieldError> errors = new ArrayList<>();
        PostKind kind = kind(post.kind(), errors);
        String category = category(post.category(), errors);
        String title = Texts.check(post.title(), "title", PostRules.TITLE_MIN, PostRules.TITLE_MAX, true, errors);
        String body = Texts.check(post.body(), "body", 1, PostRules.BODY_MAX, true, errors);
        String availability = Texts.check(post.availability(), "availability", 1, PostRules.AVAILABILITY_MAX,
                false, errors);
        GeoPoint location = location(author, post.lat(), post.lon(), errors);
        Instant expiresAt = post.expiresAt() == null && kind != null ? now.plus(defaultLife(kind))
                : expiry(post.expiresAt(), now, errors);
        String beneficiary = beneficiary(post.beneficiary(), post.consent(), errors);
        reject(errors);
        GeoPoint publicPosition = geo.publicPosition(location);
        List<Long> cells = geo.cellKeys(publicPosition);
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
        entity.consentRecordedAt = beneficiary == null ? null : now;
        entity.createdAt = now;
        entity.updatedAt = now;
        entity.expiresAt = Cursors.truncate(expiresAt);
        try {
            jpa.tx(TransactionType.Required, em -> em.persist(entity));
        } finally {
            changed(entity);
        }
        return view(entity, names(List.of(entity.authorId)), null);
    }

    @Override
    public Post get(Caller viewer, String postId, GeoPoint centre) {
        PostEntity post = visible(viewer, postId);
        GeoPoint from = centre != null ? centre : viewer == null ? null : identity.home(viewer.accountId());
        return view(post, names(List.of(post.authorId)), from);
    }

    @Override
    public Post update(Caller author, String postId, PostChanges changes) {
        PostEntity current = visible(author, postId);
        if (!current.authorId.equals(author.accountId())) {
            throw new ForbiddenException("Only its author can change a post.");
        }
        Instant now = Cursors.truncate(clock.instant());
        List<FieldError> errors = new ArrayList<>();
        String category = changes.category() == null ? null : category(changes.category(), errors);
        String title = Texts.check(changes.title(), "title", PostRules.TITLE_MIN, PostRules.TITLE_MAX, false,
                errors);
        String body = Texts.check(changes.body(), "body", 1, PostRules.BODY_MAX, false, errors);
        String availability = Texts.check(changes.availability(), "availability", 1,
                PostRules.AVAILABILITY_MAX, false, errors);
        Instant expiresAt = changes.expiresAt() == null ? null : expiry(changes.expiresAt(), now, errors);
        PostStatus status = changes.status() == null ? null : authorStatus(changes.status(), current, expiresAt,
                now, errors);
        reject(errors);
        PostEntity changed;
        try {
            changed = jpa.txExpr(TransactionType.Required, em -> {
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
            changed(current);
        }
        if (status != null && status != current.status) {
            tellFollowers(changed, "post.status", Map.of("title", changed.title, "status", status.name()));
        }
        return view(changed, names(List.of(changed.authorId)), null);
    }

    @Override
    public void delete(Caller author, String postId) {
        PostEntity post = visible(author, postId);
        if (!post.authorId.equals(author.accountId())) {
            throw new ForbiddenException("Only its author can delete a post.");
        }
        try {
            jpa.tx(TransactionType.Required, em -> PostsData.deletePosts(em, List.of(postId)));
        } finally {
            changed(post);
        }
    }

    @Override
    public Page<Post> feed(Caller viewer, FeedQuery query) {
        GeoPoint centre = query.centre();
        Double radius = query.radiusKm();
        if (centre == null) {
            if (viewer == null) {
                throw new AuthenticationException("Sign in, or give lat and lon, to read the feed.");
            }
            centre = identity.home(viewer.accountId());
        }
        Double preferred = radius != null || viewer == null ? null : identity.account(viewer.accountId()).radiusKm();
        double radiusKm = territories.area(centre, radius, preferred).radiusKm();
        if (query.category() != null && categories.stream().noneMatch(c -> c.key().equals(query.category()))) {
            throw new InvalidRequestException("category", "is not a category: see GET /categories");
        }
        Cursors.Position after = Cursors.decode(FEED, query.cursor());
        var covering = geo.covering(centre, radiusKm);
        GeoPoint from = centre;
        Instant now = clock.instant();
        String kind = query.kind() == null ? null : query.kind().name();
        FeedCache cache = answers;
        FeedCache.Key key = new FeedCache.Key(centre.lat(), centre.lon(), radiusKm, kind, query.category(),
                query.limit(), after == null ? null : query.cursor());
        Page<Post> kept = cache.get(key, now);
        if (kept != null) {
            return kept;
        }
        FeedChanges.Snapshot before = FeedChanges.snapshot(covering.keys());
        FeedReader.Query read = new FeedReader.Query(covering.level(), covering.keys(), kind, query.category(), now,
                after);
        List<FeedReader.Candidate> found;
        try {
            found = feed.newest(read, c -> geo.isWithin(GeoPoint.of(c.lat(), c.lon()), from, radiusKm),
                    query.limit() + 1);
        } catch (SQLException e) {
            throw new IllegalStateException("The feed could not be read", e);
        }
        boolean more = found.size() > query.limit();
        List<FeedReader.Candidate> page = more ? found.subList(0, query.limit()) : found;
        List<String> ids = page.stream().map(FeedReader.Candidate::id).collect(Collectors.toList());
        Map<String, PostEntity> rows;
        try {
            rows = feed.load(ids);
        } catch (SQLException e) {
            throw new IllegalStateException("The feed could not be read", e);
        }
        Map<String, String> names = names(rows.values().stream().map(p -> p.authorId).collect(Collectors.toList()));
        List<Post> items = ids.stream().map(rows::get).filter(java.util.Objects::nonNull)
                .map(p -> view(p, names, from)).collect(Collectors.toList());
        FeedReader.Candidate last = page.isEmpty() ? null : page.get(page.size() - 1);
        Page<Post> answer = new Page<>(items, more ? Cursors.encode(FEED, last.createdAt(), last.id()) : null);
        Instant validBefore = found.stream().map(FeedReader.Candidate::expiresAt).min(Instant::compareTo)
                .orElse(Instant.MAX);
        cache.put(key, before, answer, validBefore, now);
        return answer;
    }

    @Override
    public void follow(Caller follower, String postId) {
        PostEntity followed = visible(follower, postId);
        Instant now = clock.instant();
        try {
            jpa.tx(TransactionType.Required, em -> {
                if (em.find(FollowEntity.class, new FollowEntity.Key(postId, follower.accountId())) == null) {
                    FollowEntity follow = new FollowEntity();
                    follow.postId = postId;
                    follow.accountId = follower.accountId();
                    follow.createdAt = now;
                    em.persist(follow);
                    em.find(PostEntity.class, postId).followersCount++;
                }
            });
        } finally {
            changed(followed);
        }
    }

    @Override
    public boolean follows(Caller follower, String postId) {
        visible(follower, postId);
        return jpa.txExpr(TransactionType.Required,
                em -> em.find(FollowEntity.class, new FollowEntity.Key(postId, follower.accountId())) != null);
    }

    @Override
    public void unfollow(Caller follower, String postId) {
        PostEntity followed = visible(follower, postId);
        try {
            jpa.tx(TransactionType.Required, em -> {
                FollowEntity follow = em.find(FollowEntity.class,
                        new FollowEntity.Key(postId, follower.accountId()));
                if (follow != null) {
                    em.remove(follow);
                    PostEntity post = em.find(PostEntity.class, postId);
                    post.followersCount = Math.max(0, post.followersCount - 1);
                }
            });
        } finally {
            changed(followed);
        }
    }

    @Override
    public Conversation respond(Caller responder, String postId, String message) {
        PostEntity post = visible(responder, postId);
        List<FieldError> errors = new ArrayList<>();
        String body = Texts.check(message, "message", 1, PostRules.BODY_MAX, true, errors);
        reject(errors);
        if (post.authorId.equals(responder.accountId())) {
            throw new ConflictException("You cannot answer your own post.");
        }
        if (post.status != PostStatus.OPEN) {
            throw new ConflictException("This post is no longer open to answers.");
        }
        Instant now = Cursors.truncate(clock.instant());
        String conversationId;
        try {
            conversationId = jpa.txExpr(TransactionType.Required, em -> {
                ConversationEntity conversation = PostsData.conversationOf(em, postId, responder.accountId());
                if (conversation == null) {
                    conversation = new ConversationEntity();
                    conversation.id = UUID.randomUUID().toString();
                    conversation.postId = postId;
                    conversation.authorId = post.authorId;
                    conversation.responderId = responder.accountId();
                    conversation.createdAt = now;
                    conversation.lastMessageAt = now;
                    em.persist(conversation);
                    em.find(PostEntity.class, postId).responsesCount++;
                }
                PostsData.addMessage(em, conversation, responder.accountId(), body, now);
                return conversation.id;
            });
        } finally {
            changed(post);
        }
        publish(new NewNotification(post.authorId, "post.response", "CONVERSATION", conversationId,
                Map.of("postId", postId, "title", post.title)));
        return conversation(responder, conversationId);
    }

    @Override
    public Page<Conversation> conversations(Caller participant, String cursor, int limit) {
        Cursors.Position after = Cursors.decode(CONVERSATIONS, cursor);
        List<ConversationEntity> rows = jpa.txExpr(TransactionType.Required,
                em -> PostsData.conversationsOf(em, participant.accountId(), after, limit + 1));
        boolean more = rows.size() > limit;
        List<ConversationEntity> page = more ? rows.subList(0, limit) : rows;
        Map<String, String> titles = jpa.txExpr(TransactionType.Required, em -> PostsData.titles(em,
                page.stream().map(c -> c.postId).collect(Collectors.toSet())));
        Map<String, String> names = names(page.stream().map(c -> c.otherThan(participant.accountId()))
                .collect(Collectors.toList()));
        List<Conversation> items = page.stream().map(c -> new Conversation(c.id, c.postId, titles.get(c.postId),
                c.authorId, c.responderId, names.get(c.otherThan(participant.accountId())), c.createdAt,
                c.lastMessageAt, List.of())).collect(Collectors.toList());
        ConversationEntity last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(items, more ? Cursors.encode(CONVERSATIONS, last.lastMessageAt, last.id) : null);
    }

    @Override
    public Conversation conversation(Caller participant, String conversationId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ConversationEntity conversation = participantOf(em, participant, conversationId);
            List<MessageEntity> messages = PostsData.messagesOf(em, conversationId);
            Set<String> people = new HashSet<>();
            people.add(conversation.authorId);
            people.add(conversation.responderId);
            Map<String, String> names = names(people);
            PostEntity post = em.find(PostEntity.class, conversation.postId);
            return new Conversation(conversation.id, conversation.postId, post == null ? null : post.title,
                    conversation.authorId, conversation.responderId,
                    names.get(conversation.otherThan(participant.accountId())), conversation.createdAt,
                    conversation.lastMessageAt, messages.stream().map(m -> new Message(m.id, m.senderId,
                            m.senderId == null ? null : names.get(m.senderId), m.body, m.createdAt))
                            .collect(Collectors.toList()));
        });
    }

    @Override
    public Message send(Caller participant, String conversationId, String body) {
        List<FieldError> errors = new ArrayList<>();
        String text = Texts.check(body, "body", 1, PostRules.BODY_MAX, true, errors);
        jpa.tx(TransactionType.Required, em -> participantOf(em, participant, conversationId));
        reject(errors);
        Instant now = Cursors.truncate(clock.instant());
        MessageEntity sent = jpa.txExpr(TransactionType.Required, em -> {
            ConversationEntity conversation = em.find(ConversationEntity.class, conversationId);
            MessageEntity message = PostsData.addMessage(em, conversation, participant.accountId(), text, now);
            String other = conversation.otherThan(participant.accountId());
            if (other != null) {
                publish(new NewNotification(other, "post.message", "CONVERSATION", conversationId,
                        Map.of("postId", conversation.postId)));
            }
            return message;
        });
        return new Message(sent.id, sent.senderId, names(List.of(sent.senderId)).get(sent.senderId), sent.body,
                sent.createdAt);
    }

    @Override
    public Report report(Caller reporter, String targetType, String targetId, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (targetType == null || !REPORT_TARGETS.contains(targetType)) {
            errors.add(new FieldError("targetType", "must be one of POST, MESSAGE, ACTOR, OPERATION"));
        }
        String why = Texts.check(reason, "reason", 1, PostRules.REASON_MAX, true, errors);
        if (targetId == null || targetId.isBlank() || targetId.length() > 36) {
            errors.add(new FieldError("targetId", "is required"));
        }
        reject(errors);
        if ("POST".equals(targetType)) {
            visible(reporter, targetId);
        } else if ("MESSAGE".equals(targetType)) {
            jpa.tx(TransactionType.Required, em -> {
                MessageEntity message = em.find(MessageEntity.class, targetId);
                participantOf(em, reporter, message == null ? null : message.conversationId);
            });
        }
        ReportEntity report = new ReportEntity();
        report.id = UUID.randomUUID().toString();
        report.targetType = targetType;
        report.targetId = targetId;
        report.reason = why;
        report.reporterId = reporter.accountId();
        report.status = "OPEN";
        report.createdAt = Cursors.truncate(clock.instant());
        jpa.tx(TransactionType.Required, em -> em.persist(report));
        return PostsData.view(report);
    }

    @Override
    public Page<Report> openReports(Caller moderator, String cursor, int limit) {
        List<Territory> territoriesModerated = moderatedTerritories(moderator);
        boolean everywhere = moderator.has(Role.MODERATOR) || moderator.has(Role.OPERATOR);
        if (!everywhere && territoriesModerated.isEmpty()) {
            throw new ForbiddenException("Moderators only.");
        }
        Cursors.Position after = Cursors.decode(REPORTS, cursor);
        List<ReportEntity> rows = jpa.txExpr(TransactionType.Required, em -> everywhere
                ? PostsData.openReports(em, after, limit + 1)
                // A territory's moderator sees the reports on posts of their territories; open reports are few,
                // so they are read in full and filtered here.
                : PostsData.openReports(em, after, Integer.MAX_VALUE).stream()
                        .filter(r -> "POST".equals(r.targetType) && inTerritories(em.find(PostEntity.class,
                                r.targetId), territoriesModerated)).limit(limit + 1L).collect(Collectors.toList()));
        boolean more = rows.size() > limit;
        List<ReportEntity> page = more ? rows.subList(0, limit) : rows;
        ReportEntity last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(page.stream().map(PostsData::view).collect(Collectors.toList()),
                more ? Cursors.encode(REPORTS, last.createdAt, last.id) : null);
    }

    @Override
    public Post hide(Caller moderator, String postId) {
        requireModerator(moderator, postId);
        Instant now = clock.instant();
        PostEntity hidden = jpa.txExpr(TransactionType.Required, em -> {
            PostEntity post = found(em.find(PostEntity.class, postId));
            if (post.status != PostStatus.HIDDEN) {
                post.statusBeforeHide = post.status;
                post.status = PostStatus.HIDDEN;
                post.updatedAt = now;
            }
            PostsData.resolveReports(em, "POST", postId, moderator.accountId(), now);
            return post;
        });
        changed(hidden);
        LOG.info("Post {} hidden by {}", postId, moderator.accountId());
        return view(hidden, names(List.of(hidden.authorId)), null);
    }

    @Override
    public Post restore(Caller moderator, String postId) {
        requireModerator(moderator, postId);
        Instant now = clock.instant();
        PostEntity restored = jpa.txExpr(TransactionType.Required, em -> {
            PostEntity post = found(em.find(PostEntity.class, postId));
            if (post.status == PostStatus.HIDDEN) {
                post.status = post.statusBeforeHide == null ? PostStatus.OPEN : post.statusBeforeHide;
                post.statusBeforeHide = null;
                post.updatedAt = now;
            }
            return post;
        });
        changed(restored);
        return view(restored, names(List.of(restored.authorId)), null);
    }

    @Override
    public int expireDue(Instant now) {
        List<PostEntity> soon = jpa.txExpr(TransactionType.Required,
                em -> PostsData.expiringWithin(em, now, Duration.ofHours(24)));
        for (PostEntity post : soon) {
            publish(new NewNotification(post.authorId, "post.expiring", "POST", post.id,
                    Map.of("title", post.title, "expiresAt", post.expiresAt.toString())));
        }
        List<PostEntity> expired = jpa.txExpr(TransactionType.Required, em -> PostsData.expire(em, now));
        expired.forEach(PostServiceImpl::changed);
        for (PostEntity post : expired) {
            tellFollowers(post, "post.status", Map.of("title", post.title, "status", PostStatus.EXPIRED.name()));
        }
        if (!expired.isEmpty()) {
            LOG.info("{} posts expired", expired.size());
        }
        return expired.size();
    }

    private void expireNow() {
        try {
            expireDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("The expiry job failed; it runs again shortly", e);
        }
    }

    private PostEntity visible(Caller viewer, String postId) {
        PostEntity post = postId == null || postId.length() > 36 ? null
                : jpa.txExpr(TransactionType.Required, em -> em.find(PostEntity.class, postId));
        if (post == null || post.status == PostStatus.HIDDEN && !mayAlwaysSee(viewer, post)) {
            throw new NotFoundException("No such post.");
        }
        return post;
    }

    private boolean mayAlwaysSee(Caller viewer, PostEntity post) {
        return viewer != null && (viewer.accountId().equals(post.authorId) || viewer.has(Role.MODERATOR)
                || viewer.has(Role.OPERATOR) || inTerritories(post, moderatedTerritories(viewer)));
    }

    /**
     * The territories whose configuration names this caller among its moderators: they moderate the posts whose
     * public position lies there, as the platform's moderators moderate every post.
     */
    private List<Territory> moderatedTerritories(Caller caller) {
        List<Territory> all = territories.territories();
        if (caller == null || all.stream().allMatch(t -> t.moderators().isEmpty())) {
            return List.of();
        }
        String email = identity.account(caller.accountId()).email();
        return all.stream().filter(t -> t.moderators().contains(email)).collect(Collectors.toList());
    }

    private boolean inTerritories(PostEntity post, List<Territory> moderated) {
        if (post == null || moderated.isEmpty()) {
            return false;
        }
        GeoPoint position = GeoPoint.of(post.pubLat, post.pubLon);
        try {
            Territory there = territories.scopeAt(position).territory();
            return there != null && moderated.contains(there);
        } catch (ValidationException outside) {
            return false;
        }
    }

    private void requireModerator(Caller caller, String postId) {
        if (caller.has(Role.MODERATOR) || caller.has(Role.OPERATOR)) {
            return;
        }
        List<Territory> moderated = moderatedTerritories(caller);
        if (moderated.isEmpty()) {
            throw new ForbiddenException("Moderators only.");
        }
        PostEntity post = jpa.txExpr(TransactionType.Required, em -> found(em.find(PostEntity.class, postId)));
        if (!inTerritories(post, moderated)) {
            throw new ForbiddenException("Only the moderators of its territory can moderate this post.");
        }
    }

    private static ConversationEntity participantOf(EntityManager em, Caller participant, String conversationId) {
        ConversationEntity conversation = conversationId == null || conversationId.length() > 36 ? null
                : em.find(ConversationEntity.class, conversationId);
        if (conversation == null || !conversation.hasParticipant(participant.accountId())) {
            throw new NotFoundException("No such conversation.");
        }
        return conversation;
    }


    private static PostEntity found(PostEntity post) {
        if (post == null) {
            throw new NotFoundException("No such post.");
        }
        return post;
    }

    private void tellFollowers(PostEntity post, String kind, Map<String, String> data) {
        List<String> followers = jpa.txExpr(TransactionType.Required, em -> PostsData.followersOf(em, post.id));
        for (String follower : followers) {
            publish(new NewNotification(follower, kind, "POST", post.id, data));
        }
    }

    private void publish(NewNotification notification) {
        NotificationService.publishQuietly(notifications, notification);
    }

    /** After a committed write to a post: the feed answers of its cells are no longer served again. */
    private static void changed(PostEntity post) {
        FeedChanges.changed(post.cell0, post.cell1, post.cell2, post.cell3);
    }

    private Post view(PostEntity post, Map<String, String> names, GeoPoint from) {
        GeoPoint position = GeoPoint.of(post.pubLat, post.pubLon);
        Double distance = from == null ? null : geo.displayDistanceKm(geo.distanceMetres(from, position));
        OnBehalfOf onBehalfOf = post.beneficiary == null ? null
                : new OnBehalfOf(post.beneficiary, post.authorId, post.consentRecordedAt);
        return new Post(post.id, post.kind, post.category, post.title, post.body, post.availability, post.status,
                post.authorId, names.get(post.authorId), position, distance, post.createdAt, post.updatedAt,
                post.expiresAt, onBehalfOf, post.followersCount, post.responsesCount);
    }

    private Map<String, String> names(Collection<String> accountIds) {
        return displayNames.of(accountIds, identity::displayNames);
    }

    private PostKind kind(String value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError("kind", "is required: REQUEST or OFFER"));
            return null;
        }
        try {
            return PostKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "must be REQUEST or OFFER"));
            return null;
        }
    }

    private String category(String value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError("category", "is required: see GET /categories"));
            return null;
        }
        if (categories.stream().noneMatch(c -> c.key().equals(value))) {
            errors.add(new FieldError("category", "is not a category: see GET /categories"));
            return null;
        }
        return value;
    }

    private GeoPoint location(Caller author, Double lat, Double lon, List<FieldError> errors) {
        if (lat == null && lon == null) {
            return identity.home(author.accountId());
        }
        if (lat == null || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            errors.add(new FieldError("location.lat", "must be a number from -90 to 90"));
        }
        if (lon == null || !Double.isFinite(lon) || lon < -180 || lon > 180) {
            errors.add(new FieldError("location.lon", "must be a number from -180 to 180"));
        }
        return errors.stream().anyMatch(e -> e.field().startsWith("location.")) ? null : GeoPoint.of(lat, lon);
    }

    private Duration defaultLife(PostKind kind) {
        return Duration.ofDays(kind == PostKind.REQUEST ? config.requestExpiryDays() : config.offerExpiryDays());
    }

    private Instant expiry(Instant requested, Instant now, List<FieldError> errors) {
        if (requested == null) {
            return null;
        }
        Instant latest = now.plus(Duration.ofDays(config.maxExpiryDays()));
        if (!requested.isAfter(now.plus(Duration.ofHours(1))) || requested.isAfter(latest)) {
            errors.add(new FieldError("expiresAt", "must be between an hour and " + config.maxExpiryDays()
                    + " days from now"));
            return null;
        }
        return requested;
    }

    private static PostStatus authorStatus(String value, PostEntity post, Instant newExpiry, Instant now,
            List<FieldError> errors) {
        PostStatus status;
        try {
            status = PostStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", "must be OPEN, FULFILLED or CLOSED"));
            return null;
        }
        if (status == PostStatus.EXPIRED || status == PostStatus.HIDDEN) {
            errors.add(new FieldError("status", "must be OPEN, FULFILLED or CLOSED"));
            return null;
        }
        if (post.status == PostStatus.HIDDEN) {
            errors.add(new FieldError("status", "a hidden post keeps its status until a moderator restores it"));
            return null;
        }
        Instant expiry = newExpiry != null ? newExpiry : post.expiresAt;
        if (status == PostStatus.OPEN && !expiry.isAfter(now)) {
            errors.add(new FieldError("expiresAt", "must be in the future to reopen the post"));
            return null;
        }
        return status;
    }

    private static String beneficiary(String name, Boolean consent, List<FieldError> errors) {
        if (name == null && consent == null) {
            return null;
        }
        String beneficiary = Texts.check(name, "onBehalfOf.beneficiary", 1, PostRules.BENEFICIARY_MAX, true,
                errors);
        if (!Boolean.TRUE.equals(consent)) {
            errors.add(new FieldError("onBehalfOf.consent",
                    "must be true: the person agreed to this post being written for them"));
        }
        return beneficiary;
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
