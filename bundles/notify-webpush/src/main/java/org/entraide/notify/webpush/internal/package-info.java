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

/**
 * The web push channel ({@code push}): residents' browsers reached through their push services (RFC 8030), with
 * messages encrypted for each browser (RFC 8291, {@code aes128gcm}) and the platform identified by VAPID
 * (RFC 8292).
 *
 * <p>Libraries, and why: the VAPID token, a JWT signed ES256, comes from Nimbus JOSE+JWT, a maintained JOSE
 * library that ships as an OSGi bundle whose only dependencies (BouncyCastle, Tink) are optional imports, so the
 * feature adds one bundle and nothing else. The message encryption is written here on the JDK's own primitives
 * (P-256 key pairs and ECDH, HMAC-SHA-256 for HKDF, AES-128-GCM), each a call of the JCA: {@code
 * com.interaso:webpush}, which does all of it, is Kotlin and would bring the Kotlin standard library into Karaf
 * (not a bundle there, to embed and keep in step), and BouncyCastle adds nothing the JDK lacks for these steps.
 * Requests go out with {@link java.net.http.HttpClient}.
 *
 * <p>The VAPID key pair and the subscriptions are in the database (tables of {@code webpush.xml}), in plain JDBC
 * on the DataSource {@code entraide}, so that every node signs with the same key and reaches the same browsers.
 */
package org.entraide.notify.webpush.internal;
