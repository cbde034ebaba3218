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
package org.entraide.rest.internal.notification;

/**
 * {@code POST /me/push-subscriptions}: what the browser's {@code PushSubscription.toJSON()} gives, so that it may be
 * sent as it is ({@code expirationTime} is accepted and not kept: push services tell when a subscription ends by
 * answering 404 or 410).
 *
 * @param endpoint the push service's URL
 * @param keys the browser's keys
 * @param expirationTime ignored
 */
public record PushSubscriptionRequest(String endpoint, Keys keys, Long expirationTime) {

    /**
     * The browser's keys for RFC 8291.
     *
     * @param p256dh its P-256 public key, base64url
     * @param auth its authentication secret, base64url
     */
    public record Keys(String p256dh, String auth) {
    }
}
