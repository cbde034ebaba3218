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
package org.entraide.api.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request was understood but some of its fields break a rule; nothing was written. */
public class ValidationException extends EntraideException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    /**
     * A refusal listing every broken rule; its message is the first one, in each language it is written in.
     *
     * @param errors the broken rules, in the order found
     */
    public ValidationException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    /**
     * A refusal of one field, with the code {@value FieldError#INVALID} and an English message.
     *
     * @param field the field's path
     * @param message what is wrong, in English
     */
    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /**
     * A refusal of one field (since 1.3).
     *
     * @param error what is wrong
     */
    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    private static Map<String, String> summary(List<FieldError> errors) {
        Map<String, String> summary = new LinkedHashMap<>();
        if (errors.isEmpty()) {
            summary.put("en", "Invalid request");
            return summary;
        }
        FieldError first = errors.get(0);
        summary.put("en", first.field() + ": " + first.message());
        first.messages().forEach((language, text) -> summary.put(language, first.field() + ": " + text));
        return summary;
    }

    /** Every broken rule, in the order found; never empty when thrown by Entraide. */
    public List<FieldError> errors() {
        return errors;
    }
}
