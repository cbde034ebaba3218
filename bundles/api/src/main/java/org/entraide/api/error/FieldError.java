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
import java.util.Map;
import java.util.Objects;

/**
 * What is wrong with one field of a request.
 *
 * <p>The {@code code} is a stable machine key ({@code required}, {@code too_long}, {@code not_a_choice}...) that
 * clients may rely on; the messages are fragments that read after the field's label ("is required",
 * « est obligatoire »). The list of codes is in the development guide, section "Error codes".
 *
 * @param field the field's path in the request, such as {@code home.lat} or {@code attributes.siret}
 * @param code the stable machine key of the problem, lower_snake_case; {@value #INVALID} when nothing more precise
 *     is known
 * @param message what is wrong, in English, for the person who sent it
 * @param messages the same text per language ({@code fr}, {@code en}), possibly empty
 * @since 1.3.0 for {@code code} and {@code messages}
 */
public record FieldError(String field, String code, String message, Map<String, String> messages) {

    /** The code of an error built without one: the value is wrong, with no more precise key. */
    public static final String INVALID = "invalid";

    /**
     * Checks and copies the parts.
     *
     * @param field the field's path
     * @param code the machine key
     * @param message the English text
     * @param messages the texts per language; {@code null} for none
     */
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        messages = messages == null ? Map.of() : Map.copyOf(messages);
    }

    /**
     * An error with the code {@value #INVALID} and its message in English only, as before codes existed.
     *
     * @param field the field's path
     * @param message what is wrong, in English
     */
    public FieldError(String field, String message) {
        this(field, INVALID, message, Map.of());
    }

    /**
     * A coded error in French and English.
     *
     * @param field the field's path
     * @param code the machine key, lower_snake_case
     * @param french what is wrong, in French (a fragment read after the field's label: « est obligatoire »)
     * @param english what is wrong, in English ("is required")
     * @return the error, whose {@link #message()} is the English text
     */
    public static FieldError of(String field, String code, String french, String english) {
        Map<String, String> messages = new LinkedHashMap<>();
        messages.put("fr", Objects.requireNonNull(french, "french"));
        messages.put("en", Objects.requireNonNull(english, "english"));
        return new FieldError(field, code, english, messages);
    }

    /**
     * The same error under another field path (a nested check reported under its parent, for instance).
     *
     * @param path the new field path
     * @return this error with that field
     */
    public FieldError at(String path) {
        return new FieldError(path, code, message, messages);
    }

    /**
     * What is wrong in a language.
     *
     * @param language a language code such as {@code fr} or {@code en}; {@code null} for the default
     * @return the text in that language when there is one, else {@link #message()}
     */
    public String message(String language) {
        String text = language == null ? null : messages.get(language);
        return text == null ? message : text;
    }
}
