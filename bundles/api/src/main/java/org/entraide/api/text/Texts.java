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
package org.entraide.api.text;

import java.util.List;

import org.entraide.api.error.FieldError;

/**
 * Free texts: stripped, bounded in characters (code points, not UTF-16 units), and free of control characters
 * other than line breaks and tabs, of invisible formatting characters (the zero-width joiner of emoji aside), of
 * unassigned and of private-use code points.
 */
public final class Texts {

    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private Texts() {
    }

    /**
     * Checks a text and returns it stripped.
     *
     * @param value the text as given, or {@code null}
     * @param field the field to name in an error
     * @param min the fewest characters once stripped
     * @param max the most characters once stripped
     * @param required whether an absent or blank text is an error
     * @param errors where the problems go
     * @return the stripped text, or {@code null} when absent or blank
     */
    public static String check(String value, String field, int min, int max, boolean required,
            List<FieldError> errors) {
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
        } else if (hasForbidden(stripped)) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
        return stripped;
    }

    /**
     * Whether a text holds a character no free text may hold.
     *
     * @param text the text
     * @return true when one of its code points is forbidden
     */
    public static boolean hasForbidden(String text) {
        return text.codePoints().anyMatch(Texts::forbidden);
    }

    private static boolean forbidden(int c) {
        if (c == '\n' || c == '\r' || c == '\t' || c == ZERO_WIDTH_JOINER) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }
}
