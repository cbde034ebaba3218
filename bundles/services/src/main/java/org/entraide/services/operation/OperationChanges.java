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
package org.entraide.services.operation;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A manager's changes to an operation, read as a JSON merge patch: {@code null} leaves a field as it is, the
 * optional fields named in {@code cleared} are removed, and attributes are replaced whole (the type checks them
 * again).
 *
 * @param lat the new place, with {@code lon}; both {@code null} to keep the current one
 * @param cleared which of {@link #CLEARABLE} to remove; never {@code null}
 * @param status {@code DRAFT}, {@code PUBLISHED} or {@code CLOSED}, or {@code null} to keep it
 */
public record OperationChanges(String title, String description, Double lat, Double lon, Instant startsAt,
        Instant endsAt, Set<String> cleared, String status, Map<String, Object> attributes) {

    /** The fields an operation may do without. */
    public static final Set<String> CLEARABLE = Set.of("description", "startsAt", "endsAt");

    public OperationChanges {
        cleared = cleared == null ? Set.of() : Set.copyOf(cleared);
    }

    /** Only a new status, what {@link OperationService#changeStatus} asks. */
    public static OperationChanges status(String status) {
        return new OperationChanges(null, null, null, null, null, null, Set.of(), status, null);
    }
}
