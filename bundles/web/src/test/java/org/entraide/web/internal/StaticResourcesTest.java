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
package org.entraide.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

public class StaticResourcesTest {

    private final StaticResources resources = new StaticResources(StaticResourcesTest.class.getClassLoader());

    @Test
    public void servesTheApplicationAndLeafletButNothingElseOfTheBundle() {
        assertTrue(resources.find("/index.html").isPresent());
        assertTrue(resources.find("/webjars/leaflet/1.9.4/dist/leaflet.css").isPresent());
        assertFalse(resources.find("/../static/index.html").isPresent());
        assertFalse(resources.find("/META-INF/MANIFEST.MF").isPresent());
        assertFalse(resources.find("/org/entraide/web/internal/WebAppServlet.class").isPresent());
        assertFalse(resources.find("/%2e%2e/x.js").isPresent());
    }

    @Test
    public void pathsWithoutAnExtensionAreClientRoutes() {
        assertTrue(StaticResources.isClientRoute("/feed"));
        assertTrue(StaticResources.isClientRoute("/posts/123"));
        assertFalse(StaticResources.isClientRoute("/missing.js"));
        assertFalse(StaticResources.isClientRoute("/a/../b"));
    }

    @Test
    public void typesAndCaching() {
        assertEquals("text/javascript; charset=utf-8", StaticResources.contentType("/js/app.js"));
        assertEquals("public, max-age=31536000, immutable",
                StaticResources.cacheControl("/webjars/leaflet/1.9.4/dist/leaflet.css"));
        assertEquals("no-cache", StaticResources.cacheControl("/index.html"));
    }

    /** A module missing from sw.js's shell list would be missing offline: every file of js/ must be in it. */
    @Test
    public void theServiceWorkerKeepsEveryModuleOfTheApp() throws IOException {
        Path root = Path.of("src/main/resources/static");
        String worker = Files.readString(root.resolve("sw.js"), StandardCharsets.UTF_8);
        List<String> missing;
        try (Stream<Path> files = Files.walk(root.resolve("js"))) {
            missing = files.filter(file -> file.toString().endsWith(".js"))
                    .map(file -> "'/" + root.relativize(file).toString().replace('\\', '/') + "'")
                    .filter(module -> !worker.contains(module))
                    .collect(Collectors.toList());
        }
        assertEquals("modules of js/ missing from SHELL in sw.js", List.of(), missing);
    }
}
