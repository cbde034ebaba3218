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
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A row of {@code actor_help}: a post category an actor helps with. */
@Entity
@Table(name = "actor_help")
@IdClass(ActorHelpEntity.Key.class)
public class ActorHelpEntity {

    @Id
    @Column(name = "actor_id", length = 36)
    String actorId;

    @Id
    @Column(name = "category", length = 40)
    String category;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        String actorId;
        String category;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(actorId, ((Key) other).actorId)
                    && Objects.equals(category, ((Key) other).category);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actorId, category);
        }
    }
}
