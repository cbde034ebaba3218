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

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.entraide.services.actor.ActorService;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.services.identity.AccountRelations;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.moderation.ModeratedContent;
import org.entraide.services.moderation.ModerationTarget;
import org.entraide.services.notification.NotificationService;
import org.entraide.services.operation.NewOperation;
import org.entraide.services.operation.Operation;
import org.entraide.services.operation.OperationChanges;
import org.entraide.services.operation.OperationQuery;
import org.entraide.services.operation.OperationService;
import org.entraide.services.operation.Participation;
import org.entraide.services.paging.Page;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.TypeChecks;
import org.entraide.services.territory.TerritoryService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.entraide.services.plugin.RefusedType;
import org.entraide.support.plugin.TypeRegistry;

/**
 * Operations on the {@code entraide-operations} persistence unit. Operation types are bound as they
 * come and go; an operation whose type is gone stays readable and refuses participations (409).
 *
 * <p>The component holds the services it is bound to and the installed types, and hands each area to its part:
 * {@link OperationLifecycle}, {@link OperationLists} and {@link Participations}, which share an
 * {@link OperationsContext}; what they decide without the database is in {@link OperationRules}. For the moderation
 * bundle, it is the {@link ModeratedContent} of operations ({@link OperationTargets}). It has no
 * activate method, so that its component description stays as it was: the parts are built with it and ask the
 * context for the services on use.
 */
@Component(service = {OperationService.class, ModeratedContent.class})
public class OperationServiceImpl implements OperationService, ModeratedContent {

    @Reference(target = "(osgi.unit.name=entraide-operations)")
    private JpaTemplate jpa;

    @Reference
    private GeoRadiusService geo;

    @Reference
    private TerritoryService territories;

    @Reference
    private IdentityService identity;

    @Reference
    private ActorService actors;

    @Reference
    private AccountRelations relations;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile NotificationService notifications;

    private final ConcurrentMap<String, OperationType> types = new ConcurrentHashMap<>();

    private final OperationsContext context = new OperationsContext(() -> jpa, () -> geo, () -> territories,
            () -> identity, () -> actors, () -> relations, () -> notifications, types);
    private final OperationLifecycle lifecycle = new OperationLifecycle(context);
    private final OperationLists lists = new OperationLists(context);
    private final Participations participations = new Participations(context);
    private final OperationTargets targets = new OperationTargets(context);

    private final TypeRegistry<OperationType> registry =
            new TypeRegistry<>("operation", types, OperationType::key, TypeChecks::faults);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(OperationType type) {
        registry.add(type);
    }

    void removeType(OperationType type) {
        registry.remove(type);
    }

    @Override
    public List<RefusedType> refusedTypes() {
        return registry.refused();
    }

    @Override
    public List<OperationType> types() {
        return types.values().stream().sorted(Comparator.comparing(OperationType::key)).collect(Collectors.toList());
    }

    @Override
    public Set<String> targetTypes() {
        return OperationTargets.TYPES;
    }

    @Override
    public ModerationTarget target(String targetType, String targetId) {
        return targets.target(targetId);
    }

    @Override
    public ModerationTarget hide(String targetType, String targetId, boolean hidden) {
        return targets.hide(targetId, hidden);
    }

    @Override
    public Operation create(Caller manager, String actorId, NewOperation operation) {
        return lifecycle.create(manager, actorId, operation);
    }

    @Override
    public Operation get(Caller viewer, String operationId, GeoPoint centre) {
        return lifecycle.get(viewer, operationId, centre);
    }

    @Override
    public Page<Operation> list(Caller viewer, OperationQuery query) {
        return lists.list(viewer, query);
    }

    @Override
    public Page<Operation> ofActor(Caller viewer, String actorId, String cursor, int limit) {
        return lists.ofActor(viewer, actorId, cursor, limit);
    }

    @Override
    public Operation changeStatus(Caller manager, String operationId, String status) {
        return update(manager, operationId, OperationChanges.status(status));
    }

    @Override
    public Operation update(Caller manager, String operationId, OperationChanges changes) {
        return lifecycle.update(manager, operationId, changes);
    }

    @Override
    public Participation decide(Caller manager, String operationId, String participationId, String status) {
        return participations.decide(manager, operationId, participationId, status);
    }

    @Override
    public Participation participate(Caller participant, String operationId, Map<String, Object> attributes) {
        return participations.participate(participant, operationId, attributes);
    }

    @Override
    public List<FieldSpec> participationFields(Caller viewer, String operationId) {
        return participations.offered(viewer, operationId);
    }

    @Override
    public Page<Participation> participations(Caller manager, String operationId, String cursor, int limit) {
        return participations.participations(manager, operationId, cursor, limit);
    }
}
