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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.entraide.services.actor.ActorService;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.services.identity.AccountRelations;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.moderation.ModeratedContent;
import org.entraide.services.moderation.ModerationTarget;
import org.entraide.services.moderation.OpenReport;
import org.entraide.services.moderation.ReportBook;
import org.entraide.services.node.JobLeases;
import org.entraide.services.notification.NotificationService;
import org.entraide.services.paging.Page;
import org.entraide.services.post.Category;
import org.entraide.services.post.Conversation;
import org.entraide.services.post.Alert;
import org.entraide.services.post.FeedQuery;
import org.entraide.services.post.Message;
import org.entraide.services.post.NewAlert;
import org.entraide.services.post.NewPost;
import org.entraide.services.post.Post;
import org.entraide.services.post.PostAlerts;
import org.entraide.services.post.PostChanges;
import org.entraide.services.post.PostService;
import org.entraide.services.relay.RelayService;
import org.entraide.services.post.Report;
import org.entraide.services.territory.TerritoryService;
import org.entraide.support.moderation.Moderators;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Posts on the {@code entraide-posts} persistence unit; the feed reads the feed indexes directly. The component
 * holds the configuration and the services it is bound to, and hands each area to its part:
 * {@link PostLifecycle}, {@link RadiusFeed}, {@link Follows}, {@link Conversations}, {@link Moderation} and
 * {@link Expiry}, which share a {@link PostsContext}. It also holds the alerts near home ({@link Alerts}), matched
 * against each new post by {@link AlertMatcher} once the post is committed. For the moderation bundle, it is the
 * {@link ModeratedContent} of posts and messages ({@link PostTargets}) and the {@link ReportBook} that keeps reports.
 */
@Component(service = {PostService.class, PostAlerts.class, ModeratedContent.class, ReportBook.class},
        configurationPid = "org.entraide.posts")
@Designate(ocd = PostsConfig.class)
public class PostServiceImpl implements PostService, PostAlerts, ModeratedContent, ReportBook {

    @Reference(target = "(osgi.unit.name=entraide-posts)")
    private JpaTemplate jpa;

    @Reference(target = "(osgi.jndi.service.name=entraide)")
    private DataSource dataSource;

    /**
     * Bound, hence activated, before this component: the feed's versions are where every node sees them before it
     * writes a post ({@link FeedVersionsComponent}).
     */
    @Reference
    void feedVersions(FeedVersionsComponent chosen) {
        // Nothing to keep: FeedChanges holds the choice.
    }

    @Reference
    private GeoRadiusService geo;

    @Reference
    private TerritoryService territories;

    @Reference
    private IdentityService identity;

    @Reference
    private AccountRelations relations;

    @Reference
    private JobLeases leases;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile NotificationService notifications;

    /** Optional: without the actors bundle, unanswered requests go to the moderators alone. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ActorService actors;

    /** Optional: without the relays bundle, a post for a registered beneficiary is refused (422). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile RelayService relays;

    private volatile Clock clock = Clock.systemUTC();
    private volatile List<Category> categories;
    private PostLifecycle lifecycle;
    private RadiusFeed feed;
    private Follows follows;
    private Conversations conversations;
    private Moderation moderation;
    private PostTargets targets;
    private Expiry expiry;
    private Escalations escalations;
    private Alerts alerts;
    private AlertMatcher matcher;

    @Activate
    void activate(PostsConfig configuration, Map<String, Object> properties) {
        categories = Categories.from(configuration.categories(), properties);
        PostFields fields = new PostFields(categories, configuration.maxExpiryDays());
        PostsContext posts = new PostsContext(jpa, geo, identity, relations, new Moderators(territories, identity),
                () -> clock, () -> notifications);
        posts.relays = () -> relays;
        posts.limits = new AbuseLimits(new ActivityStore(jpa), id -> identity.account(id).createdAt(), configuration);
        lifecycle = new PostLifecycle(posts, fields, configuration);
        feed = new RadiusFeed(posts, territories, fields, new FeedReader(dataSource),
                new FeedCache(configuration.feedCacheMillis(), configuration.feedCacheEntries()));
        follows = new Follows(posts);
        conversations = new Conversations(posts);
        moderation = new Moderation(posts);
        targets = new PostTargets(posts, moderation);
        expiry = new Expiry(posts, leases.job(Expiry.JOB));
        expiry.start(configuration.expiryCheckSeconds());
        escalations = new Escalations(posts, territories, () -> actors);
        expiry.alsoRun(escalations::escalateDue);
        alerts = new Alerts(posts, territories, categories);
        matcher = new AlertMatcher(posts, alerts);
        matcher.start();
    }

    @Deactivate
    void deactivate() {
        expiry.stop();
        matcher.stop();
    }

    /**
     * A moved clock, registered as a {@link Clock} service with the property {@code entraide.clock=moved}: while it
     * is there, the posts bundle reads the time from it (posting, answering, expiry, escalation), so that an
     * integration test can build a history at chosen instants; without it, the system's UTC clock. Only code
     * running inside the container (an operator's or a test's bundle) can register one.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(entraide.clock=moved)")
    void bindMovedClock(Clock moved) {
        clock(moved);
    }

    void unbindMovedClock(Clock moved) {
        if (clock.equals(moved)) {
            clock(Clock.systemUTC());
        }
    }

    void clock(Clock testClock) {
        clock = testClock;
        FeedChanges.changedEverywhere();
        if (feed != null) {
            feed.forgetAnswers();
        }
    }

    @Override
    public List<Category> categories() {
        return categories;
    }

    @Override
    public Post create(Caller author, NewPost post) {
        Post created = lifecycle.create(author, post);
        matcher.afterCreate(created.id());
        return created;
    }

    @Override
    public Post get(Caller viewer, String postId, GeoPoint centre) {
        return lifecycle.get(viewer, postId, centre);
    }

    @Override
    public Post update(Caller author, String postId, PostChanges changes) {
        return lifecycle.update(author, postId, changes);
    }

    @Override
    public void delete(Caller author, String postId) {
        lifecycle.delete(author, postId);
    }

    @Override
    public List<Conversation> conversationsOn(Caller author, String postId) {
        return conversations.on(author, postId);
    }

    @Override
    public Page<Post> feed(Caller viewer, FeedQuery query) {
        return feed.feed(viewer, query);
    }

    @Override
    public void follow(Caller follower, String postId) {
        follows.follow(follower, postId);
    }

    @Override
    public boolean follows(Caller follower, String postId) {
        return follows.follows(follower, postId);
    }

    @Override
    public void unfollow(Caller follower, String postId) {
        follows.unfollow(follower, postId);
    }

    @Override
    public Conversation respond(Caller responder, String postId, String message) {
        return conversations.respond(responder, postId, message);
    }

    @Override
    public Page<Conversation> conversations(Caller participant, String cursor, int limit) {
        return conversations.conversations(participant, cursor, limit);
    }

    @Override
    public Conversation conversation(Caller participant, String conversationId) {
        return conversations.conversation(participant, conversationId);
    }

    @Override
    public Message send(Caller participant, String conversationId, String body) {
        return conversations.send(participant, conversationId, body);
    }

    @Override
    public Report report(Caller reporter, String targetType, String targetId, String reason) {
        return moderation.report(reporter, targetType, targetId, reason);
    }

    @Override
    public Page<Report> openReports(Caller moderator, String cursor, int limit) {
        return moderation.openReports(moderator, cursor, limit);
    }

    @Override
    public Post hide(Caller moderator, String postId) {
        return moderation.hide(moderator, postId);
    }

    @Override
    public Post restore(Caller moderator, String postId) {
        return moderation.restore(moderator, postId);
    }

    @Override
    public Message message(Caller viewer, String messageId) {
        return conversations.message(viewer, messageId);
    }

    @Override
    public Set<String> targetTypes() {
        return PostTargets.TYPES;
    }

    @Override
    public ModerationTarget target(String targetType, String targetId) {
        return targets.target(targetType, targetId);
    }

    @Override
    public ModerationTarget hide(String targetType, String targetId, boolean hidden) {
        return targets.hide(targetType, targetId, hidden);
    }

    @Override
    public List<OpenReport> open() {
        return moderation.open();
    }

    @Override
    public List<OpenReport> close(String targetType, String targetId, String outcome, String moderatorId,
            Instant at) {
        return moderation.close(targetType, targetId, outcome, moderatorId, at);
    }

    @Override
    public int expireDue(Instant now) {
        return expiry.expireDue(now);
    }

    @Override
    public int escalateDue(Instant now) {
        return escalations.escalateDue(now);
    }

    @Override
    public Page<Post> escalatedTo(Caller viewer, String actorId, String cursor, int limit) {
        return escalations.escalatedTo(viewer, actorId, cursor, limit);
    }

    @Override
    public Alert createAlert(Caller owner, NewAlert alert) {
        return alerts.create(owner, alert);
    }

    @Override
    public List<Alert> alerts(Caller owner) {
        return alerts.alerts(owner);
    }

    @Override
    public void deleteAlert(Caller owner, String alertId) {
        alerts.delete(owner, alertId);
    }

    @Override
    public void homeChanged(String accountId) {
        alerts.homeChanged(accountId);
    }
}
