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
package org.entraide.demo.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.Test;

/** The types the demo uses, and waiting for core to list them. */
public class DemoTypesTest {

    @Test
    public void waitsForCoreToListEveryTypeItUses() throws Exception {
        FakePlatform platform = new FakePlatform();
        assertTrue(platform.types().await(Duration.ZERO));

        platform.operationTypes.remove("home-delivery");

        assertFalse(platform.types().await(Duration.ofMillis(300)));
    }

    @Test
    public void usesTheSevenShippedTypes() {
        assertEquals(Set.of("association", "producer", "shop", "collectivity"), DemoTypes.ACTOR_TYPES);
        assertEquals(Set.of("donation-box", "home-delivery", "intergenerational-help"), DemoTypes.OPERATION_TYPES);
    }
}
