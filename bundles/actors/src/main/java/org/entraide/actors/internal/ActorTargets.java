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
import java.util.Set;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.moderation.ModerationTarget;

/**
 * Actors as moderators act on them (the {@code ModeratedContent} of this bundle): an actor lies at its location and
 * its managers answer for it. Hiding one hides its operations with it (the operations bundle asks whether their
 * actor is hidden); restoring it brings them back. Rights are the moderation service's: it asks only once it has
 * checked them.
 *
 * <p>Its managers keep every right on a hidden actor (changing it, proposing operations, managing managers): they
 * must be able to mend what moderators hid it for, and nobody else sees the result until it is restored.
 */
final class ActorTargets {

    static final String ACTOR = "ACTOR";
    static final Set<String> TYPES = Set.of(ACTOR);

    private final ActorsContext actors;

    ActorTargets(ActorsContext actors) {
        this.actors = actors;
    }

    ModerationTarget target(String actorId) {
        return of(actors.found(actorId));
    }

    ModerationTarget hide(String actorId, boolean hidden) {
        actors.found(actorId);
        ActorEntity saved = actors.jpa().txExpr(TransactionType.Required, em -> {
            ActorEntity actor = em.find(ActorEntity.class, actorId);
            if (actor.hidden != hidden) {
                actor.hidden = hidden;
                actor.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            }
            return actor;
        });
        return of(saved);
    }

    private ModerationTarget of(ActorEntity actor) {
        return new ModerationTarget(ACTOR, actor.id, GeoPoint.of(actor.lat, actor.lon), actor.name,
                actors.managers(actor.id), actor.hidden, ACTOR, actor.id);
    }
}
