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
package org.entraide.api.notification;

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
 */
public record Delivery(String id, String notificationId, String recipientEmail, String language, String kind,
        String subjectType, String subjectId, Map<String, String> data, String screen, Instant createdAt) {

    public Delivery {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
