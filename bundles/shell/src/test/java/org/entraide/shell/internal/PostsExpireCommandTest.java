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
import static org.junit.Assert.assertSame;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.Test;

/** How {@code entraide:posts-expire} reads {@code --at}. */
public class PostsExpireCommandTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    public void withoutAtTheJobRunsNow() {
        assertSame(NOW, PostsExpireCommand.runAt(null, NOW));
    }

    @Test
    public void atIsAnIso8601InstantInUtc() {
        assertEquals(Instant.parse("2026-12-24T00:00:00Z"), PostsExpireCommand.runAt("2026-12-24T00:00:00Z", NOW));
    }

    @Test
    public void anInstantWithAnOffsetIsTakenAsTheSameMomentInUtc() {
        assertEquals(Instant.parse("2026-12-23T23:00:00Z"),
                PostsExpireCommand.runAt("2026-12-24T00:00:00+01:00", NOW));
    }

    @Test(expected = DateTimeParseException.class)
    public void aDateWithoutATimeIsRefused() {
        PostsExpireCommand.runAt("2026-12-24", NOW);
    }

    @Test(expected = DateTimeParseException.class)
    public void aLocalTimeWithoutZoneIsRefused() {
        PostsExpireCommand.runAt("2026-12-24T00:00:00", NOW);
    }

    @Test(expected = DateTimeParseException.class)
    public void anEmptyAtIsRefusedRatherThanTakenAsNow() {
        PostsExpireCommand.runAt("", NOW);
    }
}
