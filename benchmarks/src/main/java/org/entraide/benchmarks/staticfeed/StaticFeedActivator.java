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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.servlet.ServletException;

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
 * same Jetty. Built as {@code benchmarks/target/entraide-benchmarks-*-static-feed.jar}.
 */
public final class StaticFeedActivator implements BundleActivator {

    /** Where the static body is served. */
    public static final String ALIAS = "/static-feed";

    private ServiceTracker<HttpService, HttpService> tracker;

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
    }

    @Override
    public void stop(BundleContext context) {
        tracker.close();
    }
}
