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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entraide.api.actor.ActorService;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.EntraideException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.api.identity.Account;
import org.entraide.api.identity.Caller;
import org.entraide.api.identity.IdentityService;
import org.entraide.api.identity.NewAccount;
import org.entraide.api.identity.Role;
import org.entraide.api.operation.OperationService;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.post.Category;
import org.entraide.api.post.NewPost;
import org.entraide.api.post.Post;
import org.entraide.api.post.PostService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo territory of {@link DemoTerritory} once, when the core services and the seven shipped types
 * are all there, through the public services only, so that every rule applied is the product's.
 *
 * <p>The work runs on its own thread, so that installing the feature does not wait for it.
 * Idempotent: the first demo account is created first, and a {@link ConflictException} on it means the
 * territory is seeded already, so nothing else is written. An item the services refuse is logged with its
 * field errors and skipped, with what depends on it; the rest is still seeded.
 *
 * <p>The demo is also a territory, {@value #TERRITORY_PID}: the seeder creates its configuration. When the bundle
 * is stopped while the platform keeps running ({@code feature:uninstall entraide-demo}), the demo is removed:
 * its accounts are erased as any resident's would be (their posts, conversations' messages, actors and
 * operations go with them) and the territory's configuration is deleted. A shutdown of the platform keeps it.
 */
@Component(immediate = true, service = {})
public class DemoSeeder {

    /** The session identifier of the callers the seeder acts as. */
    static final String SESSION = "demo-seed";

    /** The actor types the territory uses. */
    static final Set<String> ACTOR_TYPES = DemoTerritory.actors().stream().map(a -> a.actor().type())
            .collect(Collectors.toCollection(TreeSet::new));

    /** The operation types the territory uses. */
    static final Set<String> OPERATION_TYPES = DemoTerritory.operations().stream().map(o -> o.operation().type())
            .collect(Collectors.toCollection(TreeSet::new));

    private static final Duration TYPES_WAIT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    /** The factory and name of the demo territory's configuration: {@code org.entraide.territory~demo}. */
    static final String TERRITORY_FACTORY = "org.entraide.territory";
    static final String TERRITORY_NAME = "demo";
    static final String TERRITORY_PID = TERRITORY_FACTORY + "~" + TERRITORY_NAME;

    private volatile Thread worker;
    private BundleContext context;

    @Reference
    private ConfigurationAdmin configurations;

    @Reference
    private IdentityService identity;

    @Reference
    private PostService posts;

    @Reference
    private ActorService actors;

    @Reference
    private OperationService operations;

    // The type references below are never read: they hold the seeder back until every type the demo uses is
    // registered (DS activates it only then), which is what they are for, so UnusedVariable is wrong about them.
    @Reference(target = "(" + ActorType.TYPE_PROPERTY + "=association)")
    @SuppressWarnings("UnusedVariable")
    private ActorType association;

    @Reference(target = "(" + ActorType.TYPE_PROPERTY + "=producer)")
    @SuppressWarnings("UnusedVariable")
    private ActorType producer;

    @Reference(target = "(" + ActorType.TYPE_PROPERTY + "=shop)")
    @SuppressWarnings("UnusedVariable")
    private ActorType shop;

    @Reference(target = "(" + ActorType.TYPE_PROPERTY + "=collectivity)")
    @SuppressWarnings("UnusedVariable")
    private ActorType collectivity;

    @Reference(target = "(" + ActorType.TYPE_PROPERTY + "=donation-box)")
    @SuppressWarnings("UnusedVariable")
    private OperationType donationBox;

    @Reference(target = "(" + ActorType.TYPE_PROPERTY + "=home-delivery)")
    @SuppressWarnings("UnusedVariable")
    private OperationType homeDelivery;

    @Reference(target = "(" + ActorType.TYPE_PROPERTY + "=intergenerational-help)")
    @SuppressWarnings("UnusedVariable")
    private OperationType intergenerationalHelp;

    /** For DS. */
    public DemoSeeder() {
    }

    /** For tests: the seeder over these services. */
    DemoSeeder(IdentityService identity, PostService posts, ActorService actors, OperationService operations) {
        this.identity = identity;
        this.posts = posts;
        this.actors = actors;
        this.operations = operations;
    }

    /** Starts seeding, off the component's activation thread, once core lists every type it needs. */
    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
        Thread thread = new Thread(this::run, "entraide-demo-seeder");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    /**
     * Stops a seeding still in progress, then removes the demo when the bundle itself is stopping while the
     * framework is not (the feature is being uninstalled or the bundle stopped); a component merely deactivated
     * because a type went away, or a platform shutting down, keeps it.
     */
    @Deactivate
    void deactivate() throws InterruptedException {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            thread.join(STOP_WAIT.toMillis());
        }
        if (context != null && context.getBundle().getState() == Bundle.STOPPING
                && context.getBundle(0).getState() == Bundle.ACTIVE) {
            remove();
        }
    }

    /**
     * Removes the demo: erases the demo accounts through identity (so every bundle erases what belongs to them)
     * and deletes the demo territory's configuration.
     *
     * @return how many accounts were erased
     */
    int remove() {
        Set<String> emails = DemoTerritory.residents().stream().map(DemoTerritory.Resident::email)
                .collect(Collectors.toSet());
        int erased = 0;
        int page = 100;
        List<String> ids = new ArrayList<>();
        for (int offset = 0;; offset += page) {
            List<Account> accounts = identity.accounts(offset, page);
            accounts.stream().filter(a -> emails.contains(a.email())).map(Account::id).forEach(ids::add);
            if (accounts.size() < page) {
                break;
            }
        }
        for (String id : ids) {
            try {
                identity.erase(id);
                erased++;
            } catch (RuntimeException e) {
                LOG.warn("Demo territory: account {} could not be erased: {}", id, e.toString());
            }
        }
        try {
            Configuration territory = demoTerritory(false);
            if (territory != null) {
                territory.delete();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Demo territory: its configuration could not be deleted: {}", e.toString());
        }
        LOG.info("Demo territory removed: {} demo accounts erased with their posts, actors and operations.", erased);
        return erased;
    }

    /** Creates the demo territory's configuration unless the operator already has one of that name. */
    // Configuration.update takes a Dictionary, and Hashtable is the JDK's implementation of it.
    @SuppressWarnings("JdkObsolete")
    private void configureTerritory() {
        try {
            Configuration territory = demoTerritory(true);
            if (territory != null && territory.getProperties() == null) {
                Hashtable<String, Object> properties = new Hashtable<>();
                properties.put("name", "Démo Corse-du-Sud (Ajaccio, Sagone, Vico)");
                properties.put("perimeter.lat", "42.02");
                properties.put("perimeter.lon", "8.72");
                properties.put("perimeter.radiusKm", "35");
                properties.put("maxRadiusKm", "50");
                properties.put("defaultRadiusKm", "25");
                DemoTerritory.residents().stream().filter(r -> r.roles().contains(Role.MODERATOR)).findFirst()
                        .ifPresent(r -> properties.put("moderators", r.email()));
                territory.update(properties);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Demo territory: its territory configuration could not be written: {}", e.toString());
        }
    }

    private Configuration demoTerritory(boolean create) throws IOException {
        if (configurations == null) {
            return null;
        }
        if (create) {
            return configurations.getFactoryConfiguration(TERRITORY_FACTORY, TERRITORY_NAME, "?");
        }
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + TERRITORY_PID + ")");
            return found == null ? null : found[0];
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void run() {
        try {
            if (awaitTypes(TYPES_WAIT)) {
                configureTerritory();
                seed(Instant.now());
            } else {
                LOG.warn("Demo territory not seeded: core did not list the types {} and {} within {} s",
                        ACTOR_TYPES, OPERATION_TYPES, TYPES_WAIT.toSeconds());
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Demo territory: seeding stopped: {}", e.toString(), e);
        }
    }

    /**
     * Waits until the actor and operation services list every type the territory uses. The references above
     * ensure the types are registered, but core binds them through its own dynamic references, which may
     * come a moment after this component is satisfied.
     *
     * @return whether they were all listed within {@code timeout}
     */
    boolean awaitTypes(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!typesListed()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }

    private boolean typesListed() {
        Set<String> actorKeys = actors.types().stream().map(ActorType::key).collect(Collectors.toSet());
        Set<String> operationKeys = operations.types().stream().map(OperationType::key)
                .collect(Collectors.toSet());
        return actorKeys.containsAll(ACTOR_TYPES) && operationKeys.containsAll(OPERATION_TYPES);
    }

    /**
     * Seeds the territory unless it is there already.
     *
     * @param now when the posts' lives start
     * @return what was written; {@link Outcome#seeded()} is false when the territory was there already
     */
    Outcome seed(Instant now) {
        List<DemoTerritory.Resident> residents = DemoTerritory.residents();
        Map<String, Caller> callers = new LinkedHashMap<>();
        DemoTerritory.Resident marker = residents.get(0);
        try {
            callers.put(marker.key(), caller(identity.create(account(marker), marker.roles())));
        } catch (ConflictException alreadySeeded) {
            LOG.info("Demo territory: already seeded ({} exists), nothing to do.", marker.email());
            return new Outcome(false, 0, 0, 0, 0, 0, 0);
        }
        int failures = 0;
        for (DemoTerritory.Resident resident : residents.subList(1, residents.size())) {
            Caller caller = attempt("account " + resident.email(),
                    () -> caller(identity.create(account(resident), resident.roles())));
            if (caller == null) {
                failures++;
            } else {
                callers.put(resident.key(), caller);
            }
        }

        Set<String> categories = posts.categories().stream().map(Category::key).collect(Collectors.toSet());
        List<Post> written = new ArrayList<>();
        for (DemoTerritory.DemoPost demo : DemoTerritory.posts(now)) {
            Caller author = callers.get(demo.author());
            NewPost post = inCategory(demo.post(), categories);
            Post created = author == null || post == null ? null
                    : attempt("post \"" + demo.post().title() + "\"", () -> posts.create(author, post));
            if (created == null) {
                failures++;
            } else {
                written.add(created);
            }
        }
        answerJeanne(callers, written);

        Caller moderator = callers.get(DemoTerritory.MARKER);
        Map<String, String> actorIds = new LinkedHashMap<>();
        for (DemoTerritory.DemoActor demo : DemoTerritory.actors()) {
            Caller manager = callers.get(demo.manager());
            String id = manager == null ? null
                    : attempt("actor \"" + demo.actor().name() + "\"", () -> actors.create(manager, demo.actor()).id());
            if (id == null) {
                failures++;
                continue;
            }
            actorIds.put(demo.key(), id);
            attempt("verification of \"" + demo.actor().name() + "\"", () -> actors.verify(moderator, id, true));
        }
        for (DemoTerritory.DemoFollow follow : DemoTerritory.follows()) {
            Caller follower = callers.get(follow.follower());
            String actorId = actorIds.get(follow.actor());
            if (follower != null && actorId != null) {
                attempt("follow of " + follow.actor(), () -> {
                    actors.follow(follower, actorId);
                    return actorId;
                });
            }
        }

        Map<String, String> operationIds = new LinkedHashMap<>();
        for (DemoTerritory.DemoOperation demo : DemoTerritory.operations()) {
            String actorId = actorIds.get(demo.actor());
            Caller manager = managerOf(demo.actor(), callers);
            String id = actorId == null || manager == null ? null
                    : attempt("operation \"" + demo.operation().title() + "\"",
                            () -> operations.create(manager, actorId, demo.operation()).id());
            if (id == null) {
                failures++;
            } else {
                operationIds.put(demo.key(), id);
            }
        }
        int participations = 0;
        for (DemoTerritory.DemoParticipation demo : DemoTerritory.participations()) {
            Caller participant = callers.get(demo.participant());
            String operationId = operationIds.get(demo.operation());
            String id = participant == null || operationId == null ? null
                    : attempt("participation of " + demo.participant() + " in " + demo.operation(),
                            () -> operations.participate(participant, operationId, demo.attributes()).id());
            if (id == null) {
                failures++;
            } else {
                participations++;
            }
        }

        LOG.info("Demo territory seeded: {} posts, {} actors, {} operations, {} participations{}. Demo accounts: {};"
                + " password for all: \"{}\"", written.size(), actorIds.size(), operationIds.size(), participations,
                failures == 0 ? "" : " (" + failures + " refused, see the warnings above)",
                accounts(residents, callers), DemoTerritory.PASSWORD);
        return new Outcome(true, callers.size(), written.size(), actorIds.size(), operationIds.size(), participations,
                failures);
    }

    /** Antoine answers the post written for Jeanne, so that a conversation is there to read. */
    private void answerJeanne(Map<String, Caller> callers, List<Post> written) {
        Caller antoine = callers.get("antoine");
        for (Post post : written) {
            if (antoine != null && post.onBehalfOf() != null) {
                attempt("answer to \"" + post.title() + "\"", () -> posts.respond(antoine, post.id(),
                        "Bonjour, je peux passer voir Jeanne jeudi vers 15 h 30. Elle aime la belote ?"));
            }
        }
    }

    /** The caller managing the actor of this key: its creator. */
    private static Caller managerOf(String actorKey, Map<String, Caller> callers) {
        for (DemoTerritory.DemoActor actor : DemoTerritory.actors()) {
            if (actor.key().equals(actorKey)) {
                return callers.get(actor.manager());
            }
        }
        return null;
    }

    /** The post, in "other" if its category is not configured here, or {@code null} if neither is. */
    private static NewPost inCategory(NewPost post, Set<String> categories) {
        if (categories.contains(post.category())) {
            return post;
        }
        if (!categories.contains("other")) {
            LOG.warn("Demo territory: category {} is not configured, post \"{}\" skipped", post.category(),
                    post.title());
            return null;
        }
        return new NewPost(post.kind(), "other", post.title(), post.body(), post.availability(), post.lat(),
                post.lon(), post.expiresAt(), post.beneficiary(), post.consent());
    }

    private static String accounts(List<DemoTerritory.Resident> residents, Map<String, Caller> callers) {
        List<String> seeded = new ArrayList<>();
        for (DemoTerritory.Resident resident : residents) {
            if (callers.containsKey(resident.key())) {
                seeded.add(resident.email() + (resident.roles().contains(Role.MODERATOR) ? " (moderator)" : ""));
            }
        }
        return String.join(", ", seeded);
    }

    private static NewAccount account(DemoTerritory.Resident resident) {
        return new NewAccount(resident.email(), DemoTerritory.PASSWORD, resident.displayName(), resident.homeLat(),
                resident.homeLon(), "fr", null);
    }

    private static Caller caller(Account account) {
        return new Caller(account.id(), account.roles(), account.locale(), SESSION);
    }

    /** The step's result, or {@code null} after logging why the services refused it. */
    private static <T> T attempt(String what, Step<T> step) {
        try {
            return step.run();
        } catch (ValidationException e) {
            LOG.warn("Demo territory: {} refused: {}", what, e.errors().stream()
                    .map(DemoSeeder::describe).collect(Collectors.joining("; ")));
        } catch (EntraideException e) {
            LOG.warn("Demo territory: {} refused: {}", what, e.getMessage());
        }
        return null;
    }

    private static String describe(FieldError error) {
        return error.field() + " " + error.message();
    }

    /** One call to a service. */
    @FunctionalInterface
    private interface Step<T> {
        T run();
    }

    /**
     * What a seeding wrote.
     *
     * @param seeded false when the territory was there already and nothing was written
     * @param failures the items the services refused, each logged
     */
    record Outcome(boolean seeded, int accounts, int posts, int actors, int operations, int participations,
            int failures) {
    }
}
