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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.actor.Actor;
import org.entraide.api.actor.ActorService;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.api.identity.Caller;
import org.entraide.api.identity.IdentityService;
import org.entraide.api.notification.NewNotification;
import org.entraide.api.notification.NotificationService;
import org.entraide.api.operation.NewOperation;
import org.entraide.api.operation.OperationChanges;
import org.entraide.api.operation.Operation;
import org.entraide.api.operation.OperationQuery;
import org.entraide.api.operation.OperationService;
import org.entraide.api.operation.Participation;
import org.entraide.api.paging.Cursors;
import org.entraide.api.paging.Page;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.ParticipationContext;
import org.entraide.api.territory.TerritoryService;
import org.entraide.api.text.Texts;
import org.entraide.support.json.Attributes;
import org.entraide.support.place.ListPlace;
import org.entraide.support.place.Reader;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Operations on the {@code entraide-operations} persistence unit. Operation types are bound as they
 * come and go; an operation whose type is gone stays readable and refuses participations (409).
 */
@Component(service = OperationService.class)
public class OperationServiceImpl implements OperationService {

    /** Cursor kinds: operations nearest first around a centre, an actor's newest first, participations oldest first. */
    private static final String NEARBY = "on1";
    private static final String OF_ACTOR = "oa1";
    private static final String PARTICIPATIONS = "op1";

    @Reference(target = "(osgi.unit.name=entraide-operations)")
    private JpaTemplate jpa;

    @Reference
    private GeoRadiusService geo;

    @Reference
    private TerritoryService territories;

    @Reference
    private IdentityService identity;

    @Reference
    private ActorService actors;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile NotificationService notifications;

    private final ConcurrentMap<String, OperationType> types = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(OperationType type) {
        types.put(type.key(), type);
    }

    void removeType(OperationType type) {
        types.remove(type.key(), type);
    }

    @Override
    public List<OperationType> types() {
        return types.values().stream().sorted(Comparator.comparing(OperationType::key)).collect(Collectors.toList());
    }

    @Override
    public Operation create(Caller manager, String actorId, NewOperation operation) {
        Actor actor = actors.get(manager, actorId, null);
        if (!actors.isManager(manager.accountId(), actorId)) {
            throw new ForbiddenException("Only the actor's managers can propose its operations.");
        }
        if (!actor.typeAvailable()) {
            throw new ConflictException("This actor's type is not installed: it is read-only until it comes back.");
        }
        List<FieldError> errors = new ArrayList<>();
        OperationType type = operation.type() == null ? null : types.get(operation.type());
        if (type == null) {
            errors.add(new FieldError("type", operation.type() == null
                    ? "is required: the key of an installed operation type"
                    : "must be the key of an installed operation type"));
        }
        OperationEntity entity = new OperationEntity();
        entity.id = UUID.randomUUID().toString();
        entity.actorId = actorId;
        entity.type = operation.type();
        entity.title = Texts.check(operation.title(), "title", 3, 120, true, errors);
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
        entity.locate(location, geo.cellKeys(location));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entity.createdAt = now;
        entity.updatedAt = now;
        jpa.tx(TransactionType.Required, em -> em.persist(entity));
        if (OperationRules.announced(null, entity.status)) {
            tellFollowers(actor, entity);
        }
        return view(entity, actor.name(), null);
    }

    @Override
    public Operation get(Caller viewer, String operationId, GeoPoint centre) {
        OperationEntity operation = visible(viewer, operationId);
        GeoPoint from = centre != null ? centre : viewer == null ? null : identity.home(viewer.accountId());
        return view(operation, actors.get(null, operation.actorId, null).name(), from);
    }

    @Override
    public Page<Operation> list(Caller viewer, OperationQuery query) {
        Reader reader = Reader.of(viewer, identity, "Sign in, or give lat and lon, to list operations.");
        ListPlace place = ListPlace.around(query.centre(), query.radiusKm(), reader, territories, geo);
        CellCovering covering = place.covering();
        List<OperationEntity> inCells = jpa.txExpr(TransactionType.Required, em -> {
            var select = em.createQuery("SELECT o FROM OperationEntity o WHERE o.cell" + covering.level()
                    + " IN :cells AND o.status = 'PUBLISHED'" + (query.type() == null ? "" : " AND o.type = :type"),
                    OperationEntity.class).setParameter("cells", covering.keys());
            if (query.type() != null) {
                select.setParameter("type", query.type());
            }
            return select.getResultList();
        });
        List<OperationEntity> inside = inCells.stream().filter(o -> place.contains(GeoPoint.of(o.lat, o.lon)))
                .collect(Collectors.toList());
        Page<OperationEntity> page = Cursors.nearestFirst(inside,
                o -> place.distanceMetres(GeoPoint.of(o.lat, o.lon)), o -> o.id, NEARBY, query.cursor(),
                query.limit());
        return new Page<>(page.items().stream().map(o -> view(o, actors.get(null, o.actorId, null).name(),
                place.centre())).collect(Collectors.toList()), page.nextCursor());
    }

    @Override
    public Page<Operation> ofActor(Caller viewer, String actorId, String cursor, int limit) {
        Actor actor = actors.get(viewer, actorId, null);
        boolean manager = viewer != null && actors.isManager(viewer.accountId(), actorId);
        Cursors.Position after = Cursors.decode(OF_ACTOR, cursor);
        List<OperationEntity> rows = jpa.txExpr(TransactionType.Required, em -> {
            var select = em.createQuery("SELECT o FROM OperationEntity o WHERE o.actorId = :actor"
                    + (manager ? "" : " AND o.status <> 'DRAFT'")
                    + (after == null ? "" : " AND (o.createdAt < :time OR (o.createdAt = :time AND o.id < :id))")
                    + " ORDER BY o.createdAt DESC, o.id DESC", OperationEntity.class).setParameter("actor", actorId);
            if (after != null) {
                select.setParameter("time", after.time()).setParameter("id", after.id());
            }
            return select.setMaxResults(limit + 1).getResultList();
        });
        boolean more = rows.size() > limit;
        List<OperationEntity> page = more ? rows.subList(0, limit) : rows;
        List<Operation> items = page.stream().map(o -> view(o, actor.name(), null)).collect(Collectors.toList());
        OperationEntity last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(items, more ? Cursors.encode(OF_ACTOR, last.createdAt, last.id) : null);
    }

    @Override
    public Operation changeStatus(Caller manager, String operationId, String status) {
        return update(manager, operationId, OperationChanges.status(status));
    }

    @Override
    public Operation update(Caller manager, String operationId, OperationChanges changes) {
        OperationEntity current = managed(manager, operationId);
        OperationType type = OperationRules.installed(types.get(current.type));
        List<FieldError> errors = new ArrayList<>();
        OperationRules.checkCleared(changes.cleared(), errors);
        String title = changes.title() == null ? current.title
                : Texts.check(changes.title(), "title", 3, 120, true, errors);
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
        Actor actor = actors.get(null, current.actorId, null);
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
        OperationEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            OperationEntity row = em.find(OperationEntity.class, operationId);
            row.title = title;
            row.description = description;
            row.startsAt = startsAt;
            row.endsAt = endsAt;
            row.status = status;
            row.attributes = attributes;
            if (moved) {
                row.locate(place, geo.cellKeys(place));
            }
            row.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return row;
        });
        if (OperationRules.announced(current.status, status)) {
            tellFollowers(actor, saved);
        }
        String notice = OperationRules.participantNotice(current.status, status, moved, rescheduled);
        if (notice != null) {
            // Those still counting on it hear of what changes their plans: an end, a new place or new dates.
            Map<String, String> data = OperationRules.CLOSED_NOTICE.equals(notice) ? Map.of("title", saved.title)
                    : Map.of("title", saved.title, "moved", String.valueOf(moved), "rescheduled",
                            String.valueOf(rescheduled));
            for (String participant : standingParticipants(operationId)) {
                publish(new NewNotification(participant, notice, "OPERATION", saved.id, data));
            }
        }
        return view(saved, actor.name(), null);
    }

    /** An operation is published: the actor's followers hear of it. */
    private void tellFollowers(Actor actor, OperationEntity operation) {
        for (String follower : actors.followers(actor.id())) {
            publish(new NewNotification(follower, "actor.operation", "OPERATION", operation.id,
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
            territories.refusedType(place, type.key(), false).ifPresent(errors::add);
        }
        return Attributes.write(OperationRules.checkedAttributes(type, attributes,
                new OperationContext(actor.type(), actor.location(), place), errors));
    }

    /** Who takes part in an operation and was not declined, once each. */
    private List<String> standingParticipants(String operationId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT DISTINCT p.participantId"
                + " FROM ParticipationEntity p WHERE p.operationId = :operation AND p.status <> 'DECLINED'",
                String.class).setParameter("operation", operationId).getResultList());
    }

    @Override
    public Participation decide(Caller manager, String operationId, String participationId, String status) {
        managed(manager, operationId);
        OperationRules.checkDecision(status);
        ParticipationEntity decided = jpa.txExpr(TransactionType.Required, em -> {
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
        publish(new NewNotification(decided.participantId, "operation.decision", "OPERATION", operationId,
                Map.of("status", status)));
        return view(decided);
    }

    private OperationEntity managed(Caller manager, String operationId) {
        OperationEntity operation = visible(manager, operationId);
        if (!actors.isManager(manager.accountId(), operation.actorId)) {
            throw new ForbiddenException("Only the actor's managers can change its operations.");
        }
        return operation;
    }

    @Override
    public Participation participate(Caller participant, String operationId, Map<String, Object> attributes) {
        OperationEntity operation = visible(participant, operationId);
        OperationType type = OperationRules.installed(types.get(operation.type));
        OperationRules.checkOpen(operation.status);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = OperationRules.checkedParticipation(type, attributes,
                () -> new ParticipationContext(Attributes.read(operation.attributes),
                        actors.get(null, operation.actorId, null).location(), GeoPoint.of(operation.lat, operation.lon),
                        identity.home(participant.accountId())), errors);
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
        jpa.tx(TransactionType.Required, em -> {
            em.persist(entity);
            em.find(OperationEntity.class, operationId).participationsCount++;
        });
        for (String manager : actors.get(null, operation.actorId, null).managerIds()) {
            publish(new NewNotification(manager, "operation.participation", "OPERATION", operationId,
                    Map.of("title", operation.title)));
        }
        return view(entity);
    }

    @Override
    public Page<Participation> participations(Caller manager, String operationId, String cursor, int limit) {
        OperationEntity operation = visible(manager, operationId);
        if (!actors.isManager(manager.accountId(), operation.actorId)) {
            throw new ForbiddenException("Only the actor's managers see its participations.");
        }
        Cursors.Position after = Cursors.decode(PARTICIPATIONS, cursor);
        List<ParticipationEntity> rows = jpa.txExpr(TransactionType.Required, em -> {
            var select = em.createQuery("SELECT p FROM ParticipationEntity p WHERE p.operationId = :op"
                    + (after == null ? "" : " AND (p.createdAt > :time OR (p.createdAt = :time AND p.id > :id))")
                    + " ORDER BY p.createdAt, p.id", ParticipationEntity.class).setParameter("op", operationId);
            if (after != null) {
                select.setParameter("time", after.time()).setParameter("id", after.id());
            }
            return select.setMaxResults(limit + 1).getResultList();
        });
        boolean more = rows.size() > limit;
        List<ParticipationEntity> page = more ? rows.subList(0, limit) : rows;
        ParticipationEntity last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(page.stream().map(this::view).collect(Collectors.toList()),
                more ? Cursors.encode(PARTICIPATIONS, last.createdAt, last.id) : null);
    }

    private OperationEntity visible(Caller viewer, String operationId) {
        OperationEntity operation = operationId == null || operationId.length() > 36 ? null
                : jpa.txExpr(TransactionType.Required, em -> em.find(OperationEntity.class, operationId));
        if (operation == null || !OperationRules.shown(operation.status,
                () -> viewer != null && actors.isManager(viewer.accountId(), operation.actorId))) {
            throw new NotFoundException("No such operation.");
        }
        return operation;
    }

    private Operation view(OperationEntity o, String actorName, GeoPoint from) {
        GeoPoint location = GeoPoint.of(o.lat, o.lon);
        Double distance = from == null ? null : geo.displayDistanceKm(geo.distanceMetres(from, location));
        return new Operation(o.id, o.actorId, actorName, o.type, types.containsKey(o.type), o.title, o.description,
                location, o.startsAt, o.endsAt, o.status, Attributes.read(o.attributes), o.participationsCount,
                distance, o.createdAt);
    }

    private Participation view(ParticipationEntity p) {
        String name = identity.displayNames(List.of(p.participantId)).get(p.participantId);
        return new Participation(p.id, p.operationId, p.participantId, name, Attributes.read(p.attributes), p.status,
                p.createdAt);
    }

    private void publish(NewNotification notification) {
        NotificationService.publishQuietly(notifications, notification);
    }
}
