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

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

/**
 * The {@code Authorization} header of RFC 8292 (VAPID): {@code vapid t=<JWT>, k=<public key>}, where the JWT is
 * signed ES256 by the platform's key (Nimbus JOSE+JWT) and names the push service's origin ({@code aud}), an
 * expiry ({@code exp}, at most 24 hours ahead) and whom to contact ({@code sub}).
 */
final class Vapid {

    /** How long a token is valid: well under the 24 hours push services accept. */
    static final Duration VALIDITY = Duration.ofHours(12);

    private Vapid() {
    }

    /** The header for a message to {@code endpoint}. */
    static String authorization(VapidKeys keys, URI endpoint, String subject, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().audience(origin(endpoint))
                .expirationTime(Date.from(now.plus(VALIDITY))).subject(subject).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(new ECDSASigner(keys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("The VAPID token could not be signed", e);
        }
        return "vapid t=" + jwt.serialize() + ", k=" + keys.publicText();
    }

    /** The origin of an endpoint (RFC 6454): scheme, host and any explicit port, without path. */
    static String origin(URI endpoint) {
        String origin = endpoint.getScheme().toLowerCase(Locale.ROOT) + "://"
                + endpoint.getHost().toLowerCase(Locale.ROOT);
        return endpoint.getPort() == -1 ? origin : origin + ":" + endpoint.getPort();
    }
}
