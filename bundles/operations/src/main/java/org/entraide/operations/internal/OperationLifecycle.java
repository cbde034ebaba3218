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
package org.entraide.operations.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.actor.Actor;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.operation.NewOperation;
import org.entraide.services.operation.Operation;
import org.entraide.services.operation.OperationChanges;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.text.Texts;
import org.entraide.support.json.Attributes;

/**
 * An operation's life: proposed by its actor's managers under an installed type that the territory allows at
 * its place, read by those who may see it, changed by the managers. The actor's followers hear of it once it is
 * published, and those taking part hear of what changes their plans, as {@link OperationRules} decides.
 */
final class OperationLifecycle {

    private final OperationsContext operations;

    OperationLifecycle(OperationsContext operations) {
        this.operations = operations;
    }

    Operation create(Caller manager, String actorId, NewOperation operation) {
        Actor actor = operations.actors().get(manager, actorId, null);
        if (!operations.actors().isManager(manager.accountId(), actorId)) {
            throw new ForbiddenException("Only the actor's managers can propose its operations.");
        }
        if (!actor.typeAvailable()) {
            throw new ConflictException("This actor's type is not installed: it is read-only until it comes back.");
        }
        List<FieldError> errors = new ArrayList<>();
        OperationType type = operation.type() == null ? null : operations.type(operation.type());
        if (type == null) {
            errors.add(operation.type() == null
                    ? FieldError.of("type", "required", "est obligatoire : la clé d'un type d'opération installé",
                            "is required: the key of an installed operation type")
                    : FieldError.of("type", "not_a_type", "doit être la clé d'un type d'opération installé",
                            "must be the key of an installed operation type"));
        }
        OperationEntity entity = new OperationEntity();
        entity.id = UUID.randomUUID().toString();
        entity.actorId = actorId;
        entity.type = operation.type();
        entity.title = Texts.checkLine(operation.title(), "title", 3, 120, true, errors);
        entity.description = Texts.check(operation.description(), "description", 1, 4000, false, errors);
        GeoPoint location = OperationRules.location(operation.lat(), operation.lon(), actor.location(), errors);
        entity.startsAt = operation.startsAt();
        entity.endsAt = operation.endsAt();
        OperationRules.checkDates(entity.startsAt, entity.endsAt, errors);
        entity.status = OperationRules.initialStatus(operation.status(), errors);
        if (type != null && location != null) {
            entity.attributes = placed(type, actor, location, true, operation.attributes(), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        entity.locate(location, operations.geo().cellKeys(location));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entity.createdAt = now;
        entity.updatedAt = now;
        operations.jpa().tx(TransactionType.Required, em -> em.persist(entity));
        if (OperationRules.announced(null, entity.status)) {
            tellFollowers(actor, entity);
        }
        return operations.view(entity, actor, null);
    }

    /** The distance is from {@code centre}, else from the viewer's home when the viewer has one. */
    Operation get(Caller viewer, String operationId, GeoPoint centre) {
        OperationEntity operation = operations.visible(viewer, operationId);
        GeoPoint from = centre != null ? centre
                : viewer == null ? null : operations.identity().home(viewer.accountId());
        return operations.view(operation, operations.actor(operation.actorId), from);
    }

    Operation update(Caller manager, String operationId, OperationChanges changes) {
        OperationEntity current = operations.managed(manager, operationId);
        OperationType type = OperationRules.installed(operations.type(current.type));
        List<FieldError> errors = new ArrayList<>();
        OperationRules.checkCleared(changes.cleared(), errors);
        String title = changes.title() == null ? current.title
                : Texts.checkLine(changes.title(), "title", 3, 120, true, errors);
        String description = changes.cleared().contains("description") ? null : changes.description() == null
                ? current.description : Texts.check(changes.description(), "description", 1, 4000, false, errors);
        GeoPoint before = GeoPoint.of(current.lat, current.lon);
        GeoPoint place = OperationRules.location(changes.lat(), changes.lon(), before, errors);
        Instant startsAt = changes.cleared().contains("startsAt") ? null
                : changes.startsAt() == null ? current.startsAt : changes.startsAt();
        Instant endsAt = changes.cleared().contains("endsAt") ? null
                : changes.endsAt() == null ? current.endsAt : changes.endsAt();
        OperationRules.checkDates(startsAt, endsAt, errors);
        String status = OperationRules.nextStatus(current.status, changes.status(), errors);
        Actor actor = operations.actor(current.actorId);
        boolean moved = place != null && !place.equals(before);
        // The type judges its attributes against the place (a delivery radius around the actor, say), so a move
        // is checked like a creation there, with the attributes as they will be.
        String attributes = !OperationRules.rechecksAttributes(place, moved, changes.attributes() != null)
                ? current.attributes : placed(type, actor, place, moved, changes.attributes() != null
                        ? changes.attributes() : Attributes.read(current.attributes), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        boolean rescheduled = !Objects.equals(startsAt, current.startsAt)
                || !Objects.equals(endsAt, current.endsAt);
        OperationEntity saved = operations.jpa().txExpr(TransactionType.Required, em -> {
            OperationEntity row = em.find(OperationEntity.class, operationId);
            row.title = title;
            row.description = description;
            row.startsAt = startsAt;
            row.endsAt = endsAt;
            row.status = status;
            row.attributes = attributes;
            if (moved) {
                row.locate(place, operations.geo().cellKeys(place));
            }
            row.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return row;
        });
        if (OperationRules.announced(current.status, status) && !OperationsContext.hidden(saved, actor)) {
            tellFollowers(actor, saved);
        }
        String notice = OperationRules.participantNotice(current.status, status, moved, rescheduled);
        if (notice != null) {
            // Those still counting on it hear of what changes their plans: an end, a new place or new dates.
            Map<String, String> data = OperationRules.CLOSED_NOTICE.equals(notice) ? Map.of("title", saved.title)
                    : Map.of("title", saved.title, "moved", String.valueOf(moved), "rescheduled",
                            String.valueOf(rescheduled));
            for (String participant : standingParticipants(operationId)) {
                operations.publish(new NewNotification(participant, notice, "OPERATION", saved.id, data));
            }
        }
        return operations.view(saved, actor, null);
    }

    /** An operation is published: the actor's followers hear of it. */
    private void tellFollowers(Actor actor, OperationEntity operation) {
        for (String follower : operations.actors().followers(actor.id())) {
            operations.publish(new NewNotification(follower, "actor.operation", "OPERATION", operation.id,
                    Map.of("actorId", actor.id(), "actorName", actor.name(), "title", operation.title)));
        }
    }

    /**
     * An operation's attributes as stored, checked for a place: the territory there must allow the type (when the
     * place is new), then the type's schema, then the type's own rules with the actor's and the operation's
     * places. Refusals go to {@code errors}.
     */
    private String placed(OperationType type, Actor actor, GeoPoint place, boolean newPlace,
            Map<String, Object> attributes, List<FieldError> errors) {
        if (newPlace) {
            operations.territories().refusedType(place, type.key(), false).ifPresent(errors::add);
        }
        return Attributes.write(OperationRules.checkedAttributes(type, attributes,
                new OperationContext(actor.type(), actor.location(), place), errors));
    }

    /** Who takes part in an operation and was not declined, once each. */
    private List<String> standingParticipants(String operationId) {
        return operations.jpa().txExpr(TransactionType.Required, em -> em.createQuery("SELECT DISTINCT"
                + " p.participantId FROM ParticipationEntity p WHERE p.operationId = :operation"
                + " AND p.status <> 'DECLINED'", String.class).setParameter("operation", operationId)
                .getResultList());
    }
}
