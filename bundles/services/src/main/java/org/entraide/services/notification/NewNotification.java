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

import java.util.Map;

/**
 * Something to tell one resident.
 *
 * @param recipientId the account told
 * @param kind what happened, dotted, stable, such as {@code post.response}, {@code post.message},
 *        {@code post.status}, {@code post.expiring}; clients render the text from it in their language
 * @param subjectType the kind of thing it is about: {@code POST}, {@code CONVERSATION}, {@code ACTOR},
 *        {@code OPERATION}
 * @param subjectId the id of that thing
 * @param data a few short public values for the text, such as a post's title or a new status; never
 *        private data such as a home
 */
public record NewNotification(String recipientId, String kind, String subjectType, String subjectId,
        Map<String, String> data) {

    public NewNotification {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
