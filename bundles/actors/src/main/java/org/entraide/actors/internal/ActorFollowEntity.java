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

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * A row of {@code actor_follow}: an account linked to an actor.
 *
 * <p>Posts' {@code FollowEntity} has the same shape, yet it is not shared as a {@code @MappedSuperclass} of
 * entraide-support, on purpose: Aries JPA weaves only the classes of the unit's own bundle, while EclipseLink
 * weaves an entity on the premise that its mapped superclass is woven too (it leaves the {@code _persistence_*}
 * members to it), and one superclass cannot be woven for two units. The keys differ anyway ({@code actorId},
 * {@code postId}), so only {@code accountId} and {@code createdAt} would be shared.
 */
@Entity
@Table(name = "actor_follow")
@IdClass(ActorFollowEntity.Key.class)
public class ActorFollowEntity {

    @Id
    @Column(name = "actor_id", length = 36)
    String actorId;

    @Id
    @Column(name = "account_id", length = 36)
    String accountId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        String actorId;
        String accountId;

        public Key() {
        }

        Key(String actorId, String accountId) {
            this.actorId = actorId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(actorId, ((Key) other).actorId)
                    && Objects.equals(accountId, ((Key) other).accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actorId, accountId);
        }
    }
}
