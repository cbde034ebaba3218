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
package org.entraide.posts.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** An actor an unanswered request was escalated to, for its managers' list. */
@Entity
@Table(name = "post_escalation_actor")
@IdClass(EscalatedActorEntity.Key.class)
public class EscalatedActorEntity {

    @Id
    @Column(name = "post_id", length = 36)
    String postId;

    @Id
    @Column(name = "actor_id", length = 36)
    String actorId;

    @Column(name = "escalated_at", nullable = false)
    Instant at;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        String postId;
        String actorId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(postId, ((Key) other).postId)
                    && Objects.equals(actorId, ((Key) other).actorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(postId, actorId);
        }
    }
}
