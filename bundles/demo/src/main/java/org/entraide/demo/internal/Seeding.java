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

import static org.entraide.demo.internal.DemoContext.LOG;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entraide.services.actor.ActorService;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.EntraideException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.NewAccount;
import org.entraide.services.identity.Role;
import org.entraide.services.operation.OperationService;
import org.entraide.services.post.Category;
import org.entraide.services.post.NewPost;
import org.entraide.services.post.Post;
import org.entraide.services.post.PostService;

/**
 * Seeding the territory of {@link DemoTerritory}, through the public services only, so that every rule applied is
 * the product's: the residents, their posts (and an answer to the one written for Jeanne), the actors, verified by
 * the moderator, and followed, their operations and the participations in them.
 *
 * <p>Idempotent: the first demo account is created first, and a {@link ConflictException} on it means the
 * territory is seeded already, so nothing else is written. An item the services refuse is logged with its field
 * errors and skipped, with what depends on it; the rest is still seeded.
 */
final class Seeding {

    /** The session identifier of the callers the seeder acts as. */
    static final String SESSION = "demo-seed";

    private final IdentityService identity;
    private final PostService posts;
    private final ActorService actors;
    private final OperationService operations;

    Seeding(DemoContext demo) {
        this.identity = demo.identity();
        this.posts = demo.posts();
        this.actors = demo.actors();
        this.operations = demo.operations();
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
    static NewPost inCategory(NewPost post, Set<String> categories) {
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
    static <T> T attempt(String what, Step<T> step) {
        try {
            return step.run();
        } catch (EntraideException e) {
            LOG.warn("Demo territory: {} refused: {}", what, reason(e));
        }
        return null;
    }

    /** Why the services refused: each field with the rule it breaks, or else the error's message. */
    static String reason(EntraideException refusal) {
        if (refusal instanceof ValidationException) {
            return ((ValidationException) refusal).errors().stream().map(Seeding::describe)
                    .collect(Collectors.joining("; "));
        }
        return refusal.getMessage();
    }

    private static String describe(FieldError error) {
        return error.field() + " " + error.message();
    }

    /** One call to a service. */
    @FunctionalInterface
    interface Step<T> {
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
