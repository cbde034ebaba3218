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
package org.entraide.rest.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx answer. {@code type} is a stable URN
 * naming the kind of problem, {@code title} its translated label, {@code detail} this occurrence.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "errors"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final List<Entry> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    /**
     * Most field errors listed in one answer. A body with thousands of wrong keys would otherwise be answered with
     * a list as large as itself (an amplification); beyond this many the answer says how many were left out in
     * the {@value #ERRORS_OMITTED} member rather than listing them.
     */
    public static final int MAX_ERRORS = 20;

    /** Extension member giving how many field errors were left out of {@code errors}; absent when none was. */
    public static final String ERRORS_OMITTED = "errorsOmitted";

    /** Longest field name, error message or detail echoed back: a client's own keys may be megabytes long. */
    static final int MAX_TEXT = 200;

    /**
     * One entry of {@code errors}: the field, its stable machine code and the message in the caller's language.
     *
     * @param field the field's path
     * @param code the machine key, such as {@code required}
     * @param message what is wrong, in the caller's language
     */
    @JsonPropertyOrder({"field", "code", "message"})
    public record Entry(String field, String code, String message) {
    }

    /** A problem whose field errors are in English, their default text. */
    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, null);
    }

    /**
     * A problem whose field errors are told in a language.
     *
     * @param language the caller's language code ({@code fr}, {@code en}); {@code null} for each error's default
     */
    public Problem(String type, String title, int status, String detail, List<FieldError> errors, String language) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail == null ? null : shortened(detail, MAX_TEXT * 5);
        List<FieldError> all = errors == null ? List.of() : errors;
        this.errors = all.stream().limit(MAX_ERRORS)
                .map(error -> new Entry(shortened(error.field(), MAX_TEXT), shortened(error.code(), MAX_TEXT),
                        shortened(error.message(language), MAX_TEXT)))
                .collect(Collectors.toUnmodifiableList());
        if (all.size() > MAX_ERRORS) {
            extensions.put(ERRORS_OMITTED, all.size() - MAX_ERRORS);
        }
    }

    private static String shortened(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /** Adds an extension member, such as the health of each part in a 503 from {@code /health}. */
    public Problem with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public List<Entry> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
