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
import java.util.UUID;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.operation.Participation;
import org.entraide.services.paging.Cursors;
import org.entraide.services.paging.Page;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.ParticipationContext;
import org.entraide.support.json.Attributes;

/**
 * Taking part in operations: residents take part in published operations, checked by the type, and the actor's
 * managers hear of it; the managers list the participations, oldest first, and accept or decline each, which its
 * participant hears of.
 *
 * <p>Blocks: while a resident and the only manager of an actor block one another (either way), the resident
 * cannot take part in the actor's operations (403). An actor with several managers is an organisation rather than
 * a person, and the others can answer: a block between one of them and a resident does not close its operations to
 * that resident. Participations made before the block stay.
 */
final class Participations {

    /** The cursor kind of an operation's participations, oldest first. */
    private static final String PARTICIPATIONS = "op1";

    private final OperationsContext operations;

    Participations(OperationsContext operations) {
        this.operations = operations;
    }

    /** The participation fields the operation offers, to whoever may see it; none while its type is away. */
    List<FieldSpec> offered(Caller viewer, String operationId) {
        OperationEntity operation = operations.visible(viewer, operationId);
        OperationType type = operations.type(operation.type);
        return type == null ? List.of()
                : OperationRules.offeredParticipationFields(type, Attributes.read(operation.attributes));
    }

    Participation participate(Caller participant, String operationId, Map<String, Object> attributes) {
        OperationEntity operation = operations.visible(participant, operationId);
        OperationType type = OperationRules.installed(operations.type(operation.type));
        OperationRules.checkOpen(operation.status);
        List<String> managers = operations.actor(operation.actorId).managerIds();
        refuseIfBlocked(participant.accountId(), managers);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> stored = Attributes.read(operation.attributes);
        Map<String, Object> checked = OperationRules.checkedParticipation(type, stored, attributes,
                () -> new ParticipationContext(stored,
                        operations.actor(operation.actorId).location(),
                        GeoPoint.of(operation.lat, operation.lon),
                        operations.identity().home(participant.accountId())), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ParticipationEntity entity = new ParticipationEntity();
        entity.id = UUID.randomUUID().toString();
        entity.operationId = operationId;
        entity.participantId = participant.accountId();
        entity.attributes = Attributes.write(checked);
        entity.status = "RECEIVED";
        entity.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        operations.jpa().tx(TransactionType.Required, em -> {
            em.persist(entity);
            em.find(OperationEntity.class, operationId).participationsCount++;
        });
        String name = operations.identity().displayNames(List.of(participant.accountId())).get(participant.accountId());
        Map<String, String> data = name == null ? Map.of("title", operation.title)
                : Map.of("title", operation.title, "displayName", name);
        for (String manager : managers) {
            operations.publish(new NewNotification(manager, "operation.participation", "OPERATION", operationId,
                    data));
        }
        return view(entity);
    }

    Page<Participation> participations(Caller manager, String operationId, String cursor, int limit) {
        OperationEntity operation = operations.visible(manager, operationId);
        if (!operations.actors().isManager(manager.accountId(), operation.actorId)) {
            throw new ForbiddenException("Only the actor's managers see its participations.");
        }
        Cursors.Position after = Cursors.decode(PARTICIPATIONS, cursor);
        List<ParticipationEntity> rows = operations.jpa().txExpr(TransactionType.Required, em -> {
            var select = em.createQuery("SELECT p FROM ParticipationEntity p WHERE p.operationId = :op"
                    + (after == null ? "" : " AND (p.createdAt > :time OR (p.createdAt = :time AND p.id > :id))")
                    + " ORDER BY p.createdAt, p.id", ParticipationEntity.class).setParameter("op", operationId);
            if (after != null) {
                select.setParameter("time", after.time()).setParameter("id", after.id());
            }
            return select.setMaxResults(limit + 1).getResultList();
        });
        return KeysetPages.page(rows, limit, PARTICIPATIONS, p -> p.createdAt, p -> p.id, this::view);
    }

    Participation decide(Caller manager, String operationId, String participationId, String status) {
        operations.managed(manager, operationId);
        OperationRules.checkDecision(status);
        ParticipationEntity decided = operations.jpa().txExpr(TransactionType.Required, em -> {
            ParticipationEntity participation = participationId == null || participationId.length() > 36 ? null
                    : em.find(ParticipationEntity.class, participationId);
            if (participation == null || !participation.operationId.equals(operationId)) {
                return null;
            }
            participation.status = status;
            return participation;
        });
        if (decided == null) {
            throw new NotFoundException("No such participation.");
        }
        operations.publish(new NewNotification(decided.participantId, "operation.decision", "OPERATION",
                operationId, Map.of("status", status)));
        return view(decided);
    }

    /**
     * Refuses a participant who blocks the only manager, or whom the only manager blocks: the one who blocks is told
     * so, the one blocked only that it is not possible, never why.
     */
    private void refuseIfBlocked(String participantId, List<String> managers) {
        if (managers.size() != 1 || managers.get(0).equals(participantId)) {
            return;
        }
        String manager = managers.get(0);
        if (operations.relations().blocks(participantId, manager)) {
            throw new ForbiddenException("You blocked the person who manages this actor: unblock them first.");
        }
        if (operations.relations().blocks(manager, participantId)) {
            throw new ForbiddenException("You cannot take part in this operation.");
        }
    }

    private Participation view(ParticipationEntity p) {
        String name = operations.identity().displayNames(List.of(p.participantId)).get(p.participantId);
        return new Participation(p.id, p.operationId, p.participantId, name, Attributes.read(p.attributes), p.status,
                p.createdAt);
    }
}
