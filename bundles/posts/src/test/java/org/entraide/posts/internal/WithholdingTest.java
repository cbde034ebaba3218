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
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.entraide.services.post.PostStatus;
import org.junit.Test;

/** A suspended author's posts withheld and given back, and a moderator's hiding and restoring in between. */
public class WithholdingTest {

    private static PostEntity post(PostStatus status) {
        PostEntity post = new PostEntity();
        post.status = status;
        return post;
    }

    @Test
    public void everyPostIsHiddenWhileItsAuthorIsSuspendedAndGetsItsStatusBack() {
        for (PostStatus status : PostStatus.values()) {
            PostEntity post = post(status);

            assertTrue(Withholding.withhold(post));
            assertEquals(PostStatus.HIDDEN, post.status);
            assertFalse("withholding twice changes nothing", Withholding.withhold(post));
            assertTrue(Withholding.giveBack(post));

            assertEquals(status, post.status);
            assertNull(post.withheldStatus);
            assertFalse("giving back twice changes nothing", Withholding.giveBack(post));
        }
    }

    @Test
    public void aPostAModeratorHidBeforeTheSuspensionStaysHiddenAfterIt() {
        PostEntity post = post(PostStatus.OPEN);
        Withholding.hide(post);

        Withholding.withhold(post);
        Withholding.giveBack(post);

        assertEquals(PostStatus.HIDDEN, post.status);
        Withholding.restore(post);
        assertEquals(PostStatus.OPEN, post.status);
    }

    @Test
    public void aPostAModeratorHidesDuringTheSuspensionStaysHiddenAfterIt() {
        PostEntity post = post(PostStatus.FULFILLED);
        Withholding.withhold(post);

        assertTrue(Withholding.hide(post));
        assertFalse(Withholding.hide(post));
        Withholding.giveBack(post);

        assertEquals(PostStatus.HIDDEN, post.status);
        assertTrue(Withholding.restore(post));
        assertEquals(PostStatus.FULFILLED, post.status);
    }

    @Test
    public void aRestoreDuringTheSuspensionKeepsThePostHiddenUntilTheReinstatement() {
        PostEntity post = post(PostStatus.OPEN);
        Withholding.hide(post);
        Withholding.withhold(post);

        assertTrue(Withholding.restore(post));
        assertEquals("still withheld", PostStatus.HIDDEN, post.status);
        assertFalse("a withheld post that is not hidden has nothing to restore", Withholding.restore(post));
        Withholding.giveBack(post);

        assertEquals(PostStatus.OPEN, post.status);
        assertNull(post.statusBeforeHide);
    }
}
