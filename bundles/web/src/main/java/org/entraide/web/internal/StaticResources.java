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

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files of the application inside the bundle: {@code static/} at the root of the site and Leaflet's
 * webjar under {@code /webjars/}. Maps a request path to a resource, never outside those two folders.
 */
final class StaticResources {

    static final String INDEX = "/index.html";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final ClassLoader loader;

    StaticResources(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * The resource a path names.
     *
     * @param path the request path, starting with a slash
     * @return the resource, empty if the path names nothing the application serves
     */
    Optional<URL> find(String path) {
        if (!isSafe(path) || contentType(path) == null) {
            return Optional.empty();
        }
        String name = path.startsWith("/webjars/") ? "META-INF/resources" + path : "static" + path;
        return Optional.ofNullable(loader.getResource(name));
    }

    /** Whether a path may be a client route of the application, answered with the index page. */
    static boolean isClientRoute(String path) {
        int slash = path.lastIndexOf('/');
        return isSafe(path) && path.indexOf('.', slash) < 0 && !path.startsWith("/webjars/");
    }

    static boolean isSafe(String path) {
        return path != null && path.startsWith("/") && !path.contains("..") && !path.contains("//")
                && !path.contains("\\") && !path.contains("%") && !path.contains("\0")
                && !path.toUpperCase(Locale.ROOT).startsWith("/META-INF") && !path.startsWith("/OSGI-INF");
    }

    static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return null;
        }
        return TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Versioned library files never change; the application's own files are checked at every use. */
    static String cacheControl(String path) {
        return path.startsWith("/webjars/") ? "public, max-age=31536000, immutable" : "no-cache";
    }
}
