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

import java.time.Instant;
import java.util.List;
import org.entraide.services.post.Alert;

/** An alert as its owner gets it: never the home it is measured from. {@code kind} is {@code null} for both. */
public record AlertView(String id, String kind, List<String> categories, double radiusKm, Instant createdAt) {

    static AlertView of(Alert alert) {
        return new AlertView(alert.id(), alert.kind() == null ? null : alert.kind().name(), alert.categories(),
                alert.radiusKm(), alert.createdAt());
    }
}
