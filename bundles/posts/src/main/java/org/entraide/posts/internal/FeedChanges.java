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

import java.util.List;
import java.util.TreeSet;

/**
 * Versions of the feed's data, for {@link FeedCache}: one counter per stripe of cell keys and one for
 * everything. Every write to a post row bumps, after its transaction has committed and before its answer goes back,
 * the stripes of the post's four cell keys (a post lies in exactly one cell of each level, and keys of different
 * levels never collide), or everything when the set of rows touched is not known. A feed answer remembers the
 * versions of its covering's cells as they were before it read the database, and is served again only while they
 * are unchanged: a write committed before that read is in the answer, one committed after it changes a version.
 * Two cells sharing a stripe only cost a needless recomputation. Bundle-wide, since both the post service and
 * the personal-data contributors write posts.
 *
 * <p>Where the counters live is a {@link FeedVersions}: this node's memory ({@link LocalFeedVersions}, the default,
 * on Derby) or the shared database's {@code feed_version} table ({@link SharedFeedVersions}, on PostgreSQL, where
 * several nodes write), installed by {@link FeedVersionsComponent}. The callers do not know which.
 */
final class FeedChanges {

    static final int STRIPES = 4096;
    /** The stripe number of "everything", below every cell's stripe so that it is locked first. */
    static final int EVERYTHING = -1;
    private static final FeedVersions LOCAL = new LocalFeedVersions();
    private static volatile FeedVersions versions = LOCAL;

    private FeedChanges() {
    }

    /** Keeps the versions there from now on ({@code null}: in this node's memory again). */
    static void use(FeedVersions store) {
        versions = store == null ? LOCAL : store;
    }

    /** Where the versions are kept now. */
    static FeedVersions versions() {
        return versions;
    }

    /** The stripe of a cell key. */
    static int stripe(long cell) {
        long h = cell * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 52) & (STRIPES - 1);
    }

    /** The stripes of these cells, distinct and ascending (the order every writer locks them in). */
    static int[] stripes(Iterable<Long> cells, boolean withEverything) {
        TreeSet<Integer> stripes = new TreeSet<>();
        if (withEverything) {
            stripes.add(EVERYTHING);
        }
        for (long cell : cells) {
            stripes.add(stripe(cell));
        }
        return stripes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** After a committed write to the post lying in these cells (its cell keys, one per level). */
    static void changed(long... cells) {
        TreeSet<Long> all = new TreeSet<>();
        for (long cell : cells) {
            all.add(cell);
        }
        versions.bump(stripes(all, false));
    }

    /** After a committed write to an unknown set of posts. */
    static void changedEverywhere() {
        versions.bump(new int[] {EVERYTHING});
    }

    /** The versions now, for a covering's cells (and everything); read before the database. */
    static Snapshot snapshot(List<Long> cells) {
        return versions.snapshot(stripes(cells, true));
    }

    /**
     * The versions some stripes had. Equal only to itself, as FeedCache's {@code remove(key, entry)} expects.
     */
    abstract static class Snapshot {

        /** Whether no write touched these stripes since. */
        abstract boolean current();
    }
}
