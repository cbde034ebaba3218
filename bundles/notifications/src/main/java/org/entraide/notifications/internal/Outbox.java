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
package org.entraide.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entraide.services.notification.DeliveryResult;
import org.entraide.services.notification.NotificationFrequency;
import org.entraide.services.notification.NotificationSettings;

/**
 * The rules of the outbox, without its storage: which channels carry a notification, when a delivery is tried
 * again, and how each attempt's result moves it.
 *
 * <p>An attempt is recorded (attempts counted, next attempt pushed back) and committed before the channel is
 * called, so a node that dies during the call leaves a row that is tried again after that delay: never lost,
 * but sent twice if the node died after the far end accepted it and before {@link DeliveryStatus#SENT} was
 * written. That window is the only way a delivery goes out twice.
 */
final class Outbox {

    /** The key of the email channel. */
    static final String EMAIL = NotificationSettings.EMAIL;
    /** The key of the web push channel. */
    static final String PUSH = NotificationSettings.PUSH;

    /** The first delay after a temporary failure, doubled at each further one. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    /** The longest delay between two attempts. */
    static final Duration LONGEST_RETRY = Duration.ofMinutes(30);
    static final int MAX_ERROR_LENGTH = 1000;

    private Outbox() {
    }

    /** The channels that must carry a notification of this kind at once, by the defaults alone. */
    static List<String> channels(String kind, String recipientEmail) {
        return channels(kind, recipientEmail, Preferences.DEFAULTS);
    }

    /**
     * The channels that must carry a notification of this kind at once to a recipient with this email address
     * and these choices: each channel chosen {@code INSTANT} (email only with an address). The digests' kinds
     * ({@code DAILY}, {@code WEEKLY}) are gathered later by {@link Digests}; {@code OFF} is never sent.
     * Transactional kinds go by email whatever the choices, and never by push.
     */
    static List<String> channels(String kind, String recipientEmail, Preferences chosen) {
        boolean hasEmail = recipientEmail != null && !recipientEmail.isBlank();
        List<String> channels = new ArrayList<>(2);
        if (hasEmail && (Preferences.transactional(kind)
                || chosen.frequency(EMAIL, kind) == NotificationFrequency.INSTANT)) {
            channels.add(EMAIL);
        }
        if (!Preferences.transactional(kind) && chosen.frequency(PUSH, kind) == NotificationFrequency.INSTANT) {
            channels.add(PUSH);
        }
        return List.copyOf(channels);
    }

    /** A new pending delivery, due at once. */
    static DeliveryEntity pending(String notificationId, String recipientId, String channel, Instant now) {
        DeliveryEntity delivery = new DeliveryEntity();
        delivery.id = UUID.randomUUID().toString();
        delivery.notificationId = notificationId;
        delivery.recipientId = recipientId;
        delivery.channel = channel;
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        return delivery;
    }

    /** The delay before the attempt after the {@code attempts}-th: 30 s, 1 min, 2 min... up to 30 min. */
    static Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
        // 30 s * 2^6 = 32 min is already past the longest delay: no need to shift further (nor to overflow).
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 6));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    /**
     * Records the start of an attempt of a pending delivery: one more attempt, and the next one after its
     * delay should this one never end (the node dies).
     */
    static void begin(DeliveryEntity delivery, Instant now) {
        if (delivery.status != DeliveryStatus.PENDING) {
            throw new IllegalStateException("Delivery " + delivery.id + " is " + delivery.status + ", not pending");
        }
        delivery.attempts++;
        delivery.nextAttemptAt = now.plus(delayAfter(delivery.attempts));
    }

    /** Moves a delivery whose attempt has begun by that attempt's result. */
    static void settle(DeliveryEntity delivery, DeliveryResult result, Instant now) {
        if (delivery.status != DeliveryStatus.PENDING || delivery.attempts < 1) {
            throw new IllegalStateException("Delivery " + delivery.id + " has no attempt under way");
        }
        switch (result.status()) {
            case SENT:
                delivery.status = DeliveryStatus.SENT;
                delivery.sentAt = now;
                delivery.lastError = null;
                break;
            case RETRY:
                delivery.nextAttemptAt = now.plus(delayAfter(delivery.attempts));
                delivery.lastError = shortened(result.reason());
                break;
            case FAILED:
                delivery.status = DeliveryStatus.FAILED;
                delivery.lastError = shortened(result.reason());
                break;
            default:
                throw new IllegalArgumentException("Unknown result " + result.status());
        }
    }

    static String shortened(String reason) {
        return reason.length() <= MAX_ERROR_LENGTH ? reason : reason.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
