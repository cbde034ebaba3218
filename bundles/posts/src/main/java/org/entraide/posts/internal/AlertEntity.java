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

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import org.entraide.services.post.PostKind;

/**
 * An alert near home. Its circle is centred on its owner's home, which is not stored here: the cells covering
 * the circle are ({@link AlertCellEntity}), with {@code homeCell}, the finest cell of the home they were
 * computed from, to notice a home that moved.
 */
@Entity
@Table(name = "post_alert")
public class AlertEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "owner_id", nullable = false, length = 36)
    String ownerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 8)
    PostKind kind;

    /** The category keys separated by spaces, or {@code null} for every category. */
    @Column(name = "categories", length = 1000)
    String categories;

    @Column(name = "radius_km", nullable = false)
    double radiusKm;

    @Column(name = "home_cell", nullable = false)
    long homeCell;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
