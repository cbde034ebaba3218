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
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.actor.Actor;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.moderation.ModerationTarget;

/**
 * Operations as moderators act on them (the {@code ModeratedContent} of this bundle): an operation lies at its
 * place and its actor's managers answer for it. Its {@code hidden} is its own flag: an operation hidden only with
 * its actor is not hidden as a target, and restoring the actor brings it back. Rights are the moderation
 * service's: it asks only once it has checked them. The actor's managers keep changing a hidden operation (to mend
 * it); publishing one while it is hidden tells no follower.
 */
final class OperationTargets {

    static final String OPERATION = "OPERATION";
    static final Set<String> TYPES = Set.of(OPERATION);

    private final OperationsContext operations;

    OperationTargets(OperationsContext operations) {
        this.operations = operations;
    }

    ModerationTarget target(String operationId) {
        return of(found(operationId));
    }

    ModerationTarget hide(String operationId, boolean hidden) {
        found(operationId);
        OperationEntity saved = operations.jpa().txExpr(TransactionType.Required, em -> {
            OperationEntity operation = em.find(OperationEntity.class, operationId);
            if (operation.hidden != hidden) {
                operation.hidden = hidden;
                operation.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            }
            return operation;
        });
        return of(saved);
    }

    private OperationEntity found(String operationId) {
        OperationEntity operation = operationId == null || operationId.length() > 36 ? null
                : operations.jpa().txExpr(TransactionType.Required, em -> em.find(OperationEntity.class, operationId));
        if (operation == null) {
            throw new NotFoundException("No such operation.");
        }
        return operation;
    }

    private ModerationTarget of(OperationEntity operation) {
        Actor actor = operations.actor(operation.actorId);
        return new ModerationTarget(OPERATION, operation.id, GeoPoint.of(operation.lat, operation.lon),
                operation.title, actor.managerIds(), operation.hidden, OPERATION, operation.id);
    }
}
