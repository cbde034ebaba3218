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

import java.util.Set;
import java.util.regex.Pattern;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.notification.NotificationSettings;

/**
 * What a publisher must get right. Publishers are code, not people: a broken rule is a programming
 * error, an {@link IllegalArgumentException}, not a validation answer.
 */
final class NotificationRules {

    static final int MAX_ID_LENGTH = 36;
    static final int MAX_KIND_LENGTH = 64;
    static final int MAX_SUBJECT_TYPE_LENGTH = 32;
    static final int MAX_SUBJECT_ID_LENGTH = 64;

    /** Dotted segments of letters, digits, '_' and '-', starting with a letter: {@code post.response}. */
    private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");
    /** Upper case, such as {@code POST} or {@code OPERATION}. */
    private static final Pattern SUBJECT_TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * The messages a resident needs whatever their settings, mailed only
     * ({@code NotificationService#publishTransactional}): never listed in the app, their data (a one-use token)
     * erased once sent or given up.
     */
    static final Set<String> TRANSACTIONAL_KINDS = Set.of("account.email-verification", "account.password-reset");

    private NotificationRules() {
    }

    /**
     * The JPQL condition on a notification {@code n} leaving the transactional ones out (the in-app list, the
     * export): see {@link Preferences#transactional(String)}.
     */
    static final String NOT_TRANSACTIONAL = " AND n.kind NOT LIKE '" + NotificationSettings.TRANSACTIONAL_PREFIX
            + "%'";

    /** Throws if the notification is malformed; the recipient's existence is not checked here. */
    static void check(NewNotification notification) {
        if (notification == null) {
            throw new IllegalArgumentException("No notification given");
        }
        String recipient = notification.recipientId();
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("A notification needs a recipientId");
        }
        String kind = notification.kind();
        if (kind == null || kind.length() > MAX_KIND_LENGTH || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Notification kind " + kind + " is not dotted words of at most "
                    + MAX_KIND_LENGTH + " characters, such as post.response");
        }
        String type = notification.subjectType();
        if (type == null || type.length() > MAX_SUBJECT_TYPE_LENGTH || !SUBJECT_TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("Notification subjectType " + type + " is not an upper-case word of"
                    + " at most " + MAX_SUBJECT_TYPE_LENGTH + " characters, such as POST");
        }
        String subject = notification.subjectId();
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_ID_LENGTH
                || subject.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Notification subjectId must be 1 to " + MAX_SUBJECT_ID_LENGTH
                    + " characters without control characters");
        }
    }

    /** Account and notification ids are UUIDs: a longer one names nothing, so there is nothing to look up. */
    static boolean plausibleId(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_ID_LENGTH;
    }
}
