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

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/** Names the field of a JSON mapping failure the way clients write it: {@code home.lat}, {@code tags[2]}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The field a parser is at, in the same form: {@code location.lat}, {@code tags[2]}. */
    static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            chain.push(at);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at : chain) {
            if (at.inObject() && at.getCurrentName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(at.getCurrentName());
            } else if (at.inArray() && at.getCurrentIndex() >= 0) {
                path.append('[').append(at.getCurrentIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String kindOf(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }

    /** What {@link #kindOf} says, in French. */
    static String frenchKindOf(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "un texte";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true ou false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "un nombre";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "une liste";
        }
        return "un objet";
    }
}
