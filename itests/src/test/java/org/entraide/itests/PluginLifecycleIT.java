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
package org.entraide.itests;

import static org.entraide.itests.PlatformIT.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Plugins come and go while the platform serves: a type leaves with its feature (or its jar in
 * deploy/), its actors and operations stay readable and refuse writes, and come back intact.
 */
public class PluginLifecycleIT extends EntraideTestSupport {

    /**
     * What {@code feature:install} and {@code feature:uninstall} do from the shell: Karaf refreshes whatever the
     * change rewires. Nothing of the core may be rewired by a plugin coming or going, which the concurrent client
     * checks (a refresh of the JPA stack took the API away for seconds before the features-processing fix of
     * javax.persistence; see features/src/main/resources/org.apache.karaf.features.xml).
     */
    private static final EnumSet<FeaturesService.Option> AS_AN_OPERATOR_DOES =
            EnumSet.noneOf(FeaturesService.Option.class);

    @Inject
    private FeaturesService features;

    private final AtomicBoolean hammering = new AtomicBoolean();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private Thread client;

    /** A client that keeps calling the API throughout: no call may fail while plugins move. */
    @Before
    public void startConcurrentClient() {
        hammering.set(true);
        client = new Thread(() -> {
            while (hammering.get()) {
                try {
                    for (String path : new String[] {"/health", "/actor-types", "/operation-types"}) {
                        if (api.get(path).status() == 200) {
                            answered.incrementAndGet();
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                    Thread.sleep(20);
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }
        });
        client.start();
    }

    @After
    public void stopConcurrentClient() throws InterruptedException {
        hammering.set(false);
        client.join();
        assertTrue("the concurrent client was answered", answered.get() > 0);
        assertEquals("calls failing while plugins moved", 0, failures.get());
    }

    @Test
    public void anUninstalledTypeLeavesItsActorsReadOnlyAndTheyComeBackIntact() throws Exception {
        String manager = Residents.signedIn(api, Residents.uniqueEmail("shopkeeper"), 42.2, 8.7);
        Api.Reply created = api.post("/actors", ActorsIT.actor("shop", "Boulangerie Casanova", 42.2, 8.7,
                ActorsIT.SHOP), manager);
        String id = created.json().path("id").asText();

        features.uninstallFeature("entraide-actor-shop", AS_AN_OPERATOR_DOES);
        assertTrue("shop leaves /actor-types within 2 s", await(() -> !types("/actor-types").contains("shop"),
                Duration.ofSeconds(2)));

        JsonNode orphan = api.get("/actors/" + id).json();
        assertFalse(orphan.path("typeAvailable").asBoolean());
        assertEquals("bakery", orphan.path("attributes").path("trade").asText());
        assertProblem(api.patch("/actors/" + id, "{\"name\":\"Autre nom\"}", manager), 409);

        features.installFeature("entraide-actor-shop", AS_AN_OPERATOR_DOES);
        assertTrue("shop is back within 2 s", await(() -> types("/actor-types").contains("shop"),
                Duration.ofSeconds(2)));
        JsonNode back = api.get("/actors/" + id).json();
        assertTrue(back.path("typeAvailable").asBoolean());
        assertEquals(created.json().path("attributes"), back.path("attributes"));
        assertEquals(200, api.patch("/actors/" + id, "{\"name\":\"Boulangerie Casanova et fils\"}", manager).status());
    }

    @Test
    public void anUninstalledOperationTypeRefusesParticipationsUntilItComesBack() throws Exception {
        String manager = Residents.signedIn(api, Residents.uniqueEmail("deliverer"), 42.3, 8.6);
        String resident = Residents.signedIn(api, Residents.uniqueEmail("customer"), 42.3, 8.6);
        String actor = api.post("/actors", ActorsIT.actor("shop", "Épicerie Orsini", 42.3, 8.6, ActorsIT.SHOP),
                manager).json().path("id").asText();
        String operation = api.post("/actors/" + actor + "/operations", OperationsIT.HOME_DELIVERY, manager).json()
                .path("id").asText();

        features.uninstallFeature("entraide-operation-home-delivery", AS_AN_OPERATOR_DOES);
        assertTrue(await(() -> !types("/operation-types").contains("home-delivery"), Duration.ofSeconds(2)));
        assertFalse(api.get("/operations/" + operation).json().path("typeAvailable").asBoolean());
        assertProblem(api.post("/operations/" + operation + "/participations", OperationsIT.DELIVERY_REQUEST,
                resident), 409);

        features.installFeature("entraide-operation-home-delivery", AS_AN_OPERATOR_DOES);
        assertTrue(await(() -> types("/operation-types").contains("home-delivery"), Duration.ofSeconds(2)));
        assertEquals(201, api.post("/operations/" + operation + "/participations", OperationsIT.DELIVERY_REQUEST,
                resident).status());
    }

    @Test
    public void aPluginJarDroppedIntoDeployAppearsAndLeavesWithIt() throws Exception {
        features.uninstallFeature("entraide-actor-collectivity", AS_AN_OPERATOR_DOES);
        assertTrue(await(() -> !types("/actor-types").contains("collectivity"), Duration.ofSeconds(2)));
        String version = System.getProperty("entraide.itests.version");
        File jar = new File(System.getProperty("entraide.itests.localRepository"), "org/entraide/"
                + "entraide-actor-collectivity/" + version + "/entraide-actor-collectivity-" + version + ".jar");
        Path dropped = new File(System.getProperty("karaf.home"), "deploy/entraide-actor-collectivity.jar").toPath();

        Files.copy(jar.toPath(), dropped, StandardCopyOption.REPLACE_EXISTING);
        // About 1 s on an idle machine (deploy/ is polled every 500 ms); the budget allows for a loaded one.
        assertTrue("the dropped plugin is bound", await(() -> types("/actor-types").contains("collectivity"),
                Duration.ofSeconds(15)));
        Files.delete(dropped);
        assertTrue("the removed plugin is unbound", await(() -> !types("/actor-types").contains("collectivity"),
                Duration.ofSeconds(15)));

        features.installFeature("entraide-actor-collectivity", AS_AN_OPERATOR_DOES);
        assertTrue(await(() -> types("/actor-types").contains("collectivity"), Duration.ofSeconds(2)));
    }

    /** The keys of the types listed at this path. */
    private List<String> types(String path) {
        List<String> keys = new ArrayList<>();
        try {
            api.get(path).json().forEach(type -> keys.add(type.path("key").asText()));
        } catch (Exception e) {
            keys.add("unreadable: " + e);
        }
        return keys;
    }

    /** A condition checked, as a client would, until it holds or the time is up. */
    interface Condition {
        boolean holds() throws Exception;
    }

    static boolean await(Condition condition, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        do {
            if (condition.holds()) {
                return true;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(deadline));
        return condition.holds();
    }
}
