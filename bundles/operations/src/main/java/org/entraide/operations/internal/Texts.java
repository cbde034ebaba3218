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
package org.entraide.operations.internal;

import java.util.List;
import org.entraide.api.error.FieldError;

/** The rule of free texts: stripped, bounded in characters, no control characters but line breaks. */
final class Texts {

    private Texts() {
    }

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
        } else if (stripped.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n')) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
        return stripped;
    }
}
