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
package org.entraide.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.feature.Feature;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.entraide.services.identity.IdentityService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves every present {@link RestResource} as one CXF JAX-RS endpoint. Resources come and go with
 * the services they need; the endpoint is rebuilt shortly after the set changes, so a burst of
 * arrivals (a feature being installed) costs one rebuild.
 */
@Component(immediate = true, configurationPid = "org.entraide.rest", service = {})
@Designate(ocd = RestServer.Config.class)
public class RestServer implements ServedApi {

    /** Settings of {@code etc/org.entraide.rest.cfg}. */
    @ObjectClassDefinition(name = "Entraide REST API")
    public @interface Config {
        @AttributeDefinition(description = "Address of the API inside the CXF servlet context")
        String address() default "/v1";

        @AttributeDefinition(description = "Serve <address>/openapi.json and Swagger UI at <address>/api-docs")
        boolean openapi() default true;

        @AttributeDefinition(description = "Public address of the service, as browsers reach it (such as "
                + "https://entraide.example.org); when it is https, answers carry Strict-Transport-Security")
        String baseUrl() default "";

        @AttributeDefinition(description = "Reverse proxies whose Forwarded / X-Forwarded-For headers are believed:"
                + " IP addresses or CIDR blocks, IPv4 or IPv6, separated by commas; empty believes none")
        String[] trustedProxies() default {};
    }

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    private static final long REBUILD_DELAY_MS = 150;

    private final Set<RestResource> resources = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService rebuilder = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "entraide-rest-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Config config;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile IdentityService identity;
    private ScheduledFuture<?> pending;
    /** Resources arrived or left since the endpoint was last built; cleared by the rebuild that serves them. */
    private volatile boolean changed = true;
    private volatile Server server;
    private ServiceRegistration<ServedApi> registration;
    private Server nowhere;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addResource(RestResource resource) {
        resources.add(resource);
        scheduleRebuild();
    }

    void removeResource(RestResource resource) {
        resources.remove(resource);
        scheduleRebuild();
    }

    /**
     * Registers {@link ServedApi} by hand, not as a DS service: {@link HealthResource}, which reads it, is one of
     * the resources this component binds, and SCR refuses such a cycle between DS services.
     */
    @Activate
    void activate(Config configuration, BundleContext context) {
        this.config = configuration;
        try {
            ClientAddresses.trust(TrustedProxies.parse(configuration.trustedProxies()));
        } catch (IllegalArgumentException e) {
            // The API still serves; its clients are then their TCP peers, which the log says.
            LOG.error("{}: no proxy is trusted until it is corrected", e.getMessage());
            ClientAddresses.trust(TrustedProxies.NONE);
        }
        registration = context.registerService(ServedApi.class, this, null);
        nowhere = create("/", List.of(new NowhereResource()), List.of());
        scheduleRebuild();
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
        rebuilder.shutdownNow();
        synchronized (this) {
            stopServer();
            if (nowhere != null) {
                nowhere.destroy();
                nowhere = null;
            }
        }
    }

    @Override
    public boolean settled() {
        return !changed && server != null;
    }

    private synchronized void scheduleRebuild() {
        changed = true;
        if (config == null || rebuilder.isShutdown()) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = rebuilder.schedule(this::rebuild, REBUILD_DELAY_MS, TimeUnit.MILLISECONDS);
    }

    private synchronized void rebuild() {
        changed = false;
        stopServer();
        List<Object> beans = new ArrayList<>(resources);
        if (beans.isEmpty()) {
            return;
        }
        List<Feature> features = new ArrayList<>();
        if (config.openapi()) {
            features.add(OpenApi.feature(config.address()));
        }
        server = create(config.address(), beans, features);
        if (server != null) {
            LOG.info("Entraide REST API serves {} resources at {}", beans.size(), config.address());
        }
    }

    private Server create(String address, List<Object> beans, List<Feature> features) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestServer.class.getClassLoader());
        try {
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(BusFactory.getDefaultBus());
            factory.setAddress(address);
            factory.setServiceBeans(beans);
            factory.setProviders(List.of(JsonProvider.provider(), new ProblemMapper(), new BodySizeFilter(),
                    new BearerAuthFilter(() -> identity), new SecurityHeadersFilter(config.baseUrl())));
            factory.setFeatures(features);
            return factory.create();
        } catch (RuntimeException e) {
            LOG.error("Could not start the Entraide REST API at {}", address, e);
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void stopServer() {
        if (server != null) {
            server.destroy();
            server = null;
        }
    }
}
