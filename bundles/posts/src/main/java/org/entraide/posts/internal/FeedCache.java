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

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.entraide.services.post.Post;
import org.entraide.services.paging.Page;

/**
 * Feed answers kept a few seconds, so that a feed asked again (a refresh, the next resident of the same
 * village) costs no database read. An answer is served again only while all of these hold, so a cached answer
 * is always the one the database would give now (docs/benchmarks.md, Feed):
 * <ul>
 * <li>no post of its covering's cells was written since it was read ({@link FeedChanges}): an acknowledged
 * insert, edit, status change, hide, follow or answer, through this node or another, is in the next feed of that
 * area;</li>
 * <li>no post it holds, nor the one after its last (which decides its cursor), has expired since: expiry is
 * decided by the clock, without a write;</li>
 * <li>it is younger than the configured lifetime, which bounds how stale an author's display name may be
 * (they are themselves kept {@value DisplayNames#TTL_SECONDS} s).</li>
 * </ul>
 * The key is the resolved question (centre, radius, filters, limit, cursor): the caller only chooses the
 * centre and radius, which are resolved before; and the authors hidden from the viewer (blocked, muted, or blocking
 * them: see {@link RadiusFeed}), empty for most viewers and for anonymous callers, who therefore share answers.
 * With several nodes on one PostgreSQL the versions are the database's ({@link SharedFeedVersions}), so a write
 * through any node is in every node's next answer; a hit then costs one small query.
 */
final class FeedCache {

    /** A resolved feed question, and the authors left out of its answer. */
    record Key(double lat, double lon, double radiusKm, String kind, String category, int limit, String cursor,
            Set<String> hiddenAuthors) {

        Key {
            hiddenAuthors = Set.copyOf(hiddenAuthors);
        }
    }

    private record Entry(Page<Post> page, FeedChanges.Snapshot versions, Instant validBefore, long bornNanos) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final long lifeNanos;
    private final int maxEntries;

    FeedCache(long lifeMillis, int maxEntries) {
        this.lifeNanos = Math.max(0, lifeMillis) * 1_000_000L;
        this.maxEntries = maxEntries;
    }

    boolean enabled() {
        return lifeNanos > 0 && maxEntries > 0;
    }

    /** The kept answer, if still the right one at {@code now}. */
    Page<Post> get(Key key, Instant now) {
        if (!enabled()) {
            return null;
        }
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (valid(entry, now, System.nanoTime())) {
            return entry.page;
        }
        entries.remove(key, entry);
        return null;
    }

    /**
     * Keeps an answer read at {@code now}, after {@code before} was taken; {@code validBefore} is the earliest
     * expiry among the posts that decided it.
     */
    void put(Key key, FeedChanges.Snapshot before, Page<Post> page, Instant validBefore, Instant now) {
        if (!enabled()) {
            return;
        }
        if (entries.size() >= maxEntries) {
            long nanos = System.nanoTime();
            entries.values().removeIf(e -> !valid(e, now, nanos));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(page, before, validBefore, System.nanoTime()));
    }

    /** Forgets every answer (the clock was replaced). */
    void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    private boolean valid(Entry entry, Instant now, long nanos) {
        return nanos - entry.bornNanos < lifeNanos && now.isBefore(entry.validBefore) && entry.versions.current();
    }
}
