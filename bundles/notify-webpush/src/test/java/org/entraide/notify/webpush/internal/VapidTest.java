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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

public class VapidTest {

    private static final Pattern HEADER = Pattern.compile("vapid t=([A-Za-z0-9_.-]+), k=([A-Za-z0-9_-]+)");

    @Test
    public void theHeaderCarriesATokenSignedByThePlatformKeyForTheEndpointsOrigin() throws Exception {
        VapidKeys keys = VapidKeys.generate();
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        String header = Vapid.authorization(keys, URI.create("https://push.example.net:8443/wpush/v2/abc?x=1"),
                "mailto:ops@example.org", now);

        Matcher parts = HEADER.matcher(header);
        assertTrue(header, parts.matches());
        assertEquals(keys.publicText(), parts.group(2));
        SignedJWT jwt = SignedJWT.parse(parts.group(1));
        assertEquals(JWSAlgorithm.ES256, jwt.getHeader().getAlgorithm());
        assertEquals(JOSEObjectType.JWT, jwt.getHeader().getType());
        ECDSAVerifier verifier = new ECDSAVerifier(P256.decode(P256.fromBase64Url(parts.group(2))));
        assertTrue("signed by the key in k", jwt.verify(verifier));
        assertEquals(List.of("https://push.example.net:8443"), jwt.getJWTClaimsSet().getAudience());
        assertEquals("mailto:ops@example.org", jwt.getJWTClaimsSet().getSubject());
        Instant expiry = jwt.getJWTClaimsSet().getExpirationTime().toInstant();
        assertTrue(expiry.isAfter(now));
        assertFalse("at most 24 hours ahead (RFC 8292)", expiry.isAfter(now.plus(Duration.ofHours(24))));
    }

    @Test
    public void anotherKeyDoesNotVerifyTheToken() throws Exception {
        String header = Vapid.authorization(VapidKeys.generate(), URI.create("https://push.example.net/x"),
                "mailto:ops@example.org", Instant.now());
        Matcher parts = HEADER.matcher(header);
        assertTrue(parts.matches());
        assertFalse(SignedJWT.parse(parts.group(1)).verify(new ECDSAVerifier(VapidKeys.generate().publicKey())));
    }

    @Test
    public void keysSurviveTheirStoredForm() {
        VapidKeys keys = VapidKeys.generate();
        VapidKeys read = VapidKeys.of(keys.publicText(), keys.privateText());
        assertEquals(keys.publicText(), read.publicText());
        assertEquals(87, keys.publicText().length());
        assertEquals(keys.privateKey().getS(), read.privateKey().getS());
    }

    @Test
    public void theOriginHasNoPathAndNoDefaultPort() {
        assertEquals("https://fcm.googleapis.com", Vapid.origin(URI.create("https://FCM.googleapis.com/fcm/send/x")));
        assertEquals("http://localhost:8080", Vapid.origin(URI.create("http://localhost:8080/push/1")));
    }
}
