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
package ${package}.internal;

import java.util.List;
import java.util.Map;
import org.entraide.plugin.testkit.ActorTypeCheck;
import org.junit.Test;

/** The type as core and the web app will use it, checked with the Entraide plugin test kit. */
public class ${typeClass}ActorTypeTest {

    @Test
    public void isAWellFormedTypeWithItsRules() {
        ActorTypeCheck.of(new ${typeClass}ActorType())
                .valid(Map.of("activities", List.of("food", "company"), "volunteers", 12,
                        "openingHours", Map.of("wed", List.of(List.of("14:00", "18:00"))),
                        "website", "https://example.org"))
                .valid(Map.of("activities", List.of("repair")))
                .invalid(Map.of("activities", List.of()), "activities", "out_of_range")
                .invalid(Map.of("activities", List.of("food"), "volunteers", 2.5), "volunteers", "not_an_integer")
                .invalid(Map.of("activities", List.of("food"), "website", "example.org"), "website", "pattern")
                .verify();
    }
}
