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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;

/** Request bodies: an absent one is a 400 naming {@code body}, before any service sees it. */
public final class Bodies {

    private Bodies() {
    }

    /**
     * A body read as a JSON merge patch (RFC 7396): its fields as {@code type} reads them (strictly, as every body),
     * absent or {@code null} alike, and {@link #nulled} tells which were given as {@code null}.
     */
    public static <T> T patch(JsonNode body, Class<T> type) throws JsonProcessingException {
        if (body != null && !body.isNull() && !body.isObject()) {
            throw new InvalidRequestException(FieldError.of("body", "required", "un objet JSON est attendu",
                    "a JSON object is required"));
        }
        return required(body == null ? null : JsonProvider.shared().treeToValue(body, type));
    }

    /** The fields a merge patch sets to {@code null}: those to remove. */
    public static Set<String> nulled(JsonNode body) {
        Set<String> names = new TreeSet<>();
        body.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                names.add(field.getKey());
            }
        });
        return names;
    }

    /**
     * A body that may be left out, read strictly as {@code type} (any content type, so that a client may post
     * nothing at all): absent or blank is {@code null}, anything else must be a JSON object of that type (400).
     */
    public static <T> T optional(String raw, Class<T> type) throws JsonProcessingException {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        JsonNode body = JsonProvider.shared().readTree(raw);
        if (!body.isObject()) {
            throw new InvalidRequestException(FieldError.of("body", "required", "un objet JSON est attendu",
                    "a JSON object is required"));
        }
        return JsonProvider.shared().treeToValue(body, type);
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidRequestException(FieldError.of("body", "required", "un objet JSON est attendu",
                    "a JSON object is required"));
        }
        return body;
    }
}
