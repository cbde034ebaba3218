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
package org.entraide.support.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Type-specific attributes as stored beside the generic columns: a JSON object, at most {@value #MAX_JSON}
 * characters (the size of the {@code attributes_json} columns). What is written has been checked against the
 * type's schema, and what is read was written here, so neither way fails for a caller's input.
 */
public final class Attributes {

    /** The longest document an {@code attributes_json} column holds. */
    public static final int MAX_JSON = 16000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private Attributes() {
    }

    /**
     * The document of checked attributes.
     *
     * @param attributes the attributes, as the type's schema checked them
     * @return the JSON object, in the attributes' order
     */
    public static String write(Map<String, Object> attributes) {
        try {
            return JSON.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Checked attributes are always writable", e);
        }
    }

    /**
     * The attributes of a stored document.
     *
     * @param json a document written by {@link #write(Map)}
     * @return the attributes, in the document's order
     */
    public static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored attributes are always readable", e);
        }
    }
}
