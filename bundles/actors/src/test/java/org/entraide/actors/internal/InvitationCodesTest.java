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
package org.entraide.actors.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.Test;

public class InvitationCodesTest {

    @Test
    public void codesAreThreeGroupsOfFourAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = InvitationCodes.next();
            assertTrue(code, code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"));
            assertTrue("a repeated code: " + code, seen.add(code));
        }
    }

    @Test
    public void aCodeTypedBackLooselyHasTheSameDigest() {
        String code = InvitationCodes.next();
        String typed = " " + code.toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l') + " ";
        assertEquals(InvitationCodes.digest(code), InvitationCodes.digest(typed));
        assertEquals(64, InvitationCodes.digest(code).length());
        assertNotEquals(InvitationCodes.digest(code), InvitationCodes.digest(InvitationCodes.next()));
    }

    @Test
    public void whatCannotBeACodeIsRefused() {
        assertNull(InvitationCodes.normalised(null));
        assertNull(InvitationCodes.normalised("ABCD-EFGH-JKM"));
        assertNull(InvitationCodes.normalised("ABCD-EFGH-JKMNP"));
        assertNull("U is not in the alphabet", InvitationCodes.normalised("ABCD-EFGH-JKMU"));
        assertEquals("ABCD0FGH1KM1", InvitationCodes.normalised("abcd-ofgh-ikml"));
    }
}
