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
import java.time.Instant;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** Per resident and digest frequency, the end of the last period digested (see {@link Digests}). */
@Entity
@Table(name = "notification_digest_state")
@IdClass(DigestStateEntity.Key.class)
public class DigestStateEntity {

    @Id
    @Column(name = "account_id", length = 36)
    String accountId;

    @Id
    @Column(name = "frequency", length = 16)
    String frequency;

    @Column(name = "covered_until", nullable = false)
    Instant coveredUntil;

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String accountId;
        public String frequency;

        public Key() {
        }

        Key(String accountId, String frequency) {
            this.accountId = accountId;
            this.frequency = frequency;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(accountId, ((Key) other).accountId)
                    && Objects.equals(frequency, ((Key) other).frequency);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, frequency);
        }
    }
}
