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

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to reach residents outside the app, such as email: contributed by a plugin bundle as an OSGi service
 * with the property {@value #CHANNEL_PROPERTY} equal to {@link #key()}. The notifications core binds every
 * channel present, writes what each must carry in an outbox in the same transaction as the notification, and
 * hands the channel one {@link Delivery} at a time from a job; a channel knows nothing of that storage. While a
 * channel is absent, what it must carry waits.
 *
 * <p>{@link #send(Delivery)} is called from one thread at a time per node; it may block on the network for a
 * few seconds, not longer.
 */
@ConsumerType
public interface NotificationChannel {

    /** The service property naming a channel's key. */
    String CHANNEL_PROPERTY = "entraide.channel";

    /** The channel's key: lower-case letters, stable, such as {@code email}. */
    String key();

    /**
     * Sends one prepared delivery and says how it went: {@link DeliveryResult#sent()} once the far end has
     * accepted it, {@link DeliveryResult#retry(String)} on a temporary failure (server unreachable, not
     * configured, 4xx), {@link DeliveryResult#failed(String)} on a permanent one (5xx, an address refused).
     * It does not throw: an exception is taken as a temporary failure.
     */
    DeliveryResult send(Delivery delivery);
}
