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
package org.entraide.services.moderation;

import java.util.List;
import org.entraide.api.geo.GeoPoint;

/**
 * Something moderators act on, as its owning bundle describes it to them (see {@link ModeratedContent}).
 *
 * @param type {@code POST}, {@code ACTOR}, {@code OPERATION}, {@code MESSAGE} or {@code ACCOUNT}
 * @param id its id
 * @param position where it lies, which decides its territory: a post's public (fuzzed) position, an actor's or
 *        an operation's location, the public position of a message's post; {@code null} when it lies nowhere
 *        (only the platform's moderators and operators moderate it then). Never shown to anyone
 * @param summary a title, a name or an excerpt, at most 140 characters
 * @param accountable the accounts that answer for it, the first being its author (a post's author, a message's
 *        sender, the managers of an actor, or of an operation's actor, its creator first); they are told when it is
 *        hidden. Empty when nobody answers for it any more (an erased sender)
 * @param hidden whether it is hidden now (for a post: its status is {@code HIDDEN})
 * @param subjectType what a notification about it links to: its type, or {@code CONVERSATION} for a message
 * @param subjectId the id of that
 */
public record ModerationTarget(String type, String id, GeoPoint position, String summary, List<String> accountable,
        boolean hidden, String subjectType, String subjectId) {

    /** The longest summary. */
    public static final int SUMMARY_MAX = 140;

    public ModerationTarget {
        accountable = List.copyOf(accountable);
        summary = summary(summary);
    }

    /**
     * A text cut to {@link #SUMMARY_MAX} characters, with an ellipsis when it was longer; line breaks become spaces.
     *
     * @param text the text, or {@code null}
     * @return the summary, or {@code null}
     */
    public static String summary(String text) {
        if (text == null) {
            return null;
        }
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= SUMMARY_MAX ? line : line.substring(0, SUMMARY_MAX - 1) + "\u2026";
    }

    /**
     * The account that answers first for it, its author.
     *
     * @return the first accountable account, or {@code null}
     */
    public String authorId() {
        return accountable.isEmpty() ? null : accountable.get(0);
    }
}
