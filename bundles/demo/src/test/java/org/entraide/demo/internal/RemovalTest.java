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

import java.time.Instant;
import java.util.Set;
import org.entraide.services.identity.NewAccount;
import org.entraide.services.identity.Role;
import org.junit.Test;

/** Removing the demo erases the demo accounts through identity, and only them. */
public class RemovalTest {

    @Test
    public void erasesEveryDemoAccountAndNoOther() throws Exception {
        FakePlatform platform = new FakePlatform();
        platform.seeding().seed(Instant.now());
        platform.identity().create(new NewAccount("paul@example.fr", "x", "Paul", 41.9, 8.7, "fr", null),
                Set.of(Role.RESIDENT));

        int erased = platform.removal().remove();

        assertEquals(6, erased);
        assertEquals(6, platform.erased.size());
        assertEquals(Set.of("paul@example.fr"), platform.accountsByEmail.keySet());
    }

    @Test
    public void nothingIsErasedWhenTheDemoIsNotThere() throws Exception {
        FakePlatform platform = new FakePlatform();

        assertEquals(0, platform.removal().remove());
        assertTrue(platform.erased.isEmpty());
    }
}
