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

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.actor.Actor;
import org.entraide.services.actor.ActorService;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.services.identity.AccountRelations;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.notification.NotificationService;
import org.entraide.services.operation.Operation;
import org.entraide.api.plugin.OperationType;
import org.entraide.services.territory.TerritoryService;
import org.entraide.support.json.Attributes;
import org.entraide.support.moderation.Moderators;

/**
 * What the parts of the operation service share: the services the component is bound to, the operation types
 * installed now, which operations a caller may see or change, how an operation is shown, and telling someone
 * about it.
 *
 * <p>The component has no activate method (one would change its component description), so its parts are built
 * with it, before SCR sets its references: each service is asked for on use, as the component itself did.
 */
final class OperationsContext {

    private final Supplier<JpaTemplate> jpa;
    private final Supplier<GeoRadiusService> geo;
    private final Supplier<TerritoryService> territories;
    private final Supplier<IdentityService> identity;
    private final Supplier<ActorService> actors;
    private final Supplier<AccountRelations> relations;
    private final Supplier<NotificationService> notifications;
    private final Map<String, OperationType> types;

    OperationsContext(Supplier<JpaTemplate> jpa, Supplier<GeoRadiusService> geo,
            Supplier<TerritoryService> territories, Supplier<IdentityService> identity, Supplier<ActorService> actors,
            Supplier<AccountRelations> relations, Supplier<NotificationService> notifications,
            Map<String, OperationType> types) {
        this.jpa = jpa;
        this.geo = geo;
        this.territories = territories;
        this.identity = identity;
        this.actors = actors;
        this.relations = relations;
        this.notifications = notifications;
        this.types = types;
    }

    JpaTemplate jpa() {
        return jpa.get();
    }

    GeoRadiusService geo() {
        return geo.get();
    }

    TerritoryService territories() {
        return territories.get();
    }

    IdentityService identity() {
        return identity.get();
    }

    ActorService actors() {
        return actors.get();
    }

    AccountRelations relations() {
        return relations.get();
    }

    /** The installed type of this key, or {@code null} when it is not installed now. */
    OperationType type(String key) {
        return types.get(key);
    }

    /**
     * The operation, unless there is none, or it is a draft or it is hidden (by moderators, or with its actor) and
     * the viewer neither manages its actor nor moderates its place: then 404. Moderators see drafts, so that what
     * they may act on they may also read.
     */
    OperationEntity visible(Caller viewer, String operationId) {
        OperationEntity operation = operationId == null || operationId.length() > 36 ? null
                : jpa().txExpr(TransactionType.Required, em -> em.find(OperationEntity.class, operationId));
        if (operation == null || !OperationRules.shown(operation.status, () -> mayAlwaysSee(viewer, operation))
                || (hidden(operation, actor(operation.actorId)) && !mayAlwaysSee(viewer, operation))) {
            throw new NotFoundException("No such operation.");
        }
        return operation;
    }

    /** The operation, when the caller manages its actor: 404 as {@link #visible}, else 403. */
    OperationEntity managed(Caller manager, String operationId) {
        OperationEntity operation = visible(manager, operationId);
        if (!actors().isManager(manager.accountId(), operation.actorId)) {
            throw new ForbiddenException("Only the actor's managers can change its operations.");
        }
        return operation;
    }

    /** The operation's actor, hidden or not: the operation's visibility depends on it, not the caller's. */
    Actor actor(String actorId) {
        Actor actor = actors().lookUp(List.of(actorId)).get(actorId);
        if (actor == null) {
            throw new NotFoundException("No such actor.");
        }
        return actor;
    }

    /** Whether the public does not see the operation: moderators hid it, or its actor. */
    static boolean hidden(OperationEntity operation, Actor actor) {
        return operation.hidden || actor.hidden();
    }

    /** Whether this viewer sees the operation even hidden: its actor's managers and the moderators of its place. */
    boolean mayAlwaysSee(Caller viewer, OperationEntity operation) {
        return viewer != null && (actors().isManager(viewer.accountId(), operation.actorId)
                || new Moderators(territories(), identity()).moderatesAt(viewer,
                        GeoPoint.of(operation.lat, operation.lon)));
    }

    /** An operation as shown, with its distance from {@code from} when there is one. */
    Operation view(OperationEntity o, Actor actor, GeoPoint from) {
        GeoPoint location = GeoPoint.of(o.lat, o.lon);
        Double distance = from == null ? null : geo().displayDistanceKm(geo().distanceMetres(from, location));
        return new Operation(o.id, o.actorId, actor.name(), o.type, types.containsKey(o.type), o.title,
                o.description, location, o.startsAt, o.endsAt, o.status, Attributes.read(o.attributes),
                o.participationsCount, distance, o.createdAt, hidden(o, actor));
    }

    /** Quietly: without the notifications bundle, nobody is told and the caller goes on. */
    void publish(NewNotification notification) {
        NotificationService.publishQuietly(notifications.get(), notification);
    }
}
