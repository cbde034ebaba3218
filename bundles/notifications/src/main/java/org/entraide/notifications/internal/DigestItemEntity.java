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
package org.entraide.notifications.internal;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One notification gathered by a digest (see {@link Digests}). */
@Entity
@Table(name = "notification_digest_item")
@IdClass(DigestItemEntity.Key.class)
public class DigestItemEntity {

    @Id
    @Column(name = "digest_id", length = 36)
    String digestId;

    @Id
    @Column(name = "notification_id", length = 36)
    String notificationId;

    @Column(name = "recipient_id", nullable = false, length = 36)
    String recipientId;

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String digestId;
        public String notificationId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(digestId, ((Key) other).digestId)
                    && Objects.equals(notificationId, ((Key) other).notificationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(digestId, notificationId);
        }
    }
}
