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
package org.entraide.rest.internal.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.entraide.services.post.EscalationStep;
import org.entraide.services.post.Post;
import org.entraide.services.post.PostKind;
import org.entraide.rest.internal.geo.LatLon;

/**
 * A post as the API shows it: only the fuzzed public position, never the location. {@code beneficiaryId}, the relay's
 * registered beneficiary the post is for, is there for its author alone (the service gives it to nobody else).
 * {@code commune} is the gazetteer's commune of the public position (absent where it knows none); {@code author}
 * is absent for a visitor without an account, and so is who recorded an on-behalf-of consent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostView(String id, String kind, String category, String title, String body, String availability,
        String status, Person author, LatLon position, Double distanceKm, CommuneView commune, Instant createdAt,
        Instant updatedAt, Instant expiresAt, OnBehalfOfView onBehalfOf, int followers, int responses,
        List<EscalationStep> escalations, String beneficiaryId) {

    /** Someone as others see them. */
    public record Person(String id, String displayName) {
    }

    /** The commune a post is in, by its public position. */
    public record CommuneView(String inseeCode, String name) {
    }

    /** The consent record of a post written for someone else. */
    public record OnBehalfOfView(String beneficiary, boolean consent, Person consentRecordedBy,
            Instant consentRecordedAt) {
    }

    /**
     * The view of a post as a reader may see it (see {@link PostViews}); a request's escalation steps are always
     * there (maybe none), an offer has none.
     *
     * @param post the post
     * @param commune the commune of its public position, or null
     * @param withAuthor whether its author (and who recorded a consent) is shown: never to a visitor
     * @return its view
     */
    public static PostView of(Post post, CommuneView commune, boolean withAuthor) {
        Person author = withAuthor ? new Person(post.authorId(), post.authorName()) : null;
        OnBehalfOfView onBehalfOf = post.onBehalfOf() == null ? null : new OnBehalfOfView(
                post.onBehalfOf().beneficiary(), true, author, post.onBehalfOf().consentRecordedAt());
        return new PostView(post.id(), post.kind().name(), post.category(), post.title(), post.body(),
                post.availability(), post.status().name(), author,
                new LatLon(post.position().lat(), post.position().lon()), post.distanceKm(), commune,
                post.createdAt(), post.updatedAt(), post.expiresAt(), onBehalfOf, post.followers(), post.responses(),
                post.kind() == PostKind.REQUEST ? post.escalations() : null,
                post.onBehalfOf() == null ? null : post.onBehalfOf().beneficiaryId());
    }
}
