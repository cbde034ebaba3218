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
import java.util.List;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.identity.Caller;

/** Residents following actors, and each actor's count of followers. */
final class ActorFollows {

    private final ActorsContext actors;

    ActorFollows(ActorsContext actors) {
        this.actors = actors;
    }

    void follow(Caller follower, String actorId) {
        actors.visible(follower, actorId);
        actors.jpa().tx(TransactionType.Required, em -> {
            if (em.find(ActorFollowEntity.class, new ActorFollowEntity.Key(actorId, follower.accountId())) == null) {
                ActorFollowEntity follow = new ActorFollowEntity();
                follow.actorId = actorId;
                follow.accountId = follower.accountId();
                follow.createdAt = Instant.now();
                em.persist(follow);
                em.find(ActorEntity.class, actorId).followersCount++;
            }
        });
    }

    boolean follows(Caller follower, String actorId) {
        actors.visible(follower, actorId);
        return actors.jpa().txExpr(TransactionType.Required, em -> em.find(ActorFollowEntity.class,
                new ActorFollowEntity.Key(actorId, follower.accountId())) != null);
    }

    void unfollow(Caller follower, String actorId) {
        actors.visible(follower, actorId);
        actors.jpa().tx(TransactionType.Required, em -> {
            ActorFollowEntity follow = em.find(ActorFollowEntity.class,
                    new ActorFollowEntity.Key(actorId, follower.accountId()));
            if (follow != null) {
                em.remove(follow);
                ActorEntity actor = em.find(ActorEntity.class, actorId);
                actor.followersCount = Math.max(0, actor.followersCount - 1);
            }
        });
    }

    List<String> followers(String actorId) {
        return actors.jpa().txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT f.accountId FROM ActorFollowEntity f WHERE f.actorId = :actor", String.class)
                .setParameter("actor", actorId).getResultList());
    }
}
