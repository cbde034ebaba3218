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

import java.util.List;
import java.util.Map;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.paging.Page;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationType;
import org.entraide.services.plugin.RefusedType;
import org.osgi.annotation.versioning.ProviderType;

/** Operations of actors, and participations in them. */
@ProviderType
public interface OperationService {

    /** The installed operation types, by key. */
    List<OperationType> types();

    /**
     * The operation types that plugins registered and core refused (a fault in their definition, or a key another
     * bundle's type holds), while their plugins stay installed.
     *
     * @return the refusals, oldest first
     * @since 1.3
     */
    default List<RefusedType> refusedTypes() {
        return List.of();
    }

    /** Proposes an operation; managers of the actor only (others 403). */
    Operation create(Caller manager, String actorId, NewOperation operation);

    /**
     * An operation; drafts exist only for the actor's managers and (since 1.1) its moderators, and so does a
     * hidden operation, or one of a hidden actor; for others it is {@code NotFoundException}.
     */
    Operation get(Caller viewer, String operationId, GeoPoint centre);

    Page<Operation> list(Caller viewer, OperationQuery query);

    /**
     * An actor's operations, newest first: published and closed ones for everyone, drafts too for its managers.
     *
     * @param viewer who asks, or {@code null} when anonymous
     * @param actorId the actor
     * @param cursor where the previous page ended, or {@code null}
     * @param limit the page size, 1 to 100
     * @return the page
     * @throws org.entraide.api.error.NotFoundException when there is no such actor
     */
    Page<Operation> ofActor(Caller viewer, String actorId, String cursor, int limit);

    /**
     * Moves an operation along DRAFT, PUBLISHED, CLOSED (a closed operation may be published again);
     * managers only. Publishing tells the actor's followers.
     */
    Operation changeStatus(Caller manager, String operationId, String status);

    /**
     * Changes an operation's title, description, place, dates, attributes or status; the actor's managers only
     * (others 403), 409 while its type is not installed. Every refused field is named in one 422 and nothing is
     * written then. Publishing tells the actor's followers; closing it, or a new place or new dates, tell the
     * residents whose participation stands ({@code operation.closed}, {@code operation.changed}).
     */
    Operation update(Caller manager, String operationId, OperationChanges changes);

    /** Accepts or declines a participation ({@code ACCEPTED}, {@code DECLINED}); the actor's managers only. */
    Participation decide(Caller manager, String operationId, String participationId, String status);

    /** Joins an operation, with attributes checked by its type (e.g. a delivery area). */
    Participation participate(Caller participant, String operationId, Map<String, Object> attributes);

    /**
     * The participation fields a participation in this operation is checked against, as its form should offer
     * them: the type's, narrowed to what this operation allows (see
     * {@link org.entraide.api.plugin.OperationType#participationFieldsFor}).
     *
     * @param viewer the caller, or {@code null} for anyone
     * @param operationId the operation
     * @return the fields in display order; empty when the operation's type is not installed
     * @throws org.entraide.api.error.NotFoundException when the viewer may not see the operation
     * @since 1.2
     */
    List<FieldSpec> participationFields(Caller viewer, String operationId);

    /** The operation's participations; the actor's managers only. */
    Page<Participation> participations(Caller manager, String operationId, String cursor, int limit);
}
