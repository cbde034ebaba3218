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

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;

/**
 * Security headers on every answer of the API, problems and Swagger UI included:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} everywhere, so that no browser reads JSON as HTML or script;</li>
 * <li>{@code Cache-Control: no-store} on whatever answers a request that carries credentials (an
 * {@code Authorization} header) and on everything under {@code /me}: personal data stays out of shared and browser
 * caches;</li>
 * <li>on Swagger UI ({@code <address>/api-docs}), a Content Security Policy that lets it load its own scripts and
 * styles only, talk to this server only, and be framed by nobody ({@code frame-ancestors 'none'} and
 * {@code X-Frame-Options: DENY} for older browsers). Swagger UI sets inline styles, hence
 * {@code style-src 'unsafe-inline'}, and draws icons as {@code data:} images;</li>
 * <li>{@code Strict-Transport-Security} when the public address ({@code baseUrl} of
 * {@code etc/org.entraide.rest.cfg}) is https: browsers then never come back over plain http.</li>
 * </ul>
 */
final class SecurityHeadersFilter implements ContainerResponseFilter {

    static final String SWAGGER_UI_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String HSTS = "max-age=31536000";

    private final boolean https;

    /** @param baseUrl the public address of the service, HSTS is sent when it is https; may be empty */
    SecurityHeadersFilter(String baseUrl) {
        this.https = baseUrl != null && baseUrl.trim().regionMatches(true, 0, "https://", 0, "https://".length());
    }

    /** Whether answers carry Strict-Transport-Security. */
    boolean hsts() {
        return https;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null || path.equals("me")
                || path.startsWith("me/")) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (path.equals("api-docs") || path.startsWith("api-docs/")) {
            headers.putSingle("Content-Security-Policy", SWAGGER_UI_CSP);
            headers.putSingle("X-Frame-Options", "DENY");
        }
        if (https) {
            headers.putSingle("Strict-Transport-Security", HSTS);
        }
    }
}
