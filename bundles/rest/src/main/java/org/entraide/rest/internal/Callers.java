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

import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.entraide.api.error.AuthenticationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;

/** The caller that {@link BearerAuthFilter} resolved for the current request. */
public final class Callers {

    static final String CALLER = "org.entraide.rest.caller";
    static final String TOKEN = "org.entraide.rest.token";

    private Callers() {
    }

    /** The authenticated caller; a 401 if the request carries no valid bearer token. */
    public static Caller require(HttpServletRequest request) {
        return optional(request).orElseThrow(() -> new AuthenticationException(
                "This needs you to be signed in: send Authorization: Bearer <token> from POST /sessions."));
    }

    public static Optional<Caller> optional(HttpServletRequest request) {
        Object caller = request.getAttribute(CALLER);
        return caller instanceof Caller ? Optional.of((Caller) caller) : Optional.empty();
    }

    /**
     * The place a request is about: its {@code lat}/{@code lon}, else the signed-in caller's home (used on the
     * server only, never shown), else none.
     *
     * @param request the request, for its caller
     * @param identity where homes are
     * @param lat the raw {@code lat} query parameter
     * @param lon the raw {@code lon} query parameter
     * @return the place, or empty for an anonymous request without coordinates
     */
    public static Optional<GeoPoint> placeOf(HttpServletRequest request, IdentityService identity, String lat,
            String lon) {
        GeoPoint given = QueryParams.centre(lat, lon);
        return given != null ? Optional.of(given) : optional(request).map(c -> identity.home(c.accountId()));
    }

    /** The bearer token as sent, for signing out. */
    public static Optional<String> token(HttpServletRequest request) {
        Object token = request.getAttribute(TOKEN);
        return token instanceof String ? Optional.of((String) token) : Optional.empty();
    }
}
