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
package org.entraide.services.actor;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.paging.Page;
import org.entraide.api.plugin.ActorType;
import org.entraide.services.plugin.RefusedType;
import org.osgi.annotation.versioning.ProviderType;

/** The registry of local actors. */
@ProviderType
public interface ActorService {

    /** How long an invitation to manage an actor stays valid. */
    int INVITATION_DAYS = 7;

    /** The installed actor types, by key. */
    List<ActorType> types();

    /**
     * The actor types that plugins registered and core refused (a fault in their definition, or a key another
     * bundle's type holds), while their plugins stay installed.
     *
     * @return the refusals, oldest first
     * @since 1.3
     */
    default List<RefusedType> refusedTypes() {
        return List.of();
    }

    /** Creates an actor; the caller becomes its first manager. An unknown type is a 422 naming {@code type}. */
    Actor create(Caller creator, NewActor actor);

    /**
     * An actor as this viewer may see it: a hidden actor exists only for its managers and its moderators (since
     * 1.1), for others it is {@code NotFoundException}.
     *
     * @param viewer who asks, or {@code null} when anonymous
     * @param actorId the actor
     * @param centre where {@code distanceKm} is measured from; the viewer's home when {@code null}
     * @return the actor
     */
    Actor get(Caller viewer, String actorId, GeoPoint centre);

    /** A manager's changes; others 403; an actor whose type is not installed 409. */
    Actor update(Caller manager, String actorId, ActorChanges changes);

    Page<Actor> list(Caller viewer, ActorQuery query);

    void follow(Caller follower, String actorId);

    void unfollow(Caller follower, String actorId);

    /**
     * Whether the caller follows a actor, so a client shows "follow" or "unfollow".
     *
     * @param follower who asks
     * @param actorId the actor
     * @return true when they follow it
     * @throws org.entraide.api.error.NotFoundException when there is no such actor (or it is hidden from them)
     */
    boolean follows(Caller follower, String actorId);

    /** The accounts following the actor, for notifications. */
    List<String> followers(String actorId);

    /** Whether the account manages the actor. */
    boolean isManager(String accountId, String actorId);

    /**
     * A new invitation to manage the actor, for one of its managers to hand on in person (others 403).
     * Several may be open at once; each serves once and lasts {@link #INVITATION_DAYS} days.
     */
    ManagerInvitation invite(Caller manager, String actorId);

    /**
     * Makes the caller a manager of the actor with an invitation's code (spaces, dashes and case do not matter);
     * the code is then spent. A code that is unknown, spent, expired or for another actor is one 422 naming
     * {@code code}. Someone who already manages the actor keeps the code unspent. The other managers are told.
     */
    Actor join(Caller resident, String actorId, String code);

    /** Who manages the actor, its creator first; its managers only (others 403). */
    List<ActorManager> managers(Caller manager, String actorId);

    /**
     * Stops an account managing the actor: a manager for themself or for another manager (others 403). The last
     * manager cannot leave (409): an actor always has someone to answer for it.
     */
    Actor removeManager(Caller manager, String actorId, String accountId);

    /**
     * Sets the verification status: the platform's moderators and operators, and the moderators of the actor's
     * territory (since 1.1); others 403. This is not logged: clients go through
     * {@code org.entraide.services.moderation.ModerationService#verify}, which logs it.
     */
    Actor verify(Caller moderator, String actorId, boolean verified);

    /**
     * The actors that help with a category within a radius of a place, for the escalation of an unanswered
     * request: verified actors first, then the nearest; at most {@code max} (since 1.1).
     *
     * @param centre the request's public position
     * @param radiusKm the radius around it
     * @param category a post category key
     * @param max how many at most
     * @return the actors, best first
     */
    default List<Actor> helpers(GeoPoint centre, double radiusKm, String category, int max) {
        return List.of();
    }

    /**
     * Actors by id whether hidden or not (since 1.1), for core services that decide themselves what their viewer
     * may see of them (the operations of a hidden actor are hidden with it): never hand one to a viewer without
     * that decision.
     *
     * @param actorIds the ids
     * @return the actors found, by id; ids without an actor are left out
     */
    Map<String, Actor> lookUp(Collection<String> actorIds);
}
