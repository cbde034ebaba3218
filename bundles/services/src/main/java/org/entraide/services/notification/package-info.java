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
 * INTERNAL to the Entraide core (bundle {@code org.entraide.services}, exported with {@code x-internal:=true}):
 * not part of the partner API, no compatibility promise.
 * Notifications: what happened to what a resident follows or wrote. A core service that any bundle
 * (posts, actors, operations, plugins) publishes to; residents read them with {@code GET /notifications}.
 * Channels ({@link org.entraide.services.notification.NotificationChannel}, since 1.1) carry them outside the app;
 * {@link org.entraide.services.notification.PushSubscriptions} (since 1.3) holds the browsers that web push reaches.
 * Residents choose, per kind and channel, how they are told
 * ({@link org.entraide.services.notification.NotificationSettings}, since 1.3); operators watch the outbox and run
 * the digests ({@link org.entraide.services.notification.NotificationOutbox}, since 1.3).
 */
@Export(attribute = "x-internal:=true")
@Version("1.3.0")
package org.entraide.services.notification;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
