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
package org.entraide.support.moderation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.Role;
import org.entraide.services.territory.Perimeter;
import org.entraide.services.territory.Scope;
import org.entraide.services.territory.Territory;
import org.entraide.services.territory.TerritoryService;
import org.junit.Test;

/** Who moderates where. */
public class ModeratorsTest {

    private static final GeoPoint IN_LYON = GeoPoint.of(45.76, 4.84);
    private static final GeoPoint IN_NANTES = GeoPoint.of(47.2, 4.84);
    private static final GeoPoint NOWHERE = GeoPoint.of(10, 4.84);
    private static final Territory LYON = territory("lyon", "claire@example.org");
    private static final Territory NANTES = territory("nantes", "paul@example.org");

    private static Territory territory(String key, String moderator) {
        return new Territory(key, key, Perimeter.circle(IN_LYON, 10), 20, 5, null, null, List.of(moderator), 0);
    }

    private static final TerritoryService TERRITORIES = Stub.of(TerritoryService.class, Map.of(
            "territories", args -> List.of(LYON, NANTES),
            "scopeAt", args -> {
                double lat = ((GeoPoint) args[0]).lat();
                if (lat < 20) {
                    throw new ValidationException(List.of(new FieldError("location", "outside")));
                }
                return new Scope(lat > 46 ? NANTES : LYON, 20, 5);
            }));

    private static final IdentityService IDENTITY = Stub.of(IdentityService.class, Map.of("account",
            args -> new Account((String) args[0], args[0] + "@example.org", "x", "fr", Set.of(Role.RESIDENT),
                    AccountStatus.ACTIVE, 5, Instant.EPOCH)));

    private static Caller caller(String accountId, Role... roles) {
        return new Caller(accountId, Set.of(roles), "fr", "s");
    }

    @Test
    public void platformModeratorsAndOperatorsAreNeverLookedUp() {
        IdentityService noAccounts = Stub.of(IdentityService.class, Map.of());
        Moderators moderators = new Moderators(TERRITORIES, noAccounts);
        for (Caller shell : List.of(caller("shell", Role.OPERATOR), caller("shell", Role.MODERATOR))) {
            assertEquals(List.of(), moderators.moderatedTerritories(shell));
            assertTrue(moderators.moderatesAt(shell, IN_LYON));
            assertTrue("even outside every territory", moderators.moderatesAt(shell, NOWHERE));
            assertTrue(moderators.moderatesAt(shell, null));
            assertTrue(moderators.moderatesAnything(shell));
        }
    }

    @Test
    public void aTerritoryModeratorModeratesTheirTerritoryOnly() {
        Moderators moderators = new Moderators(TERRITORIES, IDENTITY);
        Caller claire = caller("claire", Role.RESIDENT);
        assertEquals(List.of(LYON), moderators.moderatedTerritories(claire));
        assertTrue(moderators.moderatesAnything(claire));
        assertTrue(moderators.moderatesAt(claire, IN_LYON));
        assertFalse(moderators.moderatesAt(claire, IN_NANTES));
        assertFalse(moderators.moderatesAt(claire, NOWHERE));
        assertFalse(moderators.moderatesAt(claire, null));
        assertFalse(moderators.moderatesAt(null, IN_LYON));
        Caller someone = caller("someone", Role.RESIDENT);
        assertFalse(moderators.moderatesAnything(someone));
        assertFalse(moderators.moderatesAt(someone, IN_LYON));
    }

    @Test
    public void theTerritoryOfAPlace() {
        Moderators moderators = new Moderators(TERRITORIES, IDENTITY);
        assertEquals(LYON, moderators.territoryAt(IN_LYON));
        assertEquals(NANTES, moderators.territoryAt(IN_NANTES));
        assertNull(moderators.territoryAt(NOWHERE));
        assertNull(moderators.territoryAt(null));
    }
}
