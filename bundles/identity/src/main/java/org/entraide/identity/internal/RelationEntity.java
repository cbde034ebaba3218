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
package org.entraide.identity.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * One block or mute: {@code accountId} blocks ({@link #BLOCK}) or mutes ({@link #MUTE}) {@code otherId}. See
 * {@link AccountRelationsImpl}.
 */
@Entity
@Table(name = "account_relation")
@IdClass(RelationKey.class)
public class RelationEntity {

    static final String BLOCK = "BLOCK";
    static final String MUTE = "MUTE";

    @Id
    @Column(name = "account_id", length = 36)
    private String accountId;

    @Id
    @Column(name = "kind", length = 8)
    private String kind;

    @Id
    @Column(name = "other_id", length = 36)
    private String otherId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RelationEntity() {
    }

    RelationEntity(String accountId, String kind, String otherId, Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.otherId = otherId;
        this.createdAt = createdAt;
    }

    String otherId() {
        return otherId;
    }

    Instant createdAt() {
        return createdAt;
    }
}
