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

import java.time.Clock;
import java.time.Instant;
import org.apache.aries.jpa.template.JpaTemplate;
import org.entraide.services.actor.ActorService;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.moderation.ModeratedContent;
import org.entraide.services.moderation.ModerationEntry;
import org.entraide.services.moderation.ModerationService;
import org.entraide.services.moderation.ModerationTarget;
import org.entraide.services.moderation.ReportBook;
import org.entraide.services.moderation.ReportGroup;
import org.entraide.services.notification.NotificationService;
import org.entraide.services.paging.Page;
import org.entraide.services.territory.Territory;
import org.entraide.services.territory.TerritoryService;
import org.entraide.support.moderation.Moderators;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Moderation on the {@code entraide-moderation} persistence unit, which holds the log alone. The targets belong to
 * other bundles, bound as {@link ModeratedContent} services as they come and go (posts and messages, actors,
 * operations); reports are the posts bundle's ({@link ReportBook}); accounts are identity's. Who moderates where is
 * {@link Moderators}, shared with the bundles that decide who sees hidden things, so that both answer alike.
 *
 * <p>The component hands each area to its part: {@link Actions} (hide, restore, dismiss, verify),
 * {@link ModerationLog}, {@link ReportGroups} and {@link Notices}. It has no activate method: the parts are built
 * with it and ask for the services on use.
 */
@Component(service = ModerationService.class)
public class ModerationServiceImpl implements ModerationService {

    @Reference(target = "(osgi.unit.name=entraide-moderation)")
    private JpaTemplate jpa;

    @Reference
    private TerritoryService territories;

    @Reference
    private IdentityService identity;

    @Reference
    private ReportBook reports;

    @Reference
    private ActorService actors;

    /** Optional: without the notifications bundle, moderation works and nobody is told. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile NotificationService notifications;

    private volatile Clock clock = Clock.systemUTC();

    private final Targets targets = new Targets(() -> identity);
    private final ModerationLog log = new ModerationLog(() -> jpa, () -> identity);
    private final Notices notices = new Notices(() -> notifications);
    private final Actions actions = new Actions(this);
    private final AccountActions accounts = new AccountActions(this);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContent(ModeratedContent content) {
        targets.add(content);
    }

    void removeContent(ModeratedContent content) {
        targets.remove(content);
    }

    /** For tests: the services and the clock, as SCR and time would give them. */
    void bind(JpaTemplate jpaTemplate, TerritoryService territoryService, IdentityService identityService,
            ReportBook reportBook, ActorService actorService, NotificationService notificationService, Clock time) {
        this.jpa = jpaTemplate;
        this.territories = territoryService;
        this.identity = identityService;
        this.reports = reportBook;
        this.actors = actorService;
        this.notifications = notificationService;
        this.clock = time;
    }

    @Override
    public ModerationTarget hide(Caller moderator, String targetType, String targetId, String reason) {
        return actions.hide(moderator, targetType, targetId, reason, true);
    }

    @Override
    public ModerationTarget restore(Caller moderator, String targetType, String targetId, String reason) {
        return actions.hide(moderator, targetType, targetId, reason, false);
    }

    @Override
    public int dismiss(Caller moderator, String targetType, String targetId, String reason) {
        return actions.dismiss(moderator, targetType, targetId, reason);
    }

    @Override
    public ModerationTarget verify(Caller moderator, String actorId, String reason) {
        return actions.verify(moderator, actorId, reason, true);
    }

    @Override
    public ModerationTarget unverify(Caller moderator, String actorId, String reason) {
        return actions.verify(moderator, actorId, reason, false);
    }

    @Override
    public Account suspend(Caller moderator, String accountId, String reason, Instant until) {
        return accounts.suspend(moderator, accountId, reason, until);
    }

    @Override
    public Account reinstate(Caller moderator, String accountId, String reason) {
        return accounts.reinstate(moderator, accountId, reason);
    }

    @Override
    public Page<ModerationEntry> log(Caller moderator, String cursor, int limit) {
        return log.list(reach(moderator), cursor, pageSize(limit));
    }

    @Override
    public Page<ReportGroup> reportGroups(Caller moderator, String cursor, int limit) {
        Reach reach = reach(moderator);
        return new ReportGroups(targets, identity).page(reach, reports.open(), cursor, pageSize(limit));
    }

    @Override
    public void checkModerates(Caller moderator, GeoPoint where) {
        reach(moderator).require(where);
    }

    @Override
    public ModerationEntry record(Caller moderator, String action, String targetType, String targetId,
            GeoPoint where, String summary, String reason, Instant until) {
        if (!ACTIONS.contains(action) || !TARGET_TYPES.contains(targetType) || targetId == null
                || targetId.isBlank() || targetId.length() > 36) {
            throw new IllegalArgumentException("Not a moderation action: " + action + " " + targetType + " "
                    + targetId);
        }
        if (reason != null && !reason.equals(ModerationService.reason(reason, false))) {
            throw new IllegalArgumentException("The reason must be checked with ModerationService.reason first");
        }
        Territory territory = moderators().territoryAt(where);
        return log.record(moderator.accountId(), action, targetType, targetId,
                territory == null ? null : territory.key(), summary, reason, until, now());
    }

    Reach reach(Caller moderator) {
        return Reach.of(moderators(), moderator);
    }

    Moderators moderators() {
        return new Moderators(territories, identity);
    }

    Targets targets() {
        return targets;
    }

    ReportBook reports() {
        return reports;
    }

    IdentityService identity() {
        return identity;
    }

    ActorService actors() {
        return actors;
    }

    ModerationLog log() {
        return log;
    }

    Notices notices() {
        return notices;
    }

    Instant now() {
        return clock.instant();
    }

    /** A page size kept between 1 and 1000 (the API asks for at most 100, the shell for more). */
    private static int pageSize(int limit) {
        return Math.max(1, Math.min(1000, limit));
    }
}
