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

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * An actor row; its type's attributes are a JSON document in {@code attributes_json}.
 *
 * <p>Its located, typed header (id, type, position and cells, attributes, times, version) is also that of
 * operations' {@code OperationEntity}, yet it is not shared as a {@code @MappedSuperclass} of entraide-support,
 * on purpose: Aries JPA weaves only the classes of the unit's own bundle, while EclipseLink weaves an entity on
 * the premise that its mapped superclass is woven too, and one superclass cannot be woven for two units.
 */
@Entity
@Table(name = "actor")
public class ActorEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "type_key", nullable = false, length = 40)
    String type;

    @Column(name = "name", nullable = false, length = 120)
    String name;

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

    @Column(name = "address", length = 300)
    String address;

    @Column(name = "contact_phone", length = 40)
    String phone;

    @Column(name = "contact_email", length = 254)
    String email;

    @Column(name = "contact_website", length = 300)
    String website;

    @Column(name = "attributes_json", nullable = false, length = 16000)
    String attributes;

    @Column(name = "verification", nullable = false, length = 12)
    String verification;

    /** Hidden by moderators, its operations with it: only its managers and its moderators see it. */
    @Column(name = "hidden", nullable = false)
    boolean hidden;

    @Column(name = "followers_count", nullable = false)
    int followersCount;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
