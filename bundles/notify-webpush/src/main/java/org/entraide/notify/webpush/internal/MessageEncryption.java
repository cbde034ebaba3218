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

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The body of a push message, encrypted for one browser as RFC 8291 says, in the {@code aes128gcm} content coding
 * of RFC 8188 with a single record: a fresh ephemeral P-256 key pair and salt per message, ECDH with the browser's
 * key, HKDF-SHA-256 (RFC 5869, two HMAC steps) bound to the browser's auth secret, then AES-128-GCM. Only JDK
 * primitives are used (see the package's documentation for why).
 */
final class MessageEncryption {

    /** The record size written in the header: one record holds the whole message. */
    static final int RECORD_SIZE = 4096;
    /** The longest plaintext one record carries: the record less the GCM tag and the padding delimiter. */
    static final int MAX_PLAINTEXT = RECORD_SIZE - 16 - 1;

    private static final int SALT_LENGTH = 16;
    private static final int AUTH_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private MessageEncryption() {
    }

    /**
     * Encrypts a message for a browser.
     *
     * @param plaintext at most {@link #MAX_PLAINTEXT} bytes
     * @param browserKey the subscription's {@code p256dh}: an uncompressed point
     * @param authSecret the subscription's {@code auth}: 16 bytes
     * @return the request body: header (salt, record size, the server's ephemeral public key) then the record
     */
    static byte[] encrypt(byte[] plaintext, byte[] browserKey, byte[] authSecret) {
        byte[] salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        return encrypt(plaintext, browserKey, authSecret, P256.generate(), salt);
    }

    /** {@link #encrypt(byte[], byte[], byte[])} with a given ephemeral key pair and salt (for tests). */
    static byte[] encrypt(byte[] plaintext, byte[] browserKey, byte[] authSecret, KeyPair ephemeral, byte[] salt) {
        if (plaintext.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("A push message holds at most " + MAX_PLAINTEXT + " bytes");
        }
        if (authSecret.length != AUTH_LENGTH || salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException("The auth secret and the salt are 16 bytes");
        }
        ECPublicKey browser = P256.decode(browserKey);
        byte[] serverKey = P256.encode((ECPublicKey) ephemeral.getPublic());
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(ephemeral.getPrivate());
            agreement.doPhase(browser, true);
            byte[] sharedSecret = agreement.generateSecret();
            // RFC 8291, section 3.4: the input keying material, bound to the auth secret and both public keys.
            byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), browserKey, serverKey);
            byte[] ikm = hkdf(authSecret, sharedSecret, keyInfo, 32);
            // RFC 8188, section 2.2 and 2.3: the content encryption key and the nonce of the only record.
            byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            // The last (and only) record ends with the delimiter 2 and no further padding.
            byte[] record = cipher.doFinal(concat(plaintext, new byte[] {2}));
            return ByteBuffer.allocate(SALT_LENGTH + 4 + 1 + serverKey.length + record.length)
                    .put(salt).putInt(RECORD_SIZE).put((byte) serverKey.length).put(serverKey).put(record).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Web push encryption failed", e);
        }
    }

    /** HKDF-SHA-256 for outputs of at most 32 bytes: extract with the salt, then one expand step. */
    static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
        byte[] prk = hmac(salt, ikm);
        byte[] okm = hmac(prk, concat(info, new byte[] {1}));
        return Arrays.copyOf(okm, length);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            buffer.put(part);
        }
        return buffer.array();
    }
}
