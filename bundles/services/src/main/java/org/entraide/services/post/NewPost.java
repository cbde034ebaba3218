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
package org.entraide.services.post;

import java.time.Instant;

/**
 * What an author gives to post; {@code null} means "not given". Every field is checked by the
 * service and each broken rule reported under the field's name.
 *
 * @param kind {@code REQUEST} or {@code OFFER}
 * @param category a key of {@link PostService#categories()}
 * @param title 3 to 120 characters
 * @param body 1 to 4000 characters
 * @param availability when the author is available, free text, up to 200 characters
 * @param lat the post's private location; the author's home when both are {@code null}
 * @param lon the post's private location
 * @param expiresAt within the bounds of the configuration; by default 14 days for requests, 30 for offers
 * @param beneficiary for a post on behalf of someone: a first name or "a neighbour"
 * @param consent must be {@code true} when {@code beneficiary} is given
 * @param beneficiaryId since 1.3: for a relay's post, the id of one of its registered beneficiaries
 *        ({@code org.entraide.services.relay}); the post is then written for them, named by their first name, located
 *        by default where they live; {@code beneficiary} and {@code consent} are then not given
 */
public record NewPost(String kind, String category, String title, String body, String availability, Double lat,
        Double lon, Instant expiresAt, String beneficiary, Boolean consent, String beneficiaryId) {

    /** A post without a registered beneficiary (the 1.0 constructor). */
    public NewPost(String kind, String category, String title, String body, String availability, Double lat,
            Double lon, Instant expiresAt, String beneficiary, Boolean consent) {
        this(kind, category, title, body, availability, lat, lon, expiresAt, beneficiary, consent, null);
    }
}
