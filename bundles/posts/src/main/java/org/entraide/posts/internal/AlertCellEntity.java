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
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One cell of the covering of an alert's circle: a post whose cell key is this one may match the alert. */
@Entity
@Table(name = "post_alert_cell")
@IdClass(AlertCellEntity.Key.class)
public class AlertCellEntity {

    @Id
    @Column(name = "cell_key")
    long cellKey;

    @Id
    @Column(name = "alert_id", length = 36)
    String alertId;

    AlertCellEntity() {
    }

    AlertCellEntity(long cellKey, String alertId) {
        this.cellKey = cellKey;
        this.alertId = alertId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        long cellKey;
        String alertId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && cellKey == ((Key) other).cellKey
                    && Objects.equals(alertId, ((Key) other).alertId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cellKey, alertId);
        }
    }
}
