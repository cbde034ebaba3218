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

import java.time.Duration;
import java.time.Instant;
import org.entraide.services.actor.ActorService;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.operation.OperationService;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.OperationType;
import org.entraide.services.post.PostService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
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
 * <p>The work runs on its own thread, so that installing the feature does not wait for it: it waits for core to
 * list the types ({@link DemoTypes}), writes the territory's configuration ({@link TerritoryConfiguration}), then
 * seeds the territory ({@link Seeding}: idempotent, an item the services refuse is logged and skipped).
 *
 * <p>The demo is also a territory, {@value TerritoryConfiguration#PID}. When the bundle is stopped while the
 * platform keeps running ({@code feature:uninstall entraide-demo}), the demo is removed ({@link Removal}): its
 * accounts are erased as any resident's would be (their posts, conversations' messages, actors and operations go
 * with them) and the territory's configuration is deleted. A shutdown of the platform keeps it. The parts, built
 * on activation, share a {@link DemoContext}.
 */
@Component(immediate = true, service = {})
public class DemoSeeder {

    private static final Duration TYPES_WAIT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private volatile Thread worker;
    private BundleContext context;
    private DemoTypes types;
    private TerritoryConfiguration territory;
    private Seeding seeding;
    private Removal removal;

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

    /** Starts seeding, off the component's activation thread, once core lists every type it needs. */
    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
        DemoContext demo = new DemoContext(identity, posts, actors, operations);
        types = new DemoTypes(demo);
        territory = new TerritoryConfiguration(configurations);
        seeding = new Seeding(demo);
        removal = new Removal(demo, territory);
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
            removal.remove();
        }
    }

    private void run() {
        try {
            if (types.await(TYPES_WAIT)) {
                territory.create();
                seeding.seed(Instant.now());
            } else {
                LOG.warn("Demo territory not seeded: core did not list the types {} and {} within {} s",
                        DemoTypes.ACTOR_TYPES, DemoTypes.OPERATION_TYPES, TYPES_WAIT.toSeconds());
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Demo territory: seeding stopped: {}", e.toString(), e);
        }
    }
}
