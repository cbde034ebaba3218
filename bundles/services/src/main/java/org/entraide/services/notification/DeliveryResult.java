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

import java.util.Objects;

/**
 * How one attempt of a {@link NotificationChannel} went.
 *
 * @param status sent, to try again later, or failed for good
 * @param reason why it was not sent, for operators (a server's reply); {@code null} when sent
 */
public record DeliveryResult(Status status, String reason) {

    /** What the core does next with the delivery. */
    public enum Status {
        /** Accepted by the far end: never sent again. */
        SENT,
        /** A temporary failure: tried again later, with a growing delay. */
        RETRY,
        /** A permanent failure: kept with its reason, never tried again. */
        FAILED
    }

    public DeliveryResult {
        Objects.requireNonNull(status, "status");
        if (status != Status.SENT && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A delivery not sent needs a reason");
        }
    }

    /** The far end accepted it. */
    public static DeliveryResult sent() {
        return new DeliveryResult(Status.SENT, null);
    }

    /** A temporary failure, to try again later. */
    public static DeliveryResult retry(String reason) {
        return new DeliveryResult(Status.RETRY, reason);
    }

    /** A permanent failure. */
    public static DeliveryResult failed(String reason) {
        return new DeliveryResult(Status.FAILED, reason);
    }
}
