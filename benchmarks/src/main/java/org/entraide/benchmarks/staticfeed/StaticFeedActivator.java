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
package org.entraide.benchmarks.staticfeed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.servlet.ServletException;

import org.apache.cxf.Bus;
import org.apache.cxf.BusException;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.DestinationFactoryManager;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A benchmark-only bundle, never part of the distribution: registers {@link StaticFeedServlet} at
 * {@value #ALIAS} on the HTTP service of the Karaf it is dropped into, serving the bytes of
 * {@code etc/static-feed.json}, so that wrk can compare the feed with a static body of the same size served by the
 * same Jetty. Also publishes the same body as a JAX-RS resource at {@value #JAXRS_ADDRESS} of the API's CXF servlet
 * ({@code /api/static-feed}, and {@code /api/static-feed/bytes}): see {@link StaticFeedResource}. Built as
 * {@code benchmarks/target/entraide-benchmarks-*-static-feed.jar}.
 */
public final class StaticFeedActivator implements BundleActivator {

    /** Where the static body is served. */
    public static final String ALIAS = "/static-feed";

    /** Where the JAX-RS variant is published, inside the CXF servlet's context ({@code /api}). */
    public static final String JAXRS_ADDRESS = "/static-feed";

    private static final String HTTP_TRANSPORT = "http://cxf.apache.org/transports/http";

    private ServiceTracker<HttpService, HttpService> tracker;
    private volatile Server jaxrs;
    private volatile boolean stopped;
    private Thread publisher;

    @Override
    public void start(BundleContext context) throws IOException {
        String etc = context.getProperty("karaf.etc");
        byte[] body = Files.readAllBytes(Path.of(etc == null ? "etc" : etc, "static-feed.json"));
        tracker = new ServiceTracker<>(context, HttpService.class, null) {
            @Override
            public HttpService addingService(ServiceReference<HttpService> reference) {
                HttpService http = context.getService(reference);
                try {
                    http.registerServlet(ALIAS, new StaticFeedServlet(body), null, null);
                } catch (ServletException | NamespaceException e) {
                    throw new IllegalStateException("Cannot register " + ALIAS, e);
                }
                return http;
            }

            @Override
            public void removedService(ServiceReference<HttpService> reference, HttpService http) {
                try {
                    http.unregister(ALIAS);
                } catch (IllegalArgumentException e) {
                    // Already gone with the HTTP service.
                }
                context.ungetService(reference);
            }
        };
        tracker.open();
        // CXF's default bus must not be created here, nor before its HTTP transport is there: at boot this bundle
        // may start before CXF, and a bus made too early would leave the API itself without a transport.
        publisher = new Thread(() -> publishWhenCxfIsReady(body), "static-feed-jaxrs");
        publisher.setDaemon(true);
        publisher.start();
    }

    private void publishWhenCxfIsReady(byte[] body) {
        while (!stopped) {
            Bus bus = BusFactory.getDefaultBus(false);
            if (bus != null && hasHttpTransport(bus)) {
                try {
                    jaxrs = publish(bus, body);
                } catch (IOException | RuntimeException e) {
                    System.err.println("static-feed: cannot publish " + JAXRS_ADDRESS + ": " + e);
                }
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean hasHttpTransport(Bus bus) {
        DestinationFactoryManager manager = bus.getExtension(DestinationFactoryManager.class);
        try {
            return manager != null && manager.getDestinationFactory(HTTP_TRANSPORT) != null;
        } catch (BusException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static Server publish(Bus bus, byte[] body) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(StaticFeedActivator.class.getClassLoader());
        try {
            ObjectMapper mapper = new ObjectMapper();
            Map<String, Object> tree = mapper.readValue(body, Map.class);
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(JAXRS_ADDRESS);
            factory.setServiceBeans(List.of(new StaticFeedResource(tree, body)));
            factory.setProviders(List.of(new JacksonJsonProvider(mapper)));
            return factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void stop(BundleContext context) throws InterruptedException {
        stopped = true;
        publisher.interrupt();
        publisher.join(5000);
        if (jaxrs != null) {
            jaxrs.destroy();
        }
        tracker.close();
    }
}
