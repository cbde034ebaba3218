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
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.entraide.services.identity.Role;
import org.junit.Test;

/** The demo territory as configured: its perimeter and radii, moderated by the demo's moderator. */
public class TerritoryConfigurationTest {

    @Test
    public void theDemoIsTheTerritoryDemoOfTheTerritoryFactory() {
        assertEquals("org.entraide.territory~demo", TerritoryConfiguration.PID);
    }

    @Test
    public void theTerritoryIsModeratedByTheDemoModerator() {
        DemoTerritory.Resident marieJosee = DemoTerritory.residents().get(0);

        assertTrue(marieJosee.roles().contains(Role.MODERATOR));
        assertEquals(marieJosee.email(), TerritoryConfiguration.properties().get("moderators"));
    }

    @Test
    public void thePerimeterSurroundsAjaccioSagoneAndVico() {
        Map<String, Object> properties = TerritoryConfiguration.properties();

        assertEquals("42.02", properties.get("perimeter.lat"));
        assertEquals("8.72", properties.get("perimeter.lon"));
        assertEquals("35", properties.get("perimeter.radiusKm"));
        assertEquals("50", properties.get("maxRadiusKm"));
        assertEquals("25", properties.get("defaultRadiusKm"));
    }
}
