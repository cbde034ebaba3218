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

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.entraide.services.notification.Notification;

/** A notification row; {@code data} is kept as the JSON text that {@link NotificationData} writes. */
@Entity
@Table(name = "notification")
public class NotificationEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "recipient_id", nullable = false, length = 36)
    private String recipientId;

    @Column(name = "kind", nullable = false, length = 64)
    private String kind;

    @Column(name = "subject_type", nullable = false, length = 32)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 64)
    private String subjectId;

    @Column(name = "data_json", nullable = false, length = NotificationData.MAX_JSON_LENGTH)
    private String dataJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected NotificationEntity() {
    }

    NotificationEntity(String id, String recipientId, String kind, String subjectType, String subjectId,
            String dataJson, Instant createdAt) {
        this.id = id;
        this.recipientId = recipientId;
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.dataJson = dataJson;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String recipientId() {
        return recipientId;
    }

    String kind() {
        return kind;
    }

    String subjectType() {
        return subjectType;
    }

    String subjectId() {
        return subjectId;
    }

    String dataJson() {
        return dataJson;
    }

    Instant createdAt() {
        return createdAt;
    }

    void readAt(Instant value) {
        readAt = value;
    }

    Instant readAt() {
        return readAt;
    }

    /** Where a page that ends with this row goes on from. */
    PageCursor cursor() {
        return new PageCursor(createdAt, id);
    }

    Notification toNotification() {
        return new Notification(id, kind, subjectType, subjectId, NotificationData.decode(dataJson), createdAt,
                readAt != null);
    }
}
