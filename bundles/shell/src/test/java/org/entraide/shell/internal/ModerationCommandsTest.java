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

import java.time.Instant;
import java.util.List;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.moderation.ModerationEntry;
import org.entraide.services.moderation.ModerationTarget;
import org.junit.Test;

/** How the moderation commands print what they did and the log. */
public class ModerationCommandsTest {

    @Test
    public void aTargetIsDescribedWithItsStateAfterTheAction() {
        ModerationTarget post = new ModerationTarget("POST", "p-1", GeoPoint.of(45, 4), "Perceuse à prêter",
                List.of("a"), true, "POST", "p-1");
        assertEquals("POST p-1 \"Perceuse à prêter\" is now HIDDEN", HideCommand.describe(post));
        ModerationTarget message = new ModerationTarget("MESSAGE", "m-1", null, null, List.of(), false,
                "CONVERSATION", "c-1");
        assertEquals("MESSAGE m-1 \"\" is now VISIBLE", HideCommand.describe(message));
    }

    @Test
    public void theModeratorIsNamedElseIdentifiedElseBlank() {
        assertEquals("Claire", ModerationLogCommand.moderator(entry("c-1", "Claire")));
        assertEquals("karaf-shell", ModerationLogCommand.moderator(entry("karaf-shell", null)));
        assertEquals("", ModerationLogCommand.moderator(entry(null, null)));
    }

    private static ModerationEntry entry(String moderatorId, String moderatorName) {
        return new ModerationEntry("e-1", Instant.EPOCH, moderatorId, moderatorName, "HIDE", "POST", "p-1", "Titre",
                "lyon", "spam", null);
    }
}
