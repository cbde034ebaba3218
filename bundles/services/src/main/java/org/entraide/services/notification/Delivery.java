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

import java.time.Instant;
import java.util.Map;

/**
 * One notification to carry to one resident through one channel, prepared by the notifications core when it is
 * sent (so it has the recipient's current address and language).
 *
 * @param id the delivery's id, stable across attempts (a channel may use it to recognise a retry)
 * @param notificationId the notification carried
 * @param recipientEmail the recipient's email address
 * @param language the recipient's language, {@code fr} or {@code en}
 * @param kind what happened, as {@link NewNotification#kind()}
 * @param subjectType the kind of thing it is about, as {@link NewNotification#subjectType()}
 * @param subjectId the id of that thing
 * @param data the notification's short public values, as {@link NewNotification#data()}
 * @param screen the web app's route showing it, to put after {@code #}: such as {@code /conversations/42}
 * @param createdAt when the notification was published
 * @param recipientId the recipient's account (since 1.2), for channels that keep their own addresses per account
 *        (such as web push subscriptions)
 * @param unsubscribeToken for a notification the recipient may turn off, the token of
 *        {@code POST /api/v1/unsubscribe/{token}} turning this kind off on this channel (RFC 8058 one-click);
 *        {@code null} for a transactional message (verifying an address, resetting a password), which is
 *        never optional
 */
public record Delivery(String id, String notificationId, String recipientEmail, String language, String kind,
        String subjectType, String subjectId, Map<String, String> data, String screen, Instant createdAt,
        String recipientId, String unsubscribeToken) {

    public Delivery {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    /** A delivery without recipient id nor unsubscribe token (the 1.1 constructor). */
    public Delivery(String id, String notificationId, String recipientEmail, String language, String kind,
            String subjectType, String subjectId, Map<String, String> data, String screen, Instant createdAt) {
        this(id, notificationId, recipientEmail, language, kind, subjectType, subjectId, data, screen, createdAt,
                null, null);
    }

    /** Whether the recipient may turn this message off: every notification but the transactional ones. */
    public boolean optional() {
        return unsubscribeToken != null;
    }
}
