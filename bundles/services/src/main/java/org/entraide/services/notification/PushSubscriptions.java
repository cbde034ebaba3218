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
package org.entraide.services.notification;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The browsers a resident asked to be reached by web push (RFC 8030), kept by the web push channel bundle: the
 * REST layer subscribes and unsubscribes them, and the channel sends to them. Absent while that bundle is not
 * installed.
 *
 * <p>A subscription is what a browser's {@code PushManager.subscribe()} gives: the push service's endpoint URL
 * and the browser's keys for the message encryption of RFC 8291. An endpoint belongs to one account at most.
 *
 * @since 1.3
 */
@ProviderType
public interface PushSubscriptions {

    /** The longest endpoint URL accepted, in characters. */
    int MAX_ENDPOINT_LENGTH = 1000;

    /**
     * The application server's public key (VAPID, RFC 8292) that browsers need for {@code applicationServerKey}:
     * an uncompressed P-256 point (65 bytes), base64url without padding. The same on every node.
     */
    String vapidPublicKey();

    /**
     * Subscribes a browser for the account, or updates its keys; idempotent per endpoint. An endpoint already
     * subscribed by another account moves to this one (the browser now belongs to whoever signed in there).
     *
     * @param accountId the resident
     * @param endpoint the push service's URL: {@code https}, or {@code http} on {@code localhost} or
     *        {@code 127.0.0.1} only (tests), at most {@value #MAX_ENDPOINT_LENGTH} characters
     * @param p256dh the browser's public key: an uncompressed P-256 point (65 bytes), base64url
     * @param auth the browser's authentication secret: 16 bytes, base64url
     * @throws org.entraide.api.error.ValidationException naming {@code endpoint}, {@code keys.p256dh} or
     *         {@code keys.auth} when one is not as described; nothing is written then
     */
    void subscribe(String accountId, String endpoint, String p256dh, String auth);

    /**
     * Forgets the account's subscription of that endpoint; nothing happens if there is none (or it is another
     * account's).
     */
    void unsubscribe(String accountId, String endpoint);
}
