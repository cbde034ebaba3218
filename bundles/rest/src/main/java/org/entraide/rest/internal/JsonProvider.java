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

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.util.List;

/**
 * JSON in and out, strict on input: a wrong type, an unknown field or a number where a string is
 * expected is a 400 naming the field rather than a silent coercion. A key given twice in one object is a 400
 * too ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}): Jackson would otherwise keep the last one, and
 * a proxy or a log reading the first would see another request than the one served. Times are ISO-8601
 * strings.
 */
public final class JsonProvider {

    /** Longest string token accepted in a request body: far above any field limit, far below memory trouble. */
    static final int MAX_STRING_LENGTH = 2 * 1024 * 1024;

    /** One mapper for the bytes the API writes itself (see {@link RenderedAnswers}); a mapper is thread-safe. */
    private static final ObjectMapper SHARED = mapper();

    private JsonProvider() {
    }

    /**
     * The API's mapper, for a resource that composes an answer from a service's value and more.
     *
     * @return the shared mapper
     */
    public static ObjectMapper shared() {
        return SHARED;
    }

    static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // A number or a boolean where text is expected is a mistake, not something to quietly convert.
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build());
        return mapper;
    }

    static JacksonJsonProvider provider() {
        return new JacksonJsonProvider(SHARED);
    }
}
