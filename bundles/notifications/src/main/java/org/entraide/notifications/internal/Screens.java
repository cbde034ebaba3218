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

/** The web app's route that shows what a notification is about, as channels link to it. */
final class Screens {

    private Screens() {
    }

    /** The route after {@code #}, such as {@code /conversations/42}; the notifications list for other subjects. */
    static String of(String subjectType, String subjectId) {
        switch (subjectType) {
            case "CONVERSATION":
                return "/conversations/" + subjectId;
            case "POST":
                return "/posts/" + subjectId;
            case "ACTOR":
                return "/actors/" + subjectId;
            case "OPERATION":
                return "/operations/" + subjectId;
            default:
                return "/notifications";
        }
    }
}
