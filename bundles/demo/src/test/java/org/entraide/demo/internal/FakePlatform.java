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
package org.entraide.demo.internal;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.entraide.actor.association.internal.AssociationActorType;
import org.entraide.actor.collectivity.internal.CollectivityActorType;
import org.entraide.actor.producer.internal.ProducerActorType;
import org.entraide.actor.shop.internal.ShopActorType;
import org.entraide.services.actor.Actor;
import org.entraide.services.actor.ActorService;
import org.entraide.services.actor.NewActor;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.NewAccount;
import org.entraide.services.identity.Role;
import org.entraide.services.operation.NewOperation;
import org.entraide.services.operation.Operation;
import org.entraide.services.operation.OperationService;
import org.entraide.services.operation.Participation;
import org.entraide.api.plugin.ActorContext;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.ParticipationContext;
import org.entraide.api.plugin.Schemas;
import org.entraide.services.post.Category;
import org.entraide.services.post.Conversation;
import org.entraide.services.post.NewPost;
import org.entraide.services.post.OnBehalfOf;
import org.entraide.services.post.Post;
import org.entraide.services.post.PostKind;
import org.entraide.services.post.PostService;
import org.entraide.services.post.PostStatus;
import org.entraide.geo.internal.GeoRadiusComponent;
import org.entraide.operation.donationbox.internal.DonationBoxOperationType;
import org.entraide.operation.homedelivery.internal.HomeDeliveryOperationType;
import org.entraide.operation.intergenerational.internal.IntergenerationalHelpOperationType;

/**
 * In-memory stand-ins for the four core services, applying the rules that matter to the demo the way core
 * applies them: unique emails, the post texts' lengths and the configured categories, managers only, and the
 * attributes checked by {@link Schemas#check} then by the real plugin types.
 *
 * <p>Over 300 lines because it stands in for four services at once, each with the rules the demo data must pass.
 */
final class FakePlatform {

    /** The categories file the features ship, from this module's directory. */
    static final Path POSTS_CFG = Path.of("../../features/src/main/cfg/org.entraide.posts.cfg");

    final Map<String, ActorType> actorTypes = new LinkedHashMap<>();
    final Map<String, OperationType> operationTypes = new LinkedHashMap<>();

    final Map<String, Account> accountsByEmail = new LinkedHashMap<>();
    final Map<String, GeoPoint> homes = new LinkedHashMap<>();
    final List<String> erased = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();
    final List<String> answers = new ArrayList<>();
    final Map<String, NewActor> actors = new LinkedHashMap<>();
    final Map<String, String> managers = new LinkedHashMap<>();
    final List<String> verified = new ArrayList<>();
    final List<String> follows = new ArrayList<>();
    final Map<String, String> operationActors = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> operationAttributes = new LinkedHashMap<>();
    final Map<String, String> operationTypeKeys = new LinkedHashMap<>();
    final List<Participation> participations = new ArrayList<>();

    private final List<Category> categories;

    FakePlatform() throws IOException {
        for (ActorType type : List.of(new AssociationActorType(), new ProducerActorType(), new ShopActorType(),
                new CollectivityActorType())) {
            actorTypes.put(type.key(), type);
        }
        for (OperationType type : List.of(new DonationBoxOperationType(),
                new HomeDeliveryOperationType(new GeoRadiusComponent()), new IntergenerationalHelpOperationType())) {
            operationTypes.put(type.key(), type);
        }
        categories = configuredCategories();
    }

    /** The categories of the shipped {@code org.entraide.posts.cfg}. */
    static List<Category> configuredCategories() throws IOException {
        Properties cfg = new Properties();
        try (Reader in = Files.newBufferedReader(POSTS_CFG, StandardCharsets.UTF_8)) {
            cfg.load(in);
        }
        List<Category> found = new ArrayList<>();
        for (String key : cfg.getProperty("categories").split(",")) {
            found.add(new Category(key.strip(), Map.of("fr", cfg.getProperty("category." + key.strip() + ".fr"))));
        }
        return found;
    }

    /** The four services, as the seeder's parts share them. */
    DemoContext context() {
        return new DemoContext(identity(), postService(), actorService(), operationService());
    }

    Seeding seeding() {
        return new Seeding(context());
    }

    DemoTypes types() {
        return new DemoTypes(context());
    }

    /** The removal, without Config Admin: there is no territory configuration to delete. */
    Removal removal() {
        return new Removal(context(), new TerritoryConfiguration(null));
    }

    IdentityService identity() {
        return proxy(IdentityService.class, (name, args) -> {
            switch (name) {
                case "create":
                    return create((NewAccount) args[0], cast(args[1]));
                case "home":
                    return homes.get((String) args[0]);
                case "accounts":
                    return page((Integer) args[0], (Integer) args[1]);
                case "erase":
                    erased.add((String) args[0]);
                    accountsByEmail.values().removeIf(a -> a.id().equals(args[0]));
                    return null;
                default:
                    throw new UnsupportedOperationException(name);
            }
        });
    }

    PostService postService() {
        return proxy(PostService.class, (name, args) -> {
            switch (name) {
                case "categories":
                    return categories;
                case "create":
                    return post((Caller) args[0], (NewPost) args[1]);
                case "respond":
                    answers.add((String) args[1]);
                    return new Conversation(UUID.randomUUID().toString(), (String) args[1], "", "", "", "",
                            Instant.now(), Instant.now(), List.of());
                default:
                    throw new UnsupportedOperationException(name);
            }
        });
    }

    ActorService actorService() {
        return proxy(ActorService.class, (name, args) -> {
            switch (name) {
                case "types":
                    return List.copyOf(actorTypes.values());
                case "create":
                    return actor((Caller) args[0], (NewActor) args[1]);
                case "verify":
                    if (!((Caller) args[0]).has(Role.MODERATOR)) {
                        throw new ForbiddenException("moderators only");
                    }
                    verified.add((String) args[1]);
                    return null;
                case "follow":
                    follows.add(((Caller) args[0]).accountId() + "->" + args[1]);
                    return null;
                default:
                    throw new UnsupportedOperationException(name);
            }
        });
    }

    OperationService operationService() {
        return proxy(OperationService.class, (name, args) -> {
            switch (name) {
                case "types":
                    return List.copyOf(operationTypes.values());
                case "create":
                    return operation((Caller) args[0], (String) args[1], (NewOperation) args[2]);
                case "participate":
                    return participate((Caller) args[0], (String) args[1], cast(args[2]));
                default:
                    throw new UnsupportedOperationException(name);
            }
        });
    }

    private List<Account> page(int offset, int limit) {
        List<Account> all = List.copyOf(accountsByEmail.values());
        return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
    }

    private Account create(NewAccount account, Set<Role> roles) {
        String email = account.email().strip().toLowerCase(Locale.ROOT);
        if (accountsByEmail.containsKey(email)) {
            throw new ConflictException("This email is taken.");
        }
        Set<Role> all = new HashSet<>(roles);
        all.add(Role.RESIDENT);
        Account created = new Account(UUID.randomUUID().toString(), email, account.displayName(), account.locale(),
                all, AccountStatus.values()[0], 10, Instant.now());
        accountsByEmail.put(email, created);
        homes.put(created.id(), GeoPoint.of(account.homeLat(), account.homeLon()));
        return created;
    }

    private Post post(Caller author, NewPost post) {
        List<FieldError> errors = new ArrayList<>();
        text(post.title(), "title", 3, 120, true, errors);
        text(post.body(), "body", 1, 4000, true, errors);
        text(post.availability(), "availability", 1, 200, false, errors);
        if (categories.stream().noneMatch(c -> c.key().equals(post.category()))) {
            errors.add(new FieldError("category", "is not a category"));
        }
        Instant now = Instant.now();
        if (post.expiresAt() != null && (!post.expiresAt().isAfter(now.plus(Duration.ofHours(1)))
                || post.expiresAt().isAfter(now.plus(Duration.ofDays(90))))) {
            errors.add(new FieldError("expiresAt", "out of bounds"));
        }
        if (post.beneficiary() != null || post.consent() != null) {
            text(post.beneficiary(), "onBehalfOf.beneficiary", 1, 60, true, errors);
            if (!Boolean.TRUE.equals(post.consent())) {
                errors.add(new FieldError("onBehalfOf.consent", "must be true"));
            }
        }
        reject(errors);
        Post created = new Post(UUID.randomUUID().toString(), PostKind.valueOf(post.kind()), post.category(),
                post.title(), post.body(), post.availability(), PostStatus.OPEN, author.accountId(), "", null, null,
                now, now, post.expiresAt(), post.beneficiary() == null ? null
                        : new OnBehalfOf(post.beneficiary(), author.accountId(), now), 0, 0);
        posts.add(created);
        return created;
    }

    private Actor actor(Caller creator, NewActor actor) {
        List<FieldError> errors = new ArrayList<>();
        text(actor.name(), "name", 2, 120, true, errors);
        text(actor.description(), "description", 1, 4000, false, errors);
        text(actor.address(), "address", 3, 300, false, errors);
        if (actor.contact() != null && actor.contact().phone() != null
                && !actor.contact().phone().matches("[+0-9 .()-]{4,40}")) {
            errors.add(new FieldError("contact.phone", "must be a phone number"));
        }
        if (actor.contact() != null && actor.contact().email() != null
                && !actor.contact().email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("contact.email", "must be an email address"));
        }
        ActorType type = actorTypes.get(actor.type());
        if (type == null) {
            errors.add(new FieldError("type", "is not an installed actor type"));
        } else {
            Map<String, Object> checked = Schemas.check(type.fields(), actor.attributes(), "attributes.", errors);
            if (errors.isEmpty()) {
                type.validate(checked, new ActorContext(GeoPoint.of(actor.lat(), actor.lon()), true), errors);
            }
        }
        reject(errors);
        String id = UUID.randomUUID().toString();
        actors.put(id, actor);
        managers.put(id, creator.accountId());
        return new Actor(id, actor.type(), true, actor.name(), actor.description(),
                GeoPoint.of(actor.lat(), actor.lon()), actor.address(), actor.contact(), actor.attributes(),
                "UNVERIFIED", List.of(creator.accountId()), 0, null, Instant.now(), Instant.now());
    }

    private Operation operation(Caller manager, String actorId, NewOperation operation) {
        NewActor actor = actors.get(actorId);
        if (actor == null) {
            throw new NotFoundException("No such actor.");
        }
        if (!manager.accountId().equals(managers.get(actorId))) {
            throw new ForbiddenException("Only the actor's managers can propose its operations.");
        }
        List<FieldError> errors = new ArrayList<>();
        text(operation.title(), "title", 3, 120, true, errors);
        text(operation.description(), "description", 1, 4000, false, errors);
        if (!List.of("DRAFT", "PUBLISHED").contains(operation.status())) {
            errors.add(new FieldError("status", "must be DRAFT or PUBLISHED"));
        }
        OperationType type = operationTypes.get(operation.type());
        GeoPoint location = GeoPoint.of(actor.lat(), actor.lon());
        Map<String, Object> checked = Map.of();
        if (type == null) {
            errors.add(new FieldError("type", "is not an installed operation type"));
        } else {
            checked = Schemas.check(type.fields(), operation.attributes(), "attributes.", errors);
            if (errors.isEmpty()) {
                type.validate(checked, new OperationContext(actor.type(), location, location), errors);
            }
        }
        reject(errors);
        String id = UUID.randomUUID().toString();
        operationActors.put(id, actorId);
        operationAttributes.put(id, checked);
        operationTypeKeys.put(id, operation.type());
        return new Operation(id, actorId, actor.name(), operation.type(), true,
                operation.title(), operation.description(), location, null, null, operation.status(), checked, 0,
                null, Instant.now());
    }

    private Participation participate(Caller participant, String operationId, Map<String, Object> attributes) {
        NewActor actor = actors.get(operationActors.get(operationId));
        OperationType type = operationTypes.get(operationTypeKeys.get(operationId));
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = Schemas.check(type.participationFields(), attributes, "attributes.", errors);
        if (errors.isEmpty()) {
            GeoPoint location = GeoPoint.of(actor.lat(), actor.lon());
            type.validateParticipation(checked, new ParticipationContext(operationAttributes.get(operationId),
                    location, location, homes.get(participant.accountId())), errors);
        }
        reject(errors);
        Participation created = new Participation(UUID.randomUUID().toString(), operationId,
                participant.accountId(), "", checked, "RECEIVED", Instant.now());
        participations.add(created);
        return created;
    }

    private static void text(String value, String field, int min, int max, boolean required,
            List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return;
        }
        String stripped = value.strip();
        int length = stripped.length();
        if (length < min || length > max) {
            errors.add(new FieldError(field, "must be " + min + " to " + max + " characters"));
        }
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    /** The behaviour of one fake service, by method name. */
    @FunctionalInterface
    private interface Behaviour {
        Object call(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> service, Behaviour behaviour) {
        return service.cast(Proxy.newProxyInstance(FakePlatform.class.getClassLoader(), new Class<?>[] {service},
            (self, method, args) -> behaviour.call(method.getName(), args == null ? new Object[0] : args)));
    }
}
