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
package org.entraide.notify.webpush.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.services.notification.PushSubscriptions;

/**
 * What a subscription must be before it is stored: an endpoint the platform may POST to (https; http on the
 * loopback only, for tests and development, as browsers allow for localhost), of bounded length, and the browser's
 * keys of the right sizes. Every broken rule is reported at once, under the REST body's field names.
 */
final class SubscriptionRules {

    static final String ENDPOINT = "endpoint";
    static final String P256DH = "keys.p256dh";
    static final String AUTH = "keys.auth";

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1");
    private static final int AUTH_LENGTH = 16;

    private SubscriptionRules() {
    }

    /** Checks a subscription; a {@link ValidationException} naming every wrong field. */
    static void check(String endpoint, String p256dh, String auth) {
        List<FieldError> errors = new ArrayList<>();
        String endpointProblem = endpointProblem(endpoint);
        if (endpointProblem != null) {
            errors.add(endpointError(endpointProblem));
        }
        if (!isPoint(p256dh)) {
            errors.add(FieldError.of(P256DH, "not_a_key",
                    "doit être la clé publique P-256 du navigateur : 65 octets (un point non compressé) en base64url",
                    "must be the browser's P-256 public key: 65 bytes (an uncompressed point) in base64url"));
        }
        if (decodedLength(auth) != AUTH_LENGTH) {
            errors.add(FieldError.of(AUTH, "not_a_key",
                    "doit être le secret d'authentification du navigateur : 16 octets en base64url",
                    "must be the browser's authentication secret: 16 bytes in base64url"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Why an endpoint cannot be used, or {@code null} if it can. */
    private static FieldError endpointError(String problem) {
        if ("is required".equals(problem)) {
            return FieldError.of(ENDPOINT, "required", "est obligatoire", problem);
        }
        if (problem.startsWith("must be at most")) {
            return FieldError.of(ENDPOINT, "too_long", "doit contenir au plus " + PushSubscriptions.MAX_ENDPOINT_LENGTH
                    + " caractères", problem);
        }
        return FieldError.of(ENDPOINT, "not_a_url", problem.contains("https") ? "doit être une URL https"
                : "doit être une URL", problem);
    }

    static String endpointProblem(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return "is required";
        }
        if (endpoint.length() > PushSubscriptions.MAX_ENDPOINT_LENGTH) {
            return "must be at most " + PushSubscriptions.MAX_ENDPOINT_LENGTH + " characters";
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            return "must be a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null || !endpoint.equals(uri.toASCIIString())) {
            return "must be a URL";
        }
        if ("https".equals(scheme) || ("http".equals(scheme) && LOOPBACK.contains(host))) {
            return null;
        }
        return "must be an https URL";
    }

    private static boolean isPoint(String text) {
        try {
            P256.decode(text == null ? null : P256.fromBase64Url(text));
            return true;
        } catch (IllegalArgumentException notAPoint) {
            return false;
        }
    }

    private static int decodedLength(String text) {
        if (text == null) {
            return -1;
        }
        try {
            return P256.fromBase64Url(text).length;
        } catch (IllegalArgumentException notBase64Url) {
            return -1;
        }
    }
}
