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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * The web application at {@code /}: its files, {@code /app-config.json}, and the index page for any client
 * route. Registered with the HTTP Whiteboard as the default servlet ({@code /}), so the REST API's more
 * specific {@code /api/*} keeps every request of its own. Every answer carries the security headers.
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE,
        property = {
            "osgi.http.whiteboard.servlet.pattern=/",
            "osgi.http.whiteboard.servlet.name=entraide-web",
        })
public class WebAppServlet extends HttpServlet {

    static final String APP_CONFIG = "/app-config.json";

    private static final long serialVersionUID = 1L;

    private final transient StaticResources resources = new StaticResources(WebAppServlet.class.getClassLoader());
    private final long startedAt = System.currentTimeMillis() / 1000 * 1000;
    @Reference
    private transient WebSettings settings;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        securityHeaders(response, settings.current());
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)) {
            // Rather than HttpServlet's own 405 (an HTML page from Jetty, and TRACE echoing the request back).
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            problem(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method-not-allowed",
                    "Méthode non autorisée", "This method is not allowed here.");
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
            throws IOException {
        AppSettings current = settings.current();
        String path = path(request);
        if (path.equals("/api") || path.startsWith("/api/")) {
            notFound(response);
            return;
        }
        if (APP_CONFIG.equals(path)) {
            byte[] body = current.toJson().getBytes(StandardCharsets.UTF_8);
            send(response, "application/json; charset=utf-8", "no-cache", body.length, null, withBody,
                    out -> out.write(body));
            return;
        }
        String file = "/".equals(path) ? StaticResources.INDEX : path;
        Optional<URL> found = resources.find(file);
        if (found.isEmpty() && StaticResources.isClientRoute(path)) {
            file = StaticResources.INDEX;
            found = resources.find(file);
        }
        if (found.isEmpty()) {
            notFound(response);
            return;
        }
        URLConnection connection = found.get().openConnection();
        String language = null;
        if (ShellLanguage.localized(file)) {
            // The shell and the manifest follow the browser's language: caches must keep one copy per language.
            language = ShellLanguage.pick(request.getHeader("Accept-Language"), current.defaultLanguage());
            response.setHeader("Vary", "Accept-Language");
        }
        String etag = "\"" + Long.toHexString(startedAt) + "-" + Long.toHexString(connection.getContentLengthLong())
                + (language == null ? "" : "-" + language) + "\"";
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", StaticResources.cacheControl(file));
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if ("/sw.js".equals(file)) {
            response.setHeader("Service-Worker-Allowed", "/");
        }
        if (language != null) {
            byte[] body;
            try (InputStream in = connection.getInputStream()) {
                body = ShellLanguage.translate(file, in.readAllBytes(), language);
            }
            send(response, StaticResources.contentType(file), StaticResources.cacheControl(file), body.length, etag,
                    withBody, out -> out.write(body));
            return;
        }
        try (InputStream in = connection.getInputStream()) {
            send(response, StaticResources.contentType(file), StaticResources.cacheControl(file),
                    connection.getContentLengthLong(), etag, withBody, in::transferTo);
        }
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = context != null && !context.isEmpty() && uri.startsWith(context)
                ? uri.substring(context.length()) : uri;
        return path.isEmpty() ? "/" : path;
    }

    private static void securityHeaders(HttpServletResponse response, AppSettings current) {
        response.setHeader("Content-Security-Policy", current.contentSecurityPolicy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "geolocation=(self), camera=(), microphone=(), payment=()");
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        problem(response, HttpServletResponse.SC_NOT_FOUND, "not-found", "Introuvable", "Nothing here.");
    }

    /**
     * Errors of the web application are problem+json as those of the API (RFC 9457), so that every answer of the
     * server has one shape; a browser only meets them for a mistyped asset, client routes answer the app itself.
     * Type, title and detail are constants of this class: nothing of the request is echoed.
     */
    private static void problem(HttpServletResponse response, int status, String slug, String title, String detail)
            throws IOException {
        byte[] body = ("{\"type\":\"urn:entraide:problem:" + slug + "\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        send(response, "application/problem+json", "no-cache", body.length, null, true, out -> out.write(body));
    }

    private static void send(HttpServletResponse response, String type, String cacheControl, long length,
            String etag, boolean withBody, Body body) throws IOException {
        response.setContentType(type);
        response.setHeader("Cache-Control", cacheControl);
        if (etag != null) {
            response.setHeader("ETag", etag);
        }
        if (length >= 0) {
            response.setContentLengthLong(length);
        }
        if (withBody) {
            try (OutputStream out = response.getOutputStream()) {
                body.writeTo(out);
            }
        }
    }

    /** What a response's body is made of. */
    @FunctionalInterface
    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
