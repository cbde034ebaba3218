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
package org.entraide.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.territory.Perimeter;
import org.entraide.services.territory.Territory;
import org.junit.Test;

/** How {@code entraide:territory-stats} reads its optional territory key. */
public class TerritoryStatsCommandTest {

    private static final Territory AJACCIO = territory("ajaccio");
    private static final Territory BASTIA = territory("bastia");
    private static final List<Territory> ALL = List.of(AJACCIO, BASTIA);

    private static Territory territory(String key) {
        return new Territory(key, key, Perimeter.circle(GeoPoint.of(41.92, 8.74), 20), 20, 10, null, Set.of(),
                List.of(), 0);
    }

    private static Optional<Territory> byKey(String key) {
        return ALL.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    @Test
    public void withoutKeyEveryTerritoryInForceIsCounted() {
        assertEquals(ALL, TerritoryStatsCommand.chosen(null, () -> ALL, TerritoryStatsCommandTest::byKey));
    }

    @Test
    public void withAKeyOnlyThatTerritoryIsCounted() {
        assertEquals(List.of(BASTIA), TerritoryStatsCommand.chosen("bastia", () -> {
            throw new AssertionError("the full list is not read for one territory");
        }, TerritoryStatsCommandTest::byKey));
    }

    @Test
    public void aKeyInForceNowhereIsRefusedWithAPointerToTheTerritoriesCommand() {
        try {
            TerritoryStatsCommand.chosen("corte", () -> ALL, TerritoryStatsCommandTest::byKey);
            fail("an unknown territory was accepted");
        } catch (IllegalArgumentException e) {
            assertEquals("No territory corte in force: see entraide:territories", e.getMessage());
        }
    }

    @Test
    public void keysAreMatchedExactlyByTheTerritoryService() {
        try {
            TerritoryStatsCommand.chosen("Ajaccio", () -> ALL, TerritoryStatsCommandTest::byKey);
            fail("the key was matched in another case by the command itself");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().startsWith("No territory Ajaccio"));
        }
    }
}
