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
package org.entraide.identity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.Base64;
import org.junit.Test;

public class TokensTest {

    @Test
    public void tokensCarry256RandomBitsAndAreStoredAsTheirHash() {
        String token = Tokens.newToken();

        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertNotEquals(token, Tokens.newToken());
        assertEquals(64, Tokens.hash(token).length());
        assertEquals(Tokens.hash(token), Tokens.hash(token));
        assertTrue(Tokens.plausible(token));
    }

    @Test
    public void garbageIsNotATokenAndNeverReachesTheDatabase() {
        assertFalse(Tokens.plausible(null));
        assertFalse(Tokens.plausible("short"));
        assertFalse(Tokens.plausible("' OR 1=1 --".repeat(4) + "abc"));
    }
}
