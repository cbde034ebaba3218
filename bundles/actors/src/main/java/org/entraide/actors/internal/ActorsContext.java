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

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.actor.Actor;
import org.entraide.services.actor.Contact;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.notification.NotificationService;
import org.entraide.api.plugin.ActorType;
import org.entraide.services.territory.TerritoryService;
import org.entraide.support.json.Attributes;
import org.entraide.support.moderation.Moderators;

/**
 * What the parts of the actor service share: the services the component is bound to, the actor types installed
 * now, finding an actor and its managers, how an actor is shown, and telling someone about it.
 *
 * <p>The component has no activate method (one would change its component description), so its parts are built
 * with it, before SCR sets its references: each service is asked for on use, as the component itself did.
 */
final class ActorsContext {

    private final Supplier<JpaTemplate> jpa;
    private final Supplier<GeoRadiusService> geo;
    private final Supplier<TerritoryService> territories;
    private final Supplier<IdentityService> identity;
    private final Supplier<NotificationService> notifications;
    private final Map<String, ActorType> types;
    /** The keys of the post categories, asked for on use; none until the component sets where they come from. */
    private volatile Supplier<Collection<String>> categoryKeys = List::of;

    ActorsContext(Supplier<JpaTemplate> jpa, Supplier<GeoRadiusService> geo, Supplier<TerritoryService> territories,
            Supplier<IdentityService> identity, Supplier<NotificationService> notifications,
            Map<String, ActorType> types) {
        this.jpa = jpa;
        this.geo = geo;
        this.territories = territories;
        this.identity = identity;
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

    /** Where the keys of the post categories come from (the posts service, when it is there). */
    void categoryKeys(Supplier<Collection<String>> keys) {
        categoryKeys = keys;
    }

    Collection<String> categoryKeys() {
        return categoryKeys.get();
    }

    /** The post categories an actor helps with, in key order. */
    List<String> helpsWith(String actorId) {
        return jpa().txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT h.category FROM ActorHelpEntity h WHERE h.actorId = :actor ORDER BY h.category", String.class)
                .setParameter("actor", actorId).getResultList());
    }

    /** The installed type of this key, or {@code null} when it is not installed now. */
    ActorType type(String key) {
        return types.get(key);
    }

    /** The actor, or {@code NotFoundException} when there is none. */
    ActorEntity found(String actorId) {
        ActorEntity actor = actorId == null || actorId.length() > 36 ? null
                : jpa().txExpr(TransactionType.Required, em -> em.find(ActorEntity.class, actorId));
        if (actor == null) {
            throw new NotFoundException("No such actor.");
        }
        return actor;
    }

    /**
     * The actor as this viewer may see it: a hidden actor exists only for its managers and its moderators, for
     * anyone else it is {@code NotFoundException}, as for no actor.
     */
    ActorEntity visible(Caller viewer, String actorId) {
        ActorEntity actor = found(actorId);
        if (actor.hidden && !mayAlwaysSee(viewer, actor)) {
            throw new NotFoundException("No such actor.");
        }
        return actor;
    }

    /** Whether this viewer sees the actor even hidden: its managers and the moderators of its location. */
    boolean mayAlwaysSee(Caller viewer, ActorEntity actor) {
        return viewer != null && (isManager(viewer.accountId(), actor.id)
                || moderators().moderatesAt(viewer, GeoPoint.of(actor.lat, actor.lon)));
    }

    /** Who moderates where, as the territories and accounts are now. */
    Moderators moderators() {
        return new Moderators(territories(), identity());
    }

    /** The accounts managing the actor, in the order they came to manage it. */
    List<String> managers(String actorId) {
        return jpa().txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT m.accountId FROM ManagerEntity m WHERE m.actorId = :actor ORDER BY m.position", String.class)
                .setParameter("actor", actorId).getResultList());
    }

    boolean isManager(String accountId, String actorId) {
        return accountId != null && managers(actorId).contains(accountId);
    }

    /** An actor as shown, with its distance from {@code from} when there is one. */
    Actor view(ActorEntity a, List<String> managers, GeoPoint from) {
        GeoPoint location = GeoPoint.of(a.lat, a.lon);
        Double distance = from == null ? null : geo().displayDistanceKm(geo().distanceMetres(from, location));
        Map<String, Object> attributes = Attributes.read(a.attributes);
        return new Actor(a.id, a.type, types.containsKey(a.type), a.name, a.description, location, a.address,
                new Contact(a.phone, a.email, a.website), attributes, a.verification, managers,
                a.followersCount, distance, a.createdAt, a.updatedAt, helpsWith(a.id), Identifiers.of(attributes),
                a.hidden);
    }

    /** Quietly: without the notifications bundle, nobody is told and the caller goes on. */
    void publish(NewNotification notification) {
        NotificationService.publishQuietly(notifications.get(), notification);
    }

    static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
