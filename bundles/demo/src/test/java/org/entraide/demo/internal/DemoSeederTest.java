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
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.entraide.api.identity.Account;
import org.entraide.api.identity.Role;
import org.junit.Test;

/**
 * The seeder over in-memory services that apply core's checks with the real plugin types: it writes the
 * whole territory without a refusal, and a second run writes nothing.
 */
public class DemoSeederTest {

    @Test
    public void seedsTheWholeTerritoryWithoutARefusal() throws Exception {
        FakePlatform platform = new FakePlatform();

        DemoSeeder.Outcome outcome = platform.seeder().seed(Instant.now());

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
        platform.seeder().seed(Instant.now());

        DemoSeeder.Outcome again = platform.seeder().seed(Instant.now());

        assertFalse(again.seeded());
        assertEquals(6, platform.accountsByEmail.size());
        assertEquals(12, platform.posts.size());
        assertEquals(4, platform.actors.size());
        assertEquals(4, platform.operationAttributes.size());
        assertEquals(3, platform.participations.size());
    }

    @Test
    public void waitsForCoreToListEveryTypeItUses() throws Exception {
        FakePlatform platform = new FakePlatform();
        assertTrue(platform.seeder().awaitTypes(Duration.ZERO));

        platform.operationTypes.remove("home-delivery");

        assertFalse(platform.seeder().awaitTypes(Duration.ofMillis(300)));
    }

    @Test
    public void usesTheSevenShippedTypes() {
        assertEquals(Set.of("association", "producer", "shop", "collectivity"), DemoSeeder.ACTOR_TYPES);
        assertEquals(Set.of("donation-box", "home-delivery", "intergenerational-help"), DemoSeeder.OPERATION_TYPES);
    }

    @Test
    public void theMarkerAccountIsCreatedFirst() throws Exception {
        FakePlatform platform = new FakePlatform();
        platform.seeder().seed(Instant.now());

        Account first = platform.accountsByEmail.values().iterator().next();

        assertEquals(DemoTerritory.residents().get(0).email(), first.email());
        assertEquals(DemoTerritory.MARKER, DemoTerritory.residents().get(0).key());
    }
}
