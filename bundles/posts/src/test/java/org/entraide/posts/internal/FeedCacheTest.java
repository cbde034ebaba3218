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
import static org.junit.Assert.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.entraide.services.paging.Page;
import org.entraide.services.post.Post;
import org.junit.Test;

public class FeedCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    /** A covering's cells. */
    static final List<Long> CELLS = List.of(1_000_001L, 1_000_002L, 1_000_003L);
    private static final Page<Post> PAGE = new Page<>(List.of(), null);

    private static FeedCache.Key key(double lat) {
        return key(lat, Set.of());
    }

    private static FeedCache.Key key(double lat, Set<String> hiddenAuthors) {
        return new FeedCache.Key(lat, 2.35, 10, null, null, 20, null, hiddenAuthors);
    }

    /** A cell whose stripe is none of {@link #CELLS}'. */
    static long otherStripe() {
        long cell = 5_000_000L;
        while (sharesAStripe(cell)) {
            cell++;
        }
        return cell;
    }

    private static boolean sharesAStripe(long cell) {
        return CELLS.stream().anyMatch(c -> FeedChanges.stripe(c) == FeedChanges.stripe(cell));
    }

    @Test
    public void servesAnAnswerWhileNothingChanged() {
        FeedCache cache = new FeedCache(60_000, 10);
        cache.put(key(48.1), FeedChanges.snapshot(CELLS), PAGE, Instant.MAX, NOW);
        assertSame(PAGE, cache.get(key(48.1), NOW));
        assertNull(cache.get(key(48.2), NOW));
    }

    @Test
    public void theAuthorsHiddenFromAViewerAreInTheKey() {
        FeedCache cache = new FeedCache(60_000, 10);
        cache.put(key(48.1), FeedChanges.snapshot(CELLS), PAGE, Instant.MAX, NOW);
        Page<Post> without = new Page<>(List.of(), "other");
        cache.put(key(48.1, Set.of("a", "b")), FeedChanges.snapshot(CELLS), without, Instant.MAX, NOW);

        assertSame(PAGE, cache.get(key(48.1, Set.of()), NOW));
        assertSame(without, cache.get(key(48.1, new TreeSet<>(List.of("b", "a"))), NOW));
        assertNull("another set is another question", cache.get(key(48.1, Set.of("a")), NOW));
    }

    @Test
    public void aWriteInOneOfItsCellsEndsIt() {
        FeedCache cache = new FeedCache(60_000, 10);
        cache.put(key(48.1), FeedChanges.snapshot(CELLS), PAGE, Instant.MAX, NOW);
        FeedChanges.changed(otherStripe());
        assertSame(PAGE, cache.get(key(48.1), NOW));
        FeedChanges.changed(7L, CELLS.get(1), 9L, 11L);
        assertNull(cache.get(key(48.1), NOW));
    }

    @Test
    public void aWriteBetweenTheSnapshotAndThePutIsNeverHidden() {
        FeedCache cache = new FeedCache(60_000, 10);
        FeedChanges.Snapshot before = FeedChanges.snapshot(CELLS);
        FeedChanges.changed(CELLS.get(2));
        cache.put(key(48.1), before, PAGE, Instant.MAX, NOW);
        assertNull(cache.get(key(48.1), NOW));
    }

    @Test
    public void aWriteAnywhereUnknownEndsEverything() {
        FeedCache cache = new FeedCache(60_000, 10);
        cache.put(key(48.1), FeedChanges.snapshot(CELLS), PAGE, Instant.MAX, NOW);
        FeedChanges.changedEverywhere();
        assertNull(cache.get(key(48.1), NOW));
    }

    @Test
    public void anExpiredPostEndsIt() {
        FeedCache cache = new FeedCache(60_000, 10);
        Instant expiry = NOW.plusSeconds(1);
        cache.put(key(48.1), FeedChanges.snapshot(CELLS), PAGE, expiry, NOW);
        assertSame(PAGE, cache.get(key(48.1), expiry.minusNanos(1000)));
        assertNull(cache.get(key(48.1), expiry));
    }

    @Test
    public void offWithNoLifetimeAndBoundedInSize() {
        FeedCache off = new FeedCache(0, 10);
        off.put(key(48.1), FeedChanges.snapshot(CELLS), PAGE, Instant.MAX, NOW);
        assertNull(off.get(key(48.1), NOW));
        FeedCache small = new FeedCache(60_000, 3);
        for (int i = 0; i < 10; i++) {
            small.put(key(40 + i), FeedChanges.snapshot(CELLS), PAGE, Instant.MAX, NOW);
        }
        assertEquals(true, small.size() <= 3);
    }

    @Test
    public void unknownAuthorsAreAskedForOnce() {
        DisplayNames names = new DisplayNames();
        AtomicInteger lookups = new AtomicInteger();
        java.util.function.Function<Set<String>, Map<String, String>> lookup = ids -> {
            lookups.incrementAndGet();
            return ids.contains("a") ? Map.of("a", "Alice") : Map.of();
        };
        assertEquals("Alice", names.of(List.of("a", "b"), lookup).get("a"));
        Map<String, String> again = names.of(List.of("a", "b"), lookup);
        assertEquals(1, lookups.get());
        assertEquals("Alice", again.get("a"));
        assertNull(again.get("b"));
    }
}
