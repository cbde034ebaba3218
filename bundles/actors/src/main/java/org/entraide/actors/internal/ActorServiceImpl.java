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
package org.entraide.actors.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.actor.Actor;
import org.entraide.services.actor.ActorChanges;
import org.entraide.services.actor.ActorManager;
import org.entraide.services.actor.ActorQuery;
import org.entraide.services.actor.ActorService;
import org.entraide.services.actor.ManagerInvitation;
import org.entraide.services.actor.NewActor;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.moderation.ModeratedContent;
import org.entraide.services.moderation.ModerationTarget;
import org.entraide.services.notification.NotificationService;
import org.entraide.services.paging.Page;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.TypeChecks;
import org.entraide.services.post.Category;
import org.entraide.services.post.PostService;
import org.entraide.services.territory.TerritoryService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.entraide.services.plugin.RefusedType;
import org.entraide.support.plugin.TypeRegistry;

/**
 * Actors on the {@code entraide-actors} persistence unit. Actor types are bound as they come and go:
 * an actor whose type is gone stays readable, with {@code typeAvailable} false, and refuses writes.
 *
 * <p>The component holds the services it is bound to and the installed types, and hands each area to its part:
 * {@link ActorLifecycle}, {@link NearbyActors}, {@link ActorFollows} and {@link Managers}, which share an
 * {@link ActorsContext}; for the moderation bundle, it is the {@link ModeratedContent} of actors
 * ({@link ActorTargets}). It has no activate method, so that its component description stays as it was: the
 * parts are built with it and ask the context for the services on use.
 */
@Component(service = {ActorService.class, ModeratedContent.class})
public class ActorServiceImpl implements ActorService, ModeratedContent {

    @Reference(target = "(osgi.unit.name=entraide-actors)")
    private JpaTemplate jpa;

    @Reference
    private GeoRadiusService geo;

    @Reference
    private TerritoryService territories;

    @Reference
    private IdentityService identity;

    /** Optional: without the notifications bundle, actors work and nobody is told. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile NotificationService notifications;

    /** Optional: the post categories that actors help with; without the posts bundle, none can be chosen. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PostService posts;

    private final ConcurrentMap<String, ActorType> types = new ConcurrentHashMap<>();

    private final ActorsContext context = new ActorsContext(() -> jpa, () -> geo, () -> territories,
            () -> identity, () -> notifications, types);
    private final ActorLifecycle lifecycle = new ActorLifecycle(context);
    private final NearbyActors nearby = new NearbyActors(context);
    private final ActorFollows follows = new ActorFollows(context);
    private final Managers managers = new Managers(context);
    private final Helps helps = new Helps(context);

    {
        context.categoryKeys(() -> {
            PostService bound = posts;
            return bound == null ? List.of()
                    : bound.categories().stream().map(Category::key).collect(Collectors.toSet());
        });
    }
    private final ActorTargets targets = new ActorTargets(context);

    private final TypeRegistry<ActorType> registry =
            new TypeRegistry<>("actor", types, ActorType::key, TypeChecks::faults);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(ActorType type) {
        registry.add(type);
    }

    void removeType(ActorType type) {
        registry.remove(type);
    }

    @Override
    public List<RefusedType> refusedTypes() {
        return registry.refused();
    }

    @Override
    public List<ActorType> types() {
        return types.values().stream().sorted(Comparator.comparing(ActorType::key)).collect(Collectors.toList());
    }

    @Override
    public Actor create(Caller creator, NewActor actor) {
        return lifecycle.create(creator, actor);
    }

    @Override
    public Actor get(Caller viewer, String actorId, GeoPoint centre) {
        return lifecycle.get(viewer, actorId, centre);
    }

    @Override
    public Actor update(Caller manager, String actorId, ActorChanges changes) {
        return lifecycle.update(manager, actorId, changes);
    }

    @Override
    public Actor verify(Caller moderator, String actorId, boolean verified) {
        return lifecycle.verify(moderator, actorId, verified);
    }

    @Override
    public Map<String, Actor> lookUp(Collection<String> actorIds) {
        Map<String, Actor> found = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(actorIds)) {
            ActorEntity actor = id == null || id.length() > 36 ? null
                    : jpa.txExpr(TransactionType.Required, em -> em.find(ActorEntity.class, id));
            if (actor != null) {
                found.put(id, context.view(actor, context.managers(id), null));
            }
        }
        return found;
    }

    @Override
    public Set<String> targetTypes() {
        return ActorTargets.TYPES;
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
    public Page<Actor> list(Caller viewer, ActorQuery query) {
        return nearby.list(viewer, query);
    }

    @Override
    public List<Actor> helpers(GeoPoint centre, double radiusKm, String category, int max) {
        return helps.helpers(centre, radiusKm, category, max);
    }

    @Override
    public void follow(Caller follower, String actorId) {
        follows.follow(follower, actorId);
    }

    @Override
    public boolean follows(Caller follower, String actorId) {
        return follows.follows(follower, actorId);
    }

    @Override
    public void unfollow(Caller follower, String actorId) {
        follows.unfollow(follower, actorId);
    }

    @Override
    public List<String> followers(String actorId) {
        return follows.followers(actorId);
    }

    @Override
    public boolean isManager(String accountId, String actorId) {
        return context.isManager(accountId, actorId);
    }

    @Override
    public ManagerInvitation invite(Caller manager, String actorId) {
        return managers.invite(manager, actorId);
    }

    @Override
    public Actor join(Caller resident, String actorId, String code) {
        return managers.join(resident, actorId, code);
    }

    @Override
    public List<ActorManager> managers(Caller manager, String actorId) {
        return managers.managers(manager, actorId);
    }

    @Override
    public Actor removeManager(Caller manager, String actorId, String accountId) {
        return managers.removeManager(manager, actorId, accountId);
    }
}
