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

import java.time.Instant;
import java.util.List;
import org.entraide.services.actor.Actor;
import org.entraide.services.actor.ActorService;
import org.entraide.api.error.NotFoundException;
import org.entraide.services.identity.Caller;
import org.entraide.services.moderation.ModerationService;
import org.entraide.services.moderation.ModerationTarget;
import org.entraide.services.moderation.OpenReport;
import org.entraide.services.moderation.ReportBook;
import org.entraide.services.territory.Territory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderators' actions, each in the same order: the caller's reach (403 for someone who moderates nothing),
 * the target (404), whether it lies within reach (403), the reason (422); then the owner changes it, its reports
 * are closed, the action is logged and those concerned are told. A refusal therefore writes nothing.
 *
 * <p>The owner's change, the reports' closing and the log entry are three transactions of three persistence
 * units: should the log fail after the change, the change stands (it is what the moderator asked) and the failure
 * reaches the moderator, who can act again; nothing is told before the log entry is written.
 */
final class Actions {

    private static final Logger LOG = LoggerFactory.getLogger(Actions.class);

    /** The reason logged when a verification is withdrawn through the old endpoint, which takes none. */
    static final String NO_REASON = "(sans motif : DELETE /actors/{id}/verification)";

    private final ModerationServiceImpl service;

    Actions(ModerationServiceImpl service) {
        this.service = service;
    }

    ModerationTarget hide(Caller moderator, String type, String id, String reason, boolean hide) {
        Reach reach = service.reach(moderator);
        Targets.check(type, Targets.HIDEABLE);
        ModerationTarget before = service.targets().target(type, id);
        reach.require(before.position());
        String why = ModerationService.reason(reason, hide);
        ModerationTarget after = service.targets().hide(type, id, hide);
        Instant now = service.now();
        List<OpenReport> closed = hide ? service.reports().close(type, id, ReportBook.HIDDEN,
                moderator.accountId(), now) : List.of();
        boolean changed = before.hidden() != after.hidden();
        if (changed || !closed.isEmpty()) {
            log(moderator, hide ? ModerationService.HIDE : ModerationService.RESTORE, after, why, now);
            if (hide && changed) {
                service.notices().hidden(after, why);
            }
            service.notices().outcome(closed, after, ReportBook.HIDDEN);
        }
        return after;
    }

    int dismiss(Caller moderator, String type, String id, String reason) {
        Reach reach = service.reach(moderator);
        Targets.check(type, ModerationService.TARGET_TYPES);
        ModerationTarget target;
        NotFoundException gone = null;
        try {
            target = service.targets().target(type, id);
        } catch (NotFoundException e) {
            if (!reach.everywhere()) {
                throw e;
            }
            // The platform's moderators may still close the reports on something deleted since.
            gone = e;
            target = Targets.gone(type, id);
        }
        reach.require(target.position());
        String why = ModerationService.reason(reason, false);
        Instant now = service.now();
        List<OpenReport> closed = service.reports().close(type, id, ReportBook.DISMISSED, moderator.accountId(),
                now);
        if (closed.isEmpty()) {
            if (gone != null) {
                throw gone;
            }
            return 0;
        }
        log(moderator, ModerationService.DISMISS, target, why, now);
        service.notices().outcome(closed, target, ReportBook.DISMISSED);
        return closed.size();
    }

    ModerationTarget verify(Caller moderator, String actorId, String reason, boolean verified) {
        Reach reach = service.reach(moderator);
        ActorService actors = service.actors();
        Actor before = actorId == null ? null : actors.lookUp(List.of(actorId)).get(actorId);
        if (before == null) {
            throw new NotFoundException("No such actor.");
        }
        reach.require(before.location());
        String why = ModerationService.reason(reason, !verified);
        String status = verified ? "VERIFIED" : "UNVERIFIED";
        Actor after = actors.verify(moderator, actorId, verified);
        ModerationTarget target = new ModerationTarget(Targets.ACTOR_TYPE, after.id(), after.location(),
                after.name(), after.managerIds(), after.hidden(), Targets.ACTOR_TYPE, after.id());
        if (!status.equals(before.verification())) {
            log(moderator, verified ? ModerationService.VERIFY : ModerationService.UNVERIFY, target, why,
                    service.now());
        }
        return target;
    }

    private void log(Caller moderator, String action, ModerationTarget target, String reason, Instant now) {
        Territory territory = service.moderators().territoryAt(target.position());
        service.log().record(moderator.accountId(), action, target.type(), target.id(),
                territory == null ? null : territory.key(), target.summary(), reason, null, now);
        LOG.info("{} {} {} by {}", action, target.type(), target.id(), moderator.accountId());
    }
}
