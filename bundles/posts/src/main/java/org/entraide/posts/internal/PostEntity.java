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
import javax.persistence.Version;
import org.entraide.services.post.PostKind;
import org.entraide.services.post.PostStatus;

/**
 * A post row. The private location ({@code loc}) stays in this bundle; everything others see or
 * query uses the public position ({@code pub}) and its cells.
 */
@Entity
@Table(name = "post")
public class PostEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 8)
    PostKind kind;

    @Column(name = "category", nullable = false, length = 40)
    String category;

    @Column(name = "title", nullable = false, length = 120)
    String title;

    @Column(name = "body", nullable = false, length = 4000)
    String body;

    @Column(name = "availability", length = 200)
    String availability;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    PostStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_hide", length = 12)
    PostStatus statusBeforeHide;

    /**
     * The status the post had when its author was suspended, given back on reinstatement; {@code null} when the post
     * is not withheld. A withheld post is {@link PostStatus#HIDDEN} (see {@link Withholding}).
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "withheld_status", length = 12)
    PostStatus withheldStatus;

    @Column(name = "author_id", nullable = false, length = 36)
    String authorId;

    @Column(name = "loc_lat", nullable = false)
    double locLat;

    @Column(name = "loc_lon", nullable = false)
    double locLon;

    @Column(name = "pub_lat", nullable = false)
    double pubLat;

    @Column(name = "pub_lon", nullable = false)
    double pubLon;

    @Column(name = "cell_0", nullable = false)
    long cell0;

    @Column(name = "cell_1", nullable = false)
    long cell1;

    @Column(name = "cell_2", nullable = false)
    long cell2;

    @Column(name = "cell_3", nullable = false)
    long cell3;

    @Column(name = "beneficiary", length = 60)
    String beneficiary;

    @Column(name = "consent_recorded_at")
    Instant consentRecordedAt;

    /** The relay's registered beneficiary the post is for ({@code beneficiary} is then their first name). */
    @Column(name = "beneficiary_id", length = 36)
    String beneficiaryId;

    @Column(name = "followers_count", nullable = false)
    int followersCount;

    @Column(name = "responses_count", nullable = false)
    int responsesCount;

    @Column(name = "expiry_notified", nullable = false)
    boolean expiryNotified;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
