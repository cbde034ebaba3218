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
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.entraide.services.paging.Cursors;
import org.entraide.posts.internal.FeedReader.Candidate;
import org.junit.Test;

/** The merge of the feed's cells, on an index kept in memory that answers as the feed's statement does. */
public class FeedReaderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Predicate<Candidate> EVERYWHERE = c -> true;

    /** The feed index of some cells, with the reads asked of it. */
    private static final class Index implements FeedReader.CellRows {
        final Map<Long, List<Candidate>> cells = new HashMap<>();
        final List<Read> reads = new ArrayList<>();

        record Read(long cell, Cursors.Position after, int size) {
        }

        Index with(long cell, Candidate... posts) {
            cells.computeIfAbsent(cell, c -> new ArrayList<>()).addAll(List.of(posts));
            return this;
        }

        @Override
        public List<Candidate> read(long cell, Cursors.Position after, int size) {
            reads.add(new Read(cell, after, size));
            return cells.getOrDefault(cell, List.of()).stream()
                    .sorted(Comparator.comparing(Candidate::createdAt).thenComparing(Candidate::id).reversed())
                    .filter(c -> after == null || c.createdAt().isBefore(after.time())
                            || c.createdAt().equals(after.time()) && c.id().compareTo(after.id()) < 0)
                    .limit(size).collect(Collectors.toList());
        }

        List<String> newest(List<Long> covering, Cursors.Position after, Predicate<Candidate> inside, int wanted)
                throws SQLException {
            return FeedReader.merge(covering, after, NOW, inside, wanted, this).stream().map(Candidate::id)
                    .collect(Collectors.toList());
        }
    }

    private static String id(int n) {
        return String.format("00000000-0000-0000-0000-%012d", n);
    }

    private static Candidate post(int n, Instant createdAt, double lat) {
        return new Candidate(id(n), createdAt, lat, 2.35, NOW.plus(Duration.ofDays(7)), "author-" + n % 3);
    }

    private static Candidate post(int n, int minutesAgo) {
        return post(n, NOW.minus(Duration.ofMinutes(minutesAgo)), 48.85);
    }

    private static Candidate expired(int n, int minutesAgo) {
        Candidate post = post(n, minutesAgo);
        return new Candidate(post.id(), post.createdAt(), post.lat(), post.lon(), NOW, post.authorId());
    }

    @Test
    public void emptyCellsGiveAnEmptyPageAndAreReadOnce() throws SQLException {
        Index index = new Index().with(2L);
        assertEquals(List.of(), index.newest(List.of(1L, 2L, 3L), null, EVERYWHERE, 21));
        assertEquals(3, index.reads.size());
    }

    @Test
    public void postsOfSeveralCellsComeNewestFirst() throws SQLException {
        Index index = new Index().with(1L, post(1, 10), post(3, 30)).with(2L, post(2, 20), post(4, 40))
                .with(3L, post(5, 50));
        assertEquals(List.of(id(1), id(2), id(3), id(4), id(5)),
                index.newest(List.of(1L, 2L, 3L), null, EVERYWHERE, 21));
        assertEquals(List.of(id(1), id(2)), index.newest(List.of(1L, 2L, 3L), null, EVERYWHERE, 2));
    }

    @Test
    public void postsWithEqualTimestampsAreOrderedByIdDescendingAcrossCells() throws SQLException {
        Instant same = NOW.minusSeconds(60);
        Index index = new Index().with(1L, post(1, same, 48.85), post(4, same, 48.85))
                .with(2L, post(3, same, 48.85), post(2, same, 48.85), post(9, 5));
        assertEquals(List.of(id(4), id(3), id(2), id(1), id(9)),
                index.newest(List.of(1L, 2L), null, EVERYWHERE, 21));
    }

    @Test
    public void aCursorAmongEqualTimestampsResumesWithTheSmallerIds() throws SQLException {
        Instant same = NOW.minusSeconds(60);
        Index index = new Index().with(1L, post(1, same, 48.85), post(4, same, 48.85), post(8, 30))
                .with(2L, post(3, same, 48.85), post(2, same, 48.85), post(9, 5));
        assertEquals(List.of(id(2), id(1), id(9), id(8)),
                index.newest(List.of(1L, 2L), new Cursors.Position(same, id(3)), EVERYWHERE, 21));
    }

    @Test
    public void aCursorFromADeletedPostResumesAfterItsPosition() throws SQLException {
        Instant same = NOW.minusSeconds(60);
        Index index = new Index().with(1L, post(7, same, 48.85), post(3, same, 48.85), post(1, 40))
                .with(2L, post(9, 5), post(2, 20));
        Cursors.Position deleted = new Cursors.Position(same, id(5));
        assertEquals(List.of(id(3), id(9), id(2), id(1)), index.newest(List.of(1L, 2L), deleted, EVERYWHERE, 21));
        assertTrue(index.reads.stream().allMatch(r -> deleted.equals(r.after())));
    }

    @Test
    public void aPostExactlyOnTheRadiusIsKeptAndThoseBeyondItDoNotShortenThePage() throws SQLException {
        double edge = 48.9;
        Predicate<Candidate> withinTheEdge = c -> c.lat() <= edge;
        Instant t = NOW.minusSeconds(600);
        Index index = new Index()
                .with(1L, post(6, t.plusSeconds(6), 48.95), post(5, t.plusSeconds(5), edge),
                        post(4, t.plusSeconds(4), 49.2))
                .with(2L, post(3, t.plusSeconds(3), Math.nextUp(edge)), post(2, t.plusSeconds(2), 48.85),
                        post(1, t.plusSeconds(1), 48.8));
        assertEquals(List.of(id(5), id(2)), index.newest(List.of(1L, 2L), null, withinTheEdge, 2));
    }

    @Test
    public void expiredPostsAreSkippedAndTheirCellIsReadFurther() throws SQLException {
        Index index = new Index().with(2L, post(99, 15));
        for (int n = 1; n <= 40; n++) {
            index.with(1L, expired(n, n));
        }
        index.with(1L, post(41, 41), post(42, 42));
        assertEquals(List.of(id(99), id(41), id(42)), index.newest(List.of(1L, 2L), null, EVERYWHERE, 3));
        List<Integer> cellOneBatches = index.reads.stream().filter(r -> r.cell() == 1L).map(Index.Read::size)
                .collect(Collectors.toList());
        assertEquals(List.of(3, 6, 12, 24), cellOneBatches);
    }

    @Test
    public void aFullPageLeavesTheRestOfADenseCellUnread() throws SQLException {
        Index index = new Index();
        for (int n = 1; n <= 500; n++) {
            index.with(n % 2 == 0 ? 1L : 2L, post(n, n));
        }
        assertEquals(List.of(id(1), id(2), id(3), id(4), id(5)),
                index.newest(List.of(1L, 2L), null, EVERYWHERE, 5));
        assertEquals(2, index.reads.size());
        assertTrue(index.reads.stream().allMatch(r -> r.size() == 5 && r.after() == null));
    }

    @Test
    public void aFirstBatchIsAtMostSixteenRows() throws SQLException {
        Index index = new Index();
        for (int n = 1; n <= 100; n++) {
            index.with(1L, post(n, n));
        }
        assertEquals(30, index.newest(List.of(1L), null, EVERYWHERE, 30).size());
        assertEquals(FeedReader.FIRST_BATCH, index.reads.get(0).size());
        assertNull(index.reads.get(0).after());
        assertEquals(new Cursors.Position(NOW.minus(Duration.ofMinutes(16)), id(16)), index.reads.get(1).after());
    }

    @Test
    public void postsOfHiddenAuthorsAreSkippedInsideTheMergeSoPagesStayFullAndFollowOn() throws SQLException {
        Index index = new Index();
        for (int n = 1; n <= 30; n++) {
            index.with(n % 2 == 0 ? 1L : 2L, post(n, n));
        }
        Predicate<Candidate> notAuthorZero = c -> !"author-0".equals(c.authorId());

        List<String> first = index.newest(List.of(1L, 2L), null, notAuthorZero, 4);
        Candidate last = post(5, 5);
        List<String> second = index.newest(List.of(1L, 2L), new Cursors.Position(last.createdAt(), last.id()),
                notAuthorZero, 4);

        assertEquals("posts 3 and 6 are by author-0: the page is still four long", List.of(id(1), id(2), id(4),
                id(5)), first);
        assertEquals(List.of(id(7), id(8), id(10), id(11)), second);
    }
}
