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

import java.util.Locale;
import org.entraide.services.identity.Role;
import org.junit.Test;

/** How {@code entraide:role-grant} and {@code entraide:role-revoke} read the role argument. */
public class RoleCommandTest {

    @Test
    public void aRoleIsReadInAnyCaseWithSpacesAroundIgnored() {
        assertEquals(Role.MODERATOR, RoleCommand.named("MODERATOR"));
        assertEquals(Role.MODERATOR, RoleCommand.named("moderator"));
        assertEquals(Role.OPERATOR, RoleCommand.named(" Operator "));
    }

    @Test
    public void aRoleIsReadTheSameWhateverTheLanguageOfTheServer() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr"));
        try {
            assertEquals(Role.RESIDENT, RoleCommand.named("resident"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void anUnknownRoleIsRefused() {
        RoleCommand.named("ADMIN");
    }

    @Test(expected = IllegalArgumentException.class)
    public void anEmptyRoleIsRefused() {
        RoleCommand.named("  ");
    }

    @Test
    public void anUnknownRoleIsAnsweredWithTheRolesEachCommandCanChange() {
        assertEquals("RESIDENT, MODERATOR or OPERATOR", new RoleGrantCommand().knownRoles());
        assertEquals("MODERATOR or OPERATOR", new RoleRevokeCommand().knownRoles());
    }
}
