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
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.plugin.ActorContext;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.ParticipationContext;
import org.entraide.api.plugin.Schemas;
import org.entraide.services.post.Category;
import org.entraide.services.post.NewPost;
import org.entraide.geo.internal.GeoRadiusComponent;
import org.junit.Test;

/**
 * The demo content, checked item by item the way core checks it: post texts and categories against the
 * shipped configuration, attributes with {@link Schemas#check} then the real plugin type's rules.
 */
public class DemoTerritoryTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    public void residentsHaveDistinctDemoEmailsAndHomesInCorseDuSud() {
        Set<String> emails = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (DemoTerritory.Resident resident : DemoTerritory.residents()) {
            assertTrue(resident.email(), resident.email().matches("[a-z-]+\\.[a-z-]+@demo\\.entraide\\.fr"));
            assertTrue(emails.add(resident.email()));
            assertTrue(keys.add(resident.key()));
            int name = resident.displayName().length();
            assertTrue(name >= 2 && name <= 60);
            assertTrue(resident.homeLat() > 41.3 && resident.homeLat() < 42.4);
            assertTrue(resident.homeLon() > 8.5 && resident.homeLon() < 9.5);
        }
        assertEquals(6, emails.size());
    }

    @Test
    public void postsFitTheRulesAndTheShippedCategories() throws Exception {
        Set<String> categories = FakePlatform.configuredCategories().stream().map(Category::key)
                .collect(Collectors.toSet());
        Set<String> authors = keys();
        Set<String> used = new HashSet<>();
        List<DemoTerritory.DemoPost> posts = DemoTerritory.posts(NOW);
        assertEquals(12, posts.size());
        for (DemoTerritory.DemoPost demo : posts) {
            NewPost post = demo.post();
            assertTrue(post.title(), authors.contains(demo.author()));
            assertTrue(post.title(), List.of("REQUEST", "OFFER").contains(post.kind()));
            assertTrue(post.category(), categories.contains(post.category()));
            assertTrue(post.title(), length(post.title()) >= 3 && length(post.title()) <= 120);
            assertTrue(post.title(), length(post.body()) >= 1 && length(post.body()) <= 4000);
            assertTrue(post.title(), post.availability() == null || length(post.availability()) <= 200);
            assertTrue(post.expiresAt().isAfter(NOW.plusSeconds(3600)));
            assertFalse(post.expiresAt().isAfter(NOW.plus(Duration.ofDays(90))));
            used.add(post.category());
        }
        assertTrue(used.containsAll(List.of("errands", "diy", "gardening", "transport", "company", "computer",
                "lending", "donations")));
        assertTrue(posts.stream()
                .anyMatch(p -> p.post().title().equals("Je suis dispo les week-ends pour des courses")));
    }

    @Test
    public void theOnePostOnBehalfOfJeanneRecordsHerConsent() {
        List<NewPost> onBehalf = DemoTerritory.posts(NOW).stream().map(DemoTerritory.DemoPost::post)
                .filter(p -> p.beneficiary() != null).collect(Collectors.toList());
        assertEquals(1, onBehalf.size());
        assertEquals("Jeanne, une voisine", onBehalf.get(0).beneficiary());
        assertEquals(Boolean.TRUE, onBehalf.get(0).consent());
        assertTrue(length(onBehalf.get(0).beneficiary()) <= 60);
    }

    @Test
    public void everyActorPassesItsRealTypeAndEachTypeIsThereOnce() throws Exception {
        FakePlatform platform = new FakePlatform();
        Set<String> types = new HashSet<>();
        for (DemoTerritory.DemoActor demo : DemoTerritory.actors()) {
            ActorType type = platform.actorTypes.get(demo.actor().type());
            assertNotNull(demo.actor().type(), type);
            List<FieldError> errors = new ArrayList<>();
            Map<String, Object> checked = Schemas.check(type.fields(), demo.actor().attributes(), "attributes.",
                    errors);
            assertEquals(demo.actor().name(), List.of(), errors);
            type.validate(checked, new ActorContext(GeoPoint.of(demo.actor().lat(), demo.actor().lon()), true),
                    errors);
            assertEquals(demo.actor().name(), List.of(), errors);
            assertTrue(keys().contains(demo.manager()));
            assertTrue(types.add(type.key()));
        }
        assertEquals(platform.actorTypes.keySet(), types);
    }

    @Test
    public void everyOperationPassesItsRealTypeAndEachTypeIsUsed() throws Exception {
        FakePlatform platform = new FakePlatform();
        Set<String> types = new HashSet<>();
        for (DemoTerritory.DemoOperation demo : DemoTerritory.operations()) {
            OperationType type = platform.operationTypes.get(demo.operation().type());
            assertNotNull(demo.operation().type(), type);
            DemoTerritory.DemoActor actor = actor(demo.actor());
            GeoPoint location = GeoPoint.of(actor.actor().lat(), actor.actor().lon());
            List<FieldError> errors = new ArrayList<>();
            Map<String, Object> checked = Schemas.check(type.fields(), demo.operation().attributes(), "attributes.",
                    errors);
            assertEquals(demo.operation().title(), List.of(), errors);
            type.validate(checked, new OperationContext(actor.actor().type(), location, location), errors);
            assertEquals(demo.operation().title(), List.of(), errors);
            int title = length(demo.operation().title());
            assertTrue(title >= 3 && title <= 120);
            types.add(type.key());
        }
        assertEquals(platform.operationTypes.keySet(), types);
    }

    @Test
    public void everyParticipationPassesItsRealTypeFromTheParticipantsHome() throws Exception {
        FakePlatform platform = new FakePlatform();
        for (DemoTerritory.DemoParticipation demo : DemoTerritory.participations()) {
            DemoTerritory.DemoOperation operation = operation(demo.operation());
            OperationType type = platform.operationTypes.get(operation.operation().type());
            DemoTerritory.DemoActor actor = actor(operation.actor());
            GeoPoint location = GeoPoint.of(actor.actor().lat(), actor.actor().lon());
            List<FieldError> stored = new ArrayList<>();
            Map<String, Object> attributes = Schemas.check(type.fields(), operation.operation().attributes(),
                    "attributes.", stored);
            List<FieldError> errors = new ArrayList<>();
            Map<String, Object> checked = Schemas.check(type.participationFields(), demo.attributes(), "attributes.",
                    errors);
            assertEquals(demo.participant(), List.of(), errors);
            type.validateParticipation(checked, new ParticipationContext(attributes, location, location,
                    home(demo.participant())), errors);
            assertEquals(demo.participant() + " in " + demo.operation(), List.of(), errors);
        }
    }

    @Test
    public void theVicoDeliveryReachesSagoneButNotCargese() {
        GeoRadiusComponent geo = new GeoRadiusComponent();
        DemoTerritory.DemoActor shop = actor("shop");
        GeoPoint epicerie = GeoPoint.of(shop.actor().lat(), shop.actor().lon());
        double radius = ((Number) operation("delivery").operation().attributes().get("deliveryRadiusKm"))
                .doubleValue();
        assertEquals(12.0, radius, 0.0);
        assertTrue(geo.isWithin(home("paule"), epicerie, radius));
        assertFalse(geo.isWithin(home("laetitia"), epicerie, radius));
    }

    @Test
    public void followsAndParticipationsReferToSeededThings() {
        Set<String> actors = DemoTerritory.actors().stream().map(DemoTerritory.DemoActor::key)
                .collect(Collectors.toSet());
        for (DemoTerritory.DemoFollow follow : DemoTerritory.follows()) {
            assertTrue(keys().contains(follow.follower()));
            assertTrue(actors.contains(follow.actor()));
        }
        for (DemoTerritory.DemoOperation operation : DemoTerritory.operations()) {
            assertTrue(actors.contains(operation.actor()));
        }
        for (DemoTerritory.DemoParticipation participation : DemoTerritory.participations()) {
            assertTrue(keys().contains(participation.participant()));
            assertNotNull(operation(participation.operation()));
        }
    }

    private static Set<String> keys() {
        return DemoTerritory.residents().stream().map(DemoTerritory.Resident::key).collect(Collectors.toSet());
    }

    private static GeoPoint home(String key) {
        for (DemoTerritory.Resident resident : DemoTerritory.residents()) {
            if (resident.key().equals(key)) {
                return GeoPoint.of(resident.homeLat(), resident.homeLon());
            }
        }
        throw new AssertionError("no resident " + key);
    }

    private static DemoTerritory.DemoActor actor(String key) {
        for (DemoTerritory.DemoActor actor : DemoTerritory.actors()) {
            if (actor.key().equals(key)) {
                return actor;
            }
        }
        throw new AssertionError("no actor " + key);
    }

    private static DemoTerritory.DemoOperation operation(String key) {
        for (DemoTerritory.DemoOperation operation : DemoTerritory.operations()) {
            if (operation.key().equals(key)) {
                return operation;
            }
        }
        throw new AssertionError("no operation " + key);
    }

    /** As org.entraide.api.text.Texts counts: UTF-16 units, once stripped. */
    private static int length(String text) {
        return text.strip().length();
    }
}
