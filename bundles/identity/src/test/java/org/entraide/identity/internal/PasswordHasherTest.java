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

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(19456, 2, 1);

    @Test
    public void hashIsArgon2idWithItsParametersAndVerifies() {
        String hash = hasher.hash("une phrase de passe assez longue");

        assertTrue(hash, hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        assertTrue(hasher.verify("une phrase de passe assez longue", hash));
    }

    @Test
    public void wrongPasswordDoesNotVerify() {
        String hash = hasher.hash("une phrase de passe assez longue");

        assertFalse(hasher.verify("une phrase de passe assez longuE", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    public void samePasswordGetsADifferentSaltEachTime() {
        assertNotEquals(hasher.hash("répétée deux fois"), hasher.hash("répétée deux fois"));
    }

    @Test
    public void hashesMadeWithOtherParametersStillVerifyAndAskForARehash() {
        PasswordHasher older = new PasswordHasher(8192, 1, 1);
        String old = older.hash("ancien réglage du hachage");

        assertTrue(hasher.verify("ancien réglage du hachage", old));
        assertTrue(hasher.needsRehash(old));
        assertFalse(hasher.needsRehash(hasher.hash("nouveau réglage")));
    }

    @Test
    public void malformedHashesNeverVerify() {
        assertFalse(hasher.verify("x", "plain-text"));
        assertFalse(hasher.verify("x", "$argon2i$v=19$m=8,t=1,p=1$AAAA$AAAA"));
        assertFalse(hasher.verify("x", "$argon2id$v=19$m=8,t=1,q=1$AAAA$AAAA"));
        assertFalse(hasher.verify("x", "$argon2id$v=19$m=8,t=1,p=1$!!$AAAA"));
    }
}
