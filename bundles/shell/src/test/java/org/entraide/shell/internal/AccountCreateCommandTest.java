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

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.EnumSet;
import java.util.List;
import org.entraide.services.identity.Role;
import org.junit.Test;

/** How {@code entraide:account-create} reads {@code --home} and {@code --role}. */
public class AccountCreateCommandTest {

    @Test
    public void aHomeIsALatitudeAndALongitudeSeparatedByACommaSpacesAroundIgnored() {
        assertArrayEquals(new String[] {"41.9189", "8.7381"}, AccountCreateCommand.coordinates("41.9189,8.7381"));
        assertArrayEquals(new String[] {"41.9189", "8.7381"},
                AccountCreateCommand.coordinates(" 41.9189 , 8.7381 "));
    }

    @Test
    public void aHomeOfOneValueOrOfThreeIsRefused() {
        assertNull(AccountCreateCommand.coordinates("41.9189"));
        assertNull(AccountCreateCommand.coordinates("41.9189;8.7381"));
        assertNull(AccountCreateCommand.coordinates("41.9189,8.7381,12"));
        assertNull(AccountCreateCommand.coordinates(""));
    }

    @Test
    public void aTrailingCommaAfterTheLongitudeIsTolerated() {
        assertArrayEquals(new String[] {"41.9189", "8.7381"}, AccountCreateCommand.coordinates("41.9189,8.7381,"));
    }

    @Test
    public void theValuesOfAHomeAreLeftForTheIdentityServiceToCheck() {
        assertArrayEquals(new String[] {"north", "8.7381"}, AccountCreateCommand.coordinates("north,8.7381"));
        assertArrayEquals(new String[] {"", "8.7381"}, AccountCreateCommand.coordinates(",8.7381"));
    }

    @Test
    public void withoutRoleTheAccountIsAResidentOnly() {
        assertEquals(EnumSet.of(Role.RESIDENT), AccountCreateCommand.granted(null));
        assertEquals(EnumSet.of(Role.RESIDENT), AccountCreateCommand.granted(List.of()));
    }

    @Test
    public void theRolesNamedAreGrantedBesideResidentWhateverTheirCase() {
        assertEquals(EnumSet.of(Role.RESIDENT, Role.MODERATOR, Role.OPERATOR),
                AccountCreateCommand.granted(List.of("moderator", " Operator ")));
    }

    @Test
    public void namingResidentOrTheSameRoleTwiceChangesNothing() {
        assertEquals(EnumSet.of(Role.RESIDENT, Role.MODERATOR),
                AccountCreateCommand.granted(List.of("RESIDENT", "MODERATOR", "moderator")));
    }

    @Test(expected = IllegalArgumentException.class)
    public void anUnknownRoleRefusesTheWholeCommand() {
        AccountCreateCommand.granted(List.of("MODERATOR", "ADMIN"));
    }
}
