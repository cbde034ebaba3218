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

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import org.junit.Test;

public class MessageEncryptionTest {

    // RFC 8291, appendix A: the keys, secret, salt and result of its worked example.
    private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    private static final String UA_PUBLIC =
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    private static final String AS_PUBLIC =
            "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    private static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
    private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    private static final String BODY = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3"
            + "vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_"
            + "Qulcy4a-fN";

    @Test
    public void reproducesTheWorkedExampleOfRfc8291ByteForByte() throws Exception {
        KeyPair server = new KeyPair(P256.decode(bytes(AS_PUBLIC)), privateKey(AS_PRIVATE));

        byte[] body = MessageEncryption.encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8), bytes(UA_PUBLIC),
                bytes(AUTH), server, bytes(SALT));

        assertEquals(BODY, P256.base64Url(body));
    }

    @Test
    public void theBrowserDecryptsWhatItIsSentWithItsOwnKeys() throws Exception {
        KeyPair browser = P256.generate();
        byte[] browserPublic = P256.encode((ECPublicKey) browser.getPublic());
        byte[] auth = new byte[16];
        Arrays.fill(auth, (byte) 7);
        byte[] message = "{\"title\":\"Bonjour, ça va ?\"}".getBytes(StandardCharsets.UTF_8);

        byte[] body = MessageEncryption.encrypt(message, browserPublic, auth);

        assertArrayEquals(message, Rfc8291.decrypt(body, browser.getPrivate(), browserPublic, auth));
        assertEquals("header: salt, record size 4096, key length 65", 4096,
                ((body[16] & 0xff) << 24) | ((body[17] & 0xff) << 16) | ((body[18] & 0xff) << 8) | (body[19] & 0xff));
        assertEquals(65, body[20]);
    }

    @Test
    public void eachMessageHasItsOwnSaltAndKeySoTwoBodiesDiffer() {
        KeyPair browser = P256.generate();
        byte[] browserPublic = P256.encode((ECPublicKey) browser.getPublic());
        byte[] auth = new byte[16];
        byte[] message = "same".getBytes(StandardCharsets.UTF_8);

        assertFalse(Arrays.equals(MessageEncryption.encrypt(message, browserPublic, auth),
                MessageEncryption.encrypt(message, browserPublic, auth)));
    }

    @Test
    public void anotherAuthSecretCannotDecrypt() {
        KeyPair browser = P256.generate();
        byte[] browserPublic = P256.encode((ECPublicKey) browser.getPublic());
        byte[] body = MessageEncryption.encrypt("secret".getBytes(StandardCharsets.UTF_8), browserPublic,
                new byte[16]);
        byte[] otherAuth = new byte[16];
        otherAuth[0] = 1;

        assertThrows(AEADBadTagException.class,
                () -> Rfc8291.decrypt(body, browser.getPrivate(), browserPublic, otherAuth));
    }

    @Test
    public void aMessageLongerThanOneRecordIsRefused() {
        byte[] browserPublic = P256.encode((ECPublicKey) P256.generate().getPublic());
        assertThrows(IllegalArgumentException.class, () -> MessageEncryption.encrypt(
                new byte[MessageEncryption.MAX_PLAINTEXT + 1], browserPublic, new byte[16]));
    }

    @Test
    public void aBrowserKeyOffTheCurveIsRefused() {
        byte[] point = bytes(UA_PUBLIC);
        point[64] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> P256.decode(point));
    }

    @Test
    public void pointsRoundTripThroughTheirEncoding() {
        for (int i = 0; i < 20; i++) {
            ECPublicKey key = (ECPublicKey) P256.generate().getPublic();
            assertEquals(key.getW(), P256.decode(P256.encode(key)).getW());
        }
    }

    static byte[] bytes(String base64Url) {
        return P256.fromBase64Url(base64Url);
    }

    static PrivateKey privateKey(String scalar) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(new BigInteger(1, bytes(scalar)),
                spec));
    }

    @Test
    public void theWorkedExampleDecryptsWithTheBrowsersPrivateKey() throws Exception {
        byte[] plain = Rfc8291.decrypt(bytes(BODY), privateKey(UA_PRIVATE), bytes(UA_PUBLIC), bytes(AUTH));
        assertEquals(PLAINTEXT, new String(plain, StandardCharsets.UTF_8));
    }
}
