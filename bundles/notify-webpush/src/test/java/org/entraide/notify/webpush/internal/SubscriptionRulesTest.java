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
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.junit.Test;

public class SubscriptionRulesTest {

    private static final String P256DH = P256.base64Url(P256.encode((ECPublicKey) P256.generate().getPublic()));
    private static final String AUTH = P256.base64Url(new byte[16]);

    @Test
    public void httpsEndpointsAndTheLoopbackOverHttpAreAccepted() {
        SubscriptionRules.check("https://fcm.googleapis.com/fcm/send/abc:def", P256DH, AUTH);
        SubscriptionRules.check("https://updates.push.services.mozilla.com/wpush/v2/gAAAA", P256DH, AUTH);
        SubscriptionRules.check("http://localhost:8123/push/1", P256DH, AUTH);
        SubscriptionRules.check("http://127.0.0.1:8123/push/1", P256DH, AUTH);
    }

    @Test
    public void anEndpointElsewhereOverHttpOrNotAUrlIsRefused() {
        assertEquals("must be an https URL", SubscriptionRules.endpointProblem("http://push.example.net/x"));
        assertEquals("must be an https URL", SubscriptionRules.endpointProblem("ftp://push.example.net/x"));
        assertEquals("must be an https URL", SubscriptionRules.endpointProblem("http://localhost.example.net/x"));
        assertEquals("must be a URL", SubscriptionRules.endpointProblem("https:///nohost"));
        assertEquals("must be a URL", SubscriptionRules.endpointProblem("https://user:pw@push.example.net/x"));
        assertEquals("must be a URL", SubscriptionRules.endpointProblem("https://push.example.net/a b"));
        assertEquals("is required", SubscriptionRules.endpointProblem(" "));
        assertNull(SubscriptionRules.endpointProblem("https://push.example.net/" + "a".repeat(975)));
        assertEquals("must be at most 1000 characters",
                SubscriptionRules.endpointProblem("https://push.example.net/" + "a".repeat(976)));
    }

    @Test
    public void everyWrongFieldIsNamedAtOnce() {
        String shortKey = P256.base64Url(new byte[64]);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> SubscriptionRules.check("http://push.example.net/x", shortKey, P256.base64Url(new byte[15])));
        assertEquals(List.of("endpoint", "keys.p256dh", "keys.auth"), fields(refused));
    }

    @Test
    public void aKeyThatIsNotAnUncompressedPointOfTheCurveIsRefused() {
        byte[] compressedPrefix = P256.fromBase64Url(P256DH);
        compressedPrefix[0] = 0x02;
        byte[] offCurve = P256.fromBase64Url(P256DH);
        offCurve[64] ^= 1;
        String[] keys = {null, "", "not base64url!", P256.base64Url(compressedPrefix), P256.base64Url(offCurve)};
        for (String key : keys) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> SubscriptionRules.check("https://push.example.net/x", key, AUTH));
            assertEquals(List.of("keys.p256dh"), fields(refused));
        }
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toList());
    }
}
