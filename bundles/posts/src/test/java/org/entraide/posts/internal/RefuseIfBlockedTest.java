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
package org.entraide.posts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entraide.api.error.ForbiddenException;
import org.entraide.services.identity.AccountRelations;
import org.junit.Test;

/** Who is told what when a block stands between two residents. */
public class RefuseIfBlockedTest {

    /** Anne blocks Bruno, and nobody else blocks anyone. */
    private final PostsContext posts = new PostsContext(null, null, null, Stub.of(AccountRelations.class,
            Map.of("blocks", args -> Set.of("anne>bruno").contains(args[0] + ">" + args[1]))), null, null, null);

    @Test
    public void theOneWhoBlocksIsToldWhy() {
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> posts.refuseIfBlocked("anne", "bruno", "You cannot answer this post."));
        assertEquals("You blocked this person: unblock them first.", refused.getMessage());
    }

    @Test
    public void theOneBlockedIsOnlyToldItIsNotPossible() {
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> posts.refuseIfBlocked("bruno", "anne", "You cannot answer this post."));
        assertEquals("You cannot answer this post.", refused.getMessage());
        assertFalse(refused.getMessage().toLowerCase(Locale.ROOT).contains("block"));
    }

    @Test
    public void othersAndConversationsWithoutAnotherParticipantPass() {
        posts.refuseIfBlocked("chloe", "anne", "-");
        posts.refuseIfBlocked("bruno", "chloe", "-");
        posts.refuseIfBlocked("anne", null, "-");
        posts.refuseIfBlocked("anne", "anne", "-");
    }
}
