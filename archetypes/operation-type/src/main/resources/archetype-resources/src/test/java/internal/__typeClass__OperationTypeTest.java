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
import org.entraide.api.geo.GeoPoint;
import org.entraide.plugin.testkit.OperationTypeCheck;
import org.junit.Test;

/** The type as core and the web app will use it, checked with the Entraide plugin test kit. */
public class ${typeClass}OperationTypeTest {

    private static final GeoPoint HOME = GeoPoint.of(41.93, 8.74);
    private static final Map<String, Object> OPERATION = Map.of("places", 4, "days", List.of("tue", "sat"),
            "accessible", true, "details", "Rendez-vous devant la mairie à 9 h.");

    @Test
    public void isAWellFormedTypeWithItsRules() {
        OperationTypeCheck.of(new ${typeClass}OperationType())
                .valid(OPERATION)
                .valid(Map.of("places", 1, "days", List.of("mon")))
                .invalid(Map.of("places", 0, "days", List.of("mon")), "places", "out_of_range")
                .invalid(Map.of("places", 2.5, "days", List.of("mon")), "places", "not_an_integer")
                .invalid(Map.of("places", 2, "days", List.of("lundi")), "days", "not_a_choice")
                .invalid(Map.of("places", 2), "days", "required")
                .validParticipation(OPERATION, Map.of("places", 2, "note", "Avec mon fils"), HOME)
                .invalidParticipation(OPERATION, Map.of("places", 5), HOME, "places", "too_many")
                .verify();
    }
}
