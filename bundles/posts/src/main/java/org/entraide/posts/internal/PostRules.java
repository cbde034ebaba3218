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
package org.entraide.posts.internal;

import java.util.List;
import org.entraide.api.error.FieldError;

/** Length and character rules of the texts of posts, messages and reports. */
final class PostRules {

    static final int TITLE_MIN = 3;
    static final int TITLE_MAX = 120;
    static final int BODY_MAX = 4000;
    static final int AVAILABILITY_MAX = 200;
    static final int BENEFICIARY_MAX = 60;
    static final int REASON_MAX = 1000;

    private PostRules() {
    }

    /** Checks a text and returns it stripped, or null when absent; problems go to {@code errors}. */
    static String text(String value, String field, int min, int max, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        String stripped = value.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length < min || length > max) {
            errors.add(new FieldError(field, "must be " + min + " to " + max + " characters"));
        } else if (stripped.codePoints().anyMatch(PostRules::forbidden)) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
        return stripped;
    }

    /** Control characters other than line breaks and tabs, and invisible formatting characters. */
    private static boolean forbidden(int c) {
        int type = Character.getType(c);
        if (c == '\n' || c == '\r' || c == '\t' || c == 0x200D) {
            return false;
        }
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }
}
