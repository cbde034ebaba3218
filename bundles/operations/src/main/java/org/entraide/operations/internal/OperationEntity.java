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
package org.entraide.operations.internal;

import java.time.Instant;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import org.entraide.api.geo.GeoPoint;

/**
 * An operation row; its type's attributes are a JSON document.
 *
 * <p>Its located, typed header is also that of actors' {@code ActorEntity}, yet it is not shared as a
 * {@code @MappedSuperclass} of entraide-support, on purpose: Aries JPA weaves only the classes of the unit's own
 * bundle, while EclipseLink weaves an entity on the premise that its mapped superclass is woven too.
 */
@Entity
@Table(name = "operation")
public class OperationEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "actor_id", nullable = false, length = 36)
    String actorId;

    @Column(name = "type_key", nullable = false, length = 40)
    String type;

    @Column(name = "title", nullable = false, length = 120)
    String title;

    @Column(name = "description", length = 4000)
    String description;

    @Column(name = "lat", nullable = false)
    double lat;

    @Column(name = "lon", nullable = false)
    double lon;

    @Column(name = "cell_0", nullable = false)
    long cell0;

    @Column(name = "cell_1", nullable = false)
    long cell1;

    @Column(name = "cell_2", nullable = false)
    long cell2;

    @Column(name = "cell_3", nullable = false)
    long cell3;

    @Column(name = "starts_at")
    Instant startsAt;

    @Column(name = "ends_at")
    Instant endsAt;

    @Column(name = "status", nullable = false, length = 12)
    String status;

    /** Hidden by moderators (its actor may be hidden too, which hides it as well). */
    @Column(name = "hidden", nullable = false)
    boolean hidden;

    @Column(name = "attributes_json", nullable = false, length = 16000)
    String attributes;

    @Column(name = "participations_count", nullable = false)
    int participationsCount;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** Places the operation: its position and the radius cells that index it, one per level of the geo service. */
    void locate(GeoPoint at, List<Long> cells) {
        lat = at.lat();
        lon = at.lon();
        cell0 = cells.get(0);
        cell1 = cells.get(1);
        cell2 = cells.get(2);
        cell3 = cells.get(3);
    }
}
