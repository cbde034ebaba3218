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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.actor.Actor;
import org.entraide.services.actor.ActorChanges;
import org.entraide.services.actor.NewActor;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.api.plugin.ActorType;
import org.entraide.support.moderation.Moderators;

/**
 * An actor's life: created by a resident, who becomes its first manager, under an installed type that the
 * territory allows there; read by anyone; changed by its managers while its type is installed; verified or not
 * by moderators and operators.
 */
final class ActorLifecycle {

    private final ActorsContext actors;
    private final ActorFields fields;
    private final Helps helps;

    ActorLifecycle(ActorsContext actors) {
        this.actors = actors;
        this.helps = new Helps(actors);
        this.fields = new ActorFields(point -> actors.geo().cellKeys(point));
    }

    Actor create(Caller creator, NewActor actor) {
        List<FieldError> errors = new ArrayList<>();
        ActorType type = actor.type() == null ? null : actors.type(actor.type());
        if (type == null) {
            errors.add(actor.type() == null
                    ? FieldError.of("type", "required", "est obligatoire : la clé d'un type d'acteur installé",
                            "is required: the key of an installed actor type")
                    : FieldError.of("type", "not_a_type", "doit être la clé d'un type d'acteur installé",
                            "must be the key of an installed actor type"));
        }
        ActorEntity entity = new ActorEntity();
        entity.id = UUID.randomUUID().toString();
        entity.type = actor.type();
        fields.fill(entity, actor, errors);
        List<String> helpsWith = helps.check(actor.helpsWith(), errors);
        if (type != null) {
            entity.attributes = ActorFields.attributes(type, actor.attributes(), entity, true, errors);
            if (errors.stream().noneMatch(e -> e.field().startsWith("location"))) {
                actors.territories().refusedType(GeoPoint.of(entity.lat, entity.lon), type.key(), true)
                        .ifPresent(errors::add);
            }
        }
        ActorsContext.reject(errors);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entity.verification = "UNVERIFIED";
        entity.createdAt = now;
        entity.updatedAt = now;
        actors.jpa().tx(TransactionType.Required, em -> {
            em.persist(entity);
            ManagerEntity manager = new ManagerEntity();
            manager.actorId = entity.id;
            manager.accountId = creator.accountId();
            manager.position = 0;
            em.persist(manager);
            if (helpsWith != null) {
                em.flush();
                Helps.write(em, entity.id, helpsWith);
            }
        });
        return actors.view(entity, List.of(creator.accountId()), null);
    }

    /** The distance is from {@code centre}, else from the viewer's home when the viewer has one. */
    Actor get(Caller viewer, String actorId, GeoPoint centre) {
        ActorEntity actor = actors.visible(viewer, actorId);
        GeoPoint from = centre != null ? centre
                : viewer == null ? null : actors.identity().home(viewer.accountId());
        return actors.view(actor, actors.managers(actorId), from);
    }

    Actor update(Caller manager, String actorId, ActorChanges changes) {
        ActorEntity current = actors.found(actorId);
        if (!actors.isManager(manager.accountId(), actorId)) {
            throw new ForbiddenException("Only the actor's managers can change it.");
        }
        ActorType type = actors.type(current.type);
        if (type == null) {
            throw new ConflictException("This actor's type is not installed: it is read-only until it comes back.");
        }
        List<FieldError> errors = new ArrayList<>();
        fields.change(current, changes, errors);
        List<String> helpsWith = helps.check(changes.helpsWith(), errors);
        if (changes.attributes() != null) {
            current.attributes = ActorFields.attributes(type, changes.attributes(), current, false, errors);
        }
        ActorsContext.reject(errors);
        current.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ActorEntity saved = actors.jpa().txExpr(TransactionType.Required, em -> {
            ActorEntity merged = em.merge(current);
            if (helpsWith != null) {
                Helps.write(em, actorId, helpsWith);
            }
            return merged;
        });
        return actors.view(saved, actors.managers(actorId), null);
    }

    /** The platform's moderators and operators, and the moderators of the actor's territory. */
    Actor verify(Caller moderator, String actorId, boolean verified) {
        Moderators moderators = actors.moderators();
        if (!moderators.moderatesAnything(moderator)) {
            throw new ForbiddenException("Moderators and operators only.");
        }
        ActorEntity current = actors.found(actorId);
        if (!moderators.moderatesAt(moderator, GeoPoint.of(current.lat, current.lon))) {
            throw new ForbiddenException("Only the moderators of its territory can verify this actor.");
        }
        ActorEntity saved = actors.jpa().txExpr(TransactionType.Required, em -> {
            ActorEntity actor = em.find(ActorEntity.class, actorId);
            actor.verification = verified ? "VERIFIED" : "UNVERIFIED";
            actor.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return actor;
        });
        return actors.view(saved, actors.managers(actorId), null);
    }
}
