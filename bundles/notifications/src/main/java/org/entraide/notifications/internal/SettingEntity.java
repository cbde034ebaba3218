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

/** A resident's choice for one kind on one channel, stored only where it differs from {@link Preferences}' default. */
@Entity
@Table(name = "notification_setting")
@IdClass(SettingEntity.Key.class)
public class SettingEntity {

    @Id
    @Column(name = "account_id", length = 36)
    String accountId;

    @Id
    @Column(name = "channel", length = 32)
    String channel;

    @Id
    @Column(name = "kind", length = 64)
    String kind;

    @Column(name = "frequency", nullable = false, length = 16)
    String frequency;

    public SettingEntity() {
    }

    SettingEntity(String accountId, String channel, String kind, String frequency) {
        this.accountId = accountId;
        this.channel = channel;
        this.kind = kind;
        this.frequency = frequency;
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String accountId;
        public String channel;
        public String kind;

        public Key() {
        }

        Key(String accountId, String channel, String kind) {
            this.accountId = accountId;
            this.channel = channel;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(accountId, ((Key) other).accountId)
                    && Objects.equals(channel, ((Key) other).channel) && Objects.equals(kind, ((Key) other).kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, channel, kind);
        }
    }
}
