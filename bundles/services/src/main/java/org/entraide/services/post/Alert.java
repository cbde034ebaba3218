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
import java.util.List;

/**
 * An alert as its owner sees it. It never carries the owner's home, which the alert is measured from.
 *
 * @param id its identifier
 * @param kind the kind of post it is about, or {@code null} for both
 * @param categories the category keys it is about, in the order of {@link PostService#categories()}; empty for
 *        every category
 * @param radiusKm how far from the owner's home a post's public position may be, in kilometres
 * @param createdAt when it was created
 */
public record Alert(String id, PostKind kind, List<String> categories, double radiusKm, Instant createdAt) {

    /**
     * Copies the categories.
     */
    public Alert {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
