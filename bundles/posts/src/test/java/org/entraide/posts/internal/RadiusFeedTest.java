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
import static org.junit.Assert.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.paging.Cursors;
import org.entraide.services.paging.Page;
import org.entraide.services.post.Post;
import org.entraide.services.post.PostKind;
import org.entraide.services.post.PostStatus;
import org.entraide.posts.internal.FeedReader.Candidate;
import org.junit.Test;

/** The page, cursor and circle of a feed answer, from what the reader found. */
public class RadiusFeedTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static String id(int n) {
        return String.format("00000000-0000-0000-0000-%012d", n);
    }

    private static Candidate found(int n, int minutesAgo, int expiresInMinutes) {
        return new Candidate(id(n), NOW.minus(Duration.ofMinutes(minutesAgo)), 48.85, 2.35,
                NOW.plus(Duration.ofMinutes(expiresInMinutes)), "author");
    }

    private static PostEntity row(int n) {
        PostEntity post = new PostEntity();
        post.id = id(n);
        post.kind = PostKind.OFFER;
        post.status = PostStatus.OPEN;
        return post;
    }

    private static Post shown(PostEntity post) {
        return new Post(post.id, post.kind, null, null, null, null, post.status, null, null, GeoPoint.of(0, 0), null,
                null, null, null, null, 0, 0);
    }

    private static List<String> ids(Page<Post> page) {
        return page.items().stream().map(Post::id).collect(Collectors.toList());
    }

    @Test
    public void aPostDeletedBeforeItsPageIsLoadedIsLeftOutButTheCursorStillFollowsIt() {
        List<Candidate> found = List.of(found(1, 1, 60), found(2, 2, 60), found(3, 3, 60));
        Page<Post> page = RadiusFeed.page(found, 2, Map.of(id(1), row(1), id(3), row(3)), RadiusFeedTest::shown);
        assertEquals(List.of(id(1)), ids(page));
        assertEquals(new Cursors.Position(found.get(1).createdAt(), id(2)),
                Cursors.decode(RadiusFeed.CURSOR_KIND, page.nextCursor()));
    }

    @Test
    public void onlyThePageIsLoadedAndTheLastPageHasNoCursor() {
        List<Candidate> found = List.of(found(1, 1, 60), found(2, 2, 60));
        assertEquals(List.of(id(1)), RadiusFeed.ids(found, 1));
        Page<Post> last = RadiusFeed.page(found, 2, Map.of(id(1), row(1), id(2), row(2)), RadiusFeedTest::shown);
        assertEquals(List.of(id(1), id(2)), ids(last));
        assertNull(last.nextCursor());
    }

    @Test
    public void anAnswerLastsUntilTheFirstExpiryAmongThePostsFoundTheOneAfterThePageIncluded() {
        List<Candidate> found = List.of(found(1, 1, 60), found(2, 2, 30), found(3, 3, 5));
        assertEquals(NOW.plus(Duration.ofMinutes(5)), RadiusFeed.validBefore(found));
        assertEquals(Instant.MAX, RadiusFeed.validBefore(List.of()));
    }
}
