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

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;

/**
 * The platform's VAPID key pair (RFC 8292), as kept in the database: the public key as browsers want it (an
 * uncompressed point, base64url) and the private key in PKCS#8, base64url.
 *
 * @param publicKey the public key
 * @param privateKey the private key
 */
record VapidKeys(ECPublicKey publicKey, ECPrivateKey privateKey) {

    /** A new pair. */
    static VapidKeys generate() {
        KeyPair pair = P256.generate();
        return new VapidKeys((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate());
    }

    /** The pair of a row of {@code push_vapid_key}. */
    static VapidKeys of(String publicText, String privateText) {
        try {
            ECPublicKey publicKey = P256.decode(P256.fromBase64Url(publicText));
            ECPrivateKey privateKey = (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(P256.fromBase64Url(privateText)));
            return new VapidKeys(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The VAPID keys in table push_vapid_key are unreadable: delete the row"
                    + " to have new ones made (docs/operators.md, \"Web push\")", e);
        }
    }

    /** The public key for {@code applicationServerKey} and the {@code k} of the Authorization header. */
    String publicText() {
        return P256.base64Url(P256.encode(publicKey));
    }

    String privateText() {
        return P256.base64Url(privateKey.getEncoded());
    }
}
