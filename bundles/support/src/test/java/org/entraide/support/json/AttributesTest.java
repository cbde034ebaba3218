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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The attributes document: a JSON object that keeps its order and its values. */
public class AttributesTest {

    @Test
    public void attributesComeBackInTheirOrderWithTheirValues() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("zone", "Sagone");
        attributes.put("radiusKm", 12);
        attributes.put("fresh", true);
        attributes.put("days", List.of("MON", "THU"));

        Map<String, Object> read = Attributes.read(Attributes.write(attributes));

        assertEquals(attributes, read);
        assertEquals(new ArrayList<>(attributes.keySet()), new ArrayList<>(read.keySet()));
    }

    @Test
    public void noAttributesAreAnEmptyObject() {
        assertEquals("{}", Attributes.write(Map.of()));
        assertEquals(Map.of(), Attributes.read("{}"));
    }

    @Test
    public void aDocumentThatIsNotAnObjectIsAnInternalError() {
        assertThrows(IllegalStateException.class, () -> Attributes.read("[1, 2]"));
    }
}
