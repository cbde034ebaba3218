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
 * The one rule of free texts written through the API: stripped of spaces at both ends, bounded, and free of
 * characters no database or reader should receive.
 *
 * <p><b>Lengths are counted in UTF-16 code units</b> ({@link String#length()}), not in code points. Derby's
 * {@code VARCHAR(n)} counts UTF-16 units and PostgreSQL's {@code varchar(n)} counts code points; a text of at most
 * {@code n} UTF-16 units holds at most {@code n} code points, so the one count fits both databases. A character
 * outside the Basic Multilingual Plane (most emoji, such as U+1F600) counts as two: a title of 61 of them is 122
 * units, over a 120 limit, and is refused here as a 422 naming the field instead of reaching the database. Limits
 * are still stated to clients "in characters"; in the rare case of 4-byte characters they hold fewer.
 *
 * <p>Refused everywhere: unpaired surrogates (not text; PostgreSQL cannot store them in UTF-8), control
 * characters (NUL included), invisible formatting characters (the zero-width joiner of emoji aside), unassigned
 * and private-use code points. Line breaks ({@code \n}, {@code \r}) and tabs are allowed only in multi-line
 * texts ({@link #check}), never in single-line ones ({@link #checkLine}). A text made only of spaces, in the
 * Unicode sense (U+00A0, U+2003, U+3000 and the like, not only what {@link Character#isWhitespace} knows), is
 * blank: absent when optional, "is required" otherwise.
 */
public final class Texts {

    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final char NEXT_LINE = (char) 0x85;

    private Texts() {
    }

    /**
     * Checks a multi-line text (line breaks and tabs allowed) and returns it stripped.
     *
     * @param value the text as given, or {@code null}
     * @param field the field to name in an error
     * @param min the fewest characters once stripped
     * @param max the most characters (UTF-16 units) once stripped
     * @param required whether an absent or blank text is an error
     * @param errors where the problems go
     * @return the stripped text, or {@code null} when absent or blank
     */
    public static String check(String value, String field, int min, int max, boolean required,
            List<FieldError> errors) {
        return check(value, field, min, max, required, true, errors);
    }

    /**
     * Checks a single-line text (no line break nor tab) and returns it stripped; see {@link #check}.
     *
     * @param value the text as given, or {@code null}
     * @param field the field to name in an error
     * @param min the fewest characters once stripped
     * @param max the most characters (UTF-16 units) once stripped
     * @param required whether an absent or blank text is an error
     * @param errors where the problems go
     * @return the stripped text, or {@code null} when absent or blank
     */
    public static String checkLine(String value, String field, int min, int max, boolean required,
            List<FieldError> errors) {
        return check(value, field, min, max, required, false, errors);
    }

    private static String check(String value, String field, int min, int max, boolean required, boolean multiLine,
            List<FieldError> errors) {
        FieldError error = error(value, field, min, max, required, multiLine);
        if (error != null) {
            errors.add(error);
        }
        return isBlank(value) ? null : strip(value);
    }

    /**
     * What is wrong with a text as a coded error in French and English, or {@code null} when nothing is (since
     * 1.2): {@code required}, {@code too_short}, {@code too_long} or {@code forbidden_characters}.
     *
     * @param value the text as given, or {@code null}
     * @param field the field to name in the error
     * @param min the fewest characters once stripped
     * @param max the most characters (UTF-16 units) once stripped
     * @param required whether an absent or blank text is an error
     * @param multiLine whether line breaks and tabs are allowed
     * @return the error, or {@code null}
     */
    public static FieldError error(String value, String field, int min, int max, boolean required,
            boolean multiLine) {
        String problem = problem(value, min, max, required, multiLine);
        if (problem == null) {
            return null;
        }
        if (isBlank(value)) {
            return FieldError.of(field, "required", "est obligatoire", problem);
        }
        int length = length(strip(value));
        if (length < min || length > max) {
            String french = min <= 1 ? "doit contenir au plus " + max + " caractères"
                    : "doit contenir de " + min + " à " + max + " caractères";
            return FieldError.of(field, length < min ? "too_short" : "too_long", french, problem);
        }
        return FieldError.of(field, "forbidden_characters", multiLine
                ? "ne doit pas contenir de caractères de contrôle"
                : "ne doit contenir ni caractères de contrôle ni retours à la ligne", problem);
    }

    /**
     * What is wrong with a text, or {@code null} when nothing is: the messages {@link #check} gives.
     *
     * @param value the text as given, or {@code null}
     * @param min the fewest characters once stripped
     * @param max the most characters (UTF-16 units) once stripped
     * @param required whether an absent or blank text is an error
     * @param multiLine whether line breaks and tabs are allowed
     * @return the problem, or {@code null}
     */
    public static String problem(String value, int min, int max, boolean required, boolean multiLine) {
        if (isBlank(value)) {
            return required ? "is required" : null;
        }
        String stripped = strip(value);
        int length = length(stripped);
        if (length < min || length > max) {
            return "must be " + min + " to " + max + " characters";
        }
        if (hasForbidden(stripped, multiLine)) {
            return multiLine ? "must not contain control characters"
                    : "must not contain control characters nor line breaks";
        }
        return null;
    }

    /**
     * The length of a text as the databases bound it: UTF-16 code units.
     *
     * @param text the text
     * @return its length, 0 for {@code null}
     */
    public static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /**
     * Whether a text is absent, empty or made only of spaces in the Unicode sense.
     *
     * @param text the text, or {@code null}
     * @return true when there is nothing to read
     */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A text without the spaces, in the Unicode sense, at its ends.
     *
     * @param text the text, or {@code null}
     * @return the stripped text, {@code null} for {@code null}
     */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * Whether a multi-line text holds a character no free text may hold.
     *
     * @param text the text
     * @return true when one of its code points is forbidden
     */
    public static boolean hasForbidden(String text) {
        return hasForbidden(text, true);
    }

    /**
     * Whether a text holds a character no free text may hold.
     *
     * @param text the text
     * @param multiLine whether line breaks and tabs are allowed
     * @return true when one of its code points (or an unpaired surrogate) is forbidden
     */
    public static boolean hasForbidden(String text, boolean multiLine) {
        return text.codePoints().anyMatch(c -> forbidden(c, multiLine));
    }

    /** U+0009 to U+000D, U+001C to U+001F, U+0085 and every space separator (U+00A0, U+2003, U+3000...). */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == NEXT_LINE;
    }

    private static boolean forbidden(int c, boolean multiLine) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return !multiLine;
        }
        if (c == ZERO_WIDTH_JOINER) {
            return false;
        }
        int type = Character.getType(c);
        // String.codePoints() gives an unpaired surrogate as itself, of type SURROGATE.
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
