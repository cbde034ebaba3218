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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.ValidationException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.Role;
import org.entraide.services.post.NewPost;
import org.junit.Test;

/**
 * The seeding over in-memory services that apply core's checks with the real plugin types: it writes the
 * whole territory without a refusal, and a second run writes nothing; a refused item is skipped, with why.
 */
public class SeedingTest {

    @Test
    public void seedsTheWholeTerritoryWithoutARefusal() throws Exception {
        FakePlatform platform = new FakePlatform();

        Seeding.Outcome outcome = platform.seeding().seed(Instant.now());

        assertTrue(outcome.seeded());
        assertEquals(0, outcome.failures());
        assertEquals(6, outcome.accounts());
        assertEquals(12, outcome.posts());
        assertEquals(4, outcome.actors());
        assertEquals(4, outcome.operations());
        assertEquals(3, outcome.participations());
        assertEquals(6, platform.accountsByEmail.size());
        assertEquals(1, platform.accountsByEmail.values().stream().filter(a -> a.has(Role.MODERATOR)).count());
        assertTrue(platform.accountsByEmail.keySet().stream().allMatch(e -> e.endsWith("@demo.entraide.fr")));
        assertEquals(1, platform.posts.stream().filter(p -> p.onBehalfOf() != null).count());
        assertEquals(1, platform.answers.size());
        assertEquals(4, platform.verified.size());
        assertEquals(DemoTerritory.follows().size(), platform.follows.size());
        assertEquals(3, platform.participations.size());
    }

    @Test
    public void aSecondRunWritesNothing() throws Exception {
        FakePlatform platform = new FakePlatform();
        platform.seeding().seed(Instant.now());

        Seeding.Outcome again = platform.seeding().seed(Instant.now());

        assertFalse(again.seeded());
        assertEquals(6, platform.accountsByEmail.size());
        assertEquals(12, platform.posts.size());
        assertEquals(4, platform.actors.size());
        assertEquals(4, platform.operationAttributes.size());
        assertEquals(3, platform.participations.size());
    }

    @Test
    public void theMarkerAccountIsCreatedFirst() throws Exception {
        FakePlatform platform = new FakePlatform();
        platform.seeding().seed(Instant.now());

        Account first = platform.accountsByEmail.values().iterator().next();

        assertEquals(DemoTerritory.residents().get(0).email(), first.email());
        assertEquals(DemoTerritory.MARKER, DemoTerritory.residents().get(0).key());
    }

    @Test
    public void aPostKeepsItsCategoryWhenItIsConfigured() {
        NewPost post = DemoTerritory.posts(Instant.now()).get(0).post();

        assertSame(post, Seeding.inCategory(post, Set.of(post.category(), "other")));
    }

    @Test
    public void aPostWhoseCategoryIsNotConfiguredGoesToOther() {
        NewPost post = DemoTerritory.posts(Instant.now()).get(0).post();

        NewPost moved = Seeding.inCategory(post, Set.of("other"));

        assertEquals("other", moved.category());
        assertEquals(post.title(), moved.title());
        assertEquals(post.expiresAt(), moved.expiresAt());
    }

    @Test
    public void aPostIsSkippedWhenNeitherItsCategoryNorOtherIsConfigured() {
        NewPost post = DemoTerritory.posts(Instant.now()).get(0).post();

        assertNull(Seeding.inCategory(post, Set.of("not-" + post.category())));
    }

    @Test
    public void aRefusedStepGivesNothingAndTheOthersTheirResult() {
        assertNull(Seeding.attempt("step", () -> {
            throw new ForbiddenException("moderators only");
        }));
        assertEquals("id", Seeding.attempt("step", () -> "id"));
    }

    @Test
    public void aRefusalSaysEachFieldAndItsRuleOrElseTheMessage() {
        ValidationException invalid = new ValidationException(List.of(new FieldError("title", "is required"),
                new FieldError("attributes.capacity", "must be at least 1")));

        assertEquals("title is required; attributes.capacity must be at least 1", Seeding.reason(invalid));
        assertEquals("moderators only", Seeding.reason(new ForbiddenException("moderators only")));
    }
}
