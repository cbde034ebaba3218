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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.Test;

public class StrictJsonTest {

    private final ObjectMapper mapper = JsonProvider.mapper();

    @Test
    public void aKeyGivenTwiceIsRefusedAndNamed() throws Exception {
        assertEquals("kind", duplicate("{\"kind\":\"OFFER\",\"title\":\"t\",\"kind\":\"REQUEST\"}", Map.class));
        assertEquals("location.lat", duplicate("{\"location\":{\"lat\":1,\"lat\":2}}", Map.class));
        assertEquals("items[1].id", duplicate("{\"items\":[{},{\"id\":1,\"id\":2}]}", JsonNode.class));
    }

    @Test
    public void distinctKeysStillRead() throws Exception {
        assertEquals(Map.of("kind", "OFFER", "location", Map.of("kind", 1)),
                mapper.readValue("{\"kind\":\"OFFER\",\"location\":{\"kind\":1}}", Map.class));
    }

    private String duplicate(String json, Class<?> type) throws Exception {
        try {
            mapper.readValue(json, type);
            fail("accepted " + json);
            return null;
        } catch (JsonParseException e) {
            assertTrue(e.getOriginalMessage(), e.getOriginalMessage().startsWith("Duplicate field"));
            return JsonPaths.of(((JsonParser) e.getProcessor()).getParsingContext());
        }
    }
}
