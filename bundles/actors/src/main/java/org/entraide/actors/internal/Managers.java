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
package org.entraide.actors.internal;

import static org.entraide.services.actor.ActorService.INVITATION_DAYS;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.FieldError;
import org.entraide.services.actor.Actor;
import org.entraide.services.actor.ActorManager;
import org.entraide.services.actor.ManagerInvitation;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.services.identity.Caller;
import org.entraide.services.notification.NewNotification;

/**
 * Who manages an actor: its managers see who they are, invite others with a code that serves once and lasts
 * {@value org.entraide.services.actor.ActorService#INVITATION_DAYS} days, and remove managers, never the last one.
 */
final class Managers {

    private final ActorsContext actors;

    Managers(ActorsContext actors) {
        this.actors = actors;
    }

    ManagerInvitation invite(Caller manager, String actorId) {
        managed(manager, actorId, "Only the actor's managers can invite others to manage it.");
        String code = InvitationCodes.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        InvitationEntity invitation = new InvitationEntity();
        invitation.codeDigest = InvitationCodes.digest(code);
        invitation.actorId = actorId;
        invitation.createdBy = manager.accountId();
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(INVITATION_DAYS, ChronoUnit.DAYS);
        actors.jpa().tx(TransactionType.Required, em -> {
            em.createQuery("DELETE FROM InvitationEntity i WHERE i.actorId = :actor AND i.expiresAt <= :now")
                    .setParameter("actor", actorId).setParameter("now", now).executeUpdate();
            em.persist(invitation);
        });
        return new ManagerInvitation(actorId, code, invitation.expiresAt);
    }

    /** A resident giving an open invitation's code manages the actor, after the others, who are told. */
    Actor join(Caller resident, String actorId, String code) {
        ActorEntity actor = actors.visible(resident, actorId);
        String normalised = InvitationCodes.normalised(code);
        if (normalised == null) {
            throw new ValidationException(FieldError.of("code", "pattern",
                    "doit être les 12 caractères d'une invitation, sous la forme XXXX-XXXX-XXXX",
                    "must be the 12 characters of an invitation, as XXXX-XXXX-XXXX"));
        }
        if (actors.isManager(resident.accountId(), actorId)) {
            return actors.view(actor, actors.managers(actorId), null);
        }
        String digest = InvitationCodes.digest(normalised);
        Instant now = Instant.now();
        // Spent by the DELETE itself: of two residents entering one code at once, one deletes the row, the other
        // deletes nothing and is refused.
        boolean joined = actors.jpa().txExpr(TransactionType.Required, em -> {
            int spent = em.createQuery("DELETE FROM InvitationEntity i WHERE i.codeDigest = :digest"
                    + " AND i.actorId = :actor AND i.expiresAt > :now").setParameter("digest", digest)
                    .setParameter("actor", actorId).setParameter("now", now).executeUpdate();
            if (spent == 0) {
                return false;
            }
            Integer last = em.createQuery("SELECT MAX(m.position) FROM ManagerEntity m WHERE m.actorId = :actor",
                    Integer.class).setParameter("actor", actorId).getSingleResult();
            ManagerEntity manager = new ManagerEntity();
            manager.actorId = actorId;
            manager.accountId = resident.accountId();
            manager.position = last == null ? 0 : last + 1;
            em.persist(manager);
            return true;
        });
        if (!joined) {
            throw new ValidationException(FieldError.of("code", "not_an_invitation",
                    "n'est pas une invitation ouverte à gérer cet acteur : un code sert une fois et dure "
                            + INVITATION_DAYS + " jours ; demandez-en un nouveau à l'un de ses gestionnaires",
                    "is not an open invitation to manage this actor: codes serve once and last " + INVITATION_DAYS
                            + " days; ask one of its managers for a new one"));
        }
        List<String> managers = actors.managers(actorId);
        String name = actors.identity().displayNames(List.of(resident.accountId()))
                .getOrDefault(resident.accountId(), "");
        for (String other : managers) {
            if (!other.equals(resident.accountId())) {
                actors.publish(new NewNotification(other, "actor.manager", "ACTOR", actorId,
                        Map.of("actorName", actor.name, "displayName", name)));
            }
        }
        return actors.view(actor, managers, null);
    }

    List<ActorManager> managers(Caller manager, String actorId) {
        List<String> managers = managed(manager, actorId, "Only the actor's managers can see who manages it.");
        Map<String, String> names = actors.identity().displayNames(managers);
        return managers.stream().map(id -> new ActorManager(id, names.getOrDefault(id, "")))
                .collect(Collectors.toList());
    }

    Actor removeManager(Caller manager, String actorId, String accountId) {
        List<String> managers = managed(manager, actorId, "Only the actor's managers can change who manages it.");
        if (!managers.contains(accountId)) {
            throw new NotFoundException("This account does not manage this actor.");
        }
        if (managers.size() == 1) {
            throw new ConflictException("The last manager cannot leave: invite someone to manage the actor first.");
        }
        actors.jpa().tx(TransactionType.Required, em -> em.createQuery("DELETE FROM ManagerEntity m"
                + " WHERE m.actorId = :actor AND m.accountId = :account").setParameter("actor", actorId)
                .setParameter("account", accountId).executeUpdate());
        return actors.view(actors.found(actorId), actors.managers(actorId), null);
    }

    /** The actor's managers, when the caller is one of them (404 for no actor, 403 with {@code refusal} else). */
    private List<String> managed(Caller caller, String actorId, String refusal) {
        actors.found(actorId);
        List<String> managers = actors.managers(actorId);
        if (!managers.contains(caller.accountId())) {
            throw new ForbiddenException(refusal);
        }
        return managers;
    }
}
