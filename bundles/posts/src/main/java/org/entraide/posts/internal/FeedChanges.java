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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Versions of the feed's data, for {@link FeedCache}: one counter per stripe of cell keys and one for
 * everything. Every write to a post row bumps, after its transaction has committed, the stripes of the
 * post's four cell keys (a post lies in exactly one cell of each level, and keys of different levels never
 * collide), or everything when the set of rows touched is not known. A feed answer remembers the versions of
 * its covering's cells as they were before it read the database, and is served again only while they are
 * unchanged: a write committed before that read is in the answer, one committed after it changes a version.
 * Two cells sharing a stripe only cost a needless recomputation. Bundle-wide, since both the post service and
 * the personal-data contributor write posts.
 */
final class FeedChanges {

    static final int STRIPES = 4096;
    private static final AtomicLongArray VERSIONS = new AtomicLongArray(STRIPES);
    private static final AtomicLong EVERYTHING = new AtomicLong();

    private FeedChanges() {
    }

    /** The stripe of a cell key. */
    static int stripe(long cell) {
        long h = cell * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 52) & (STRIPES - 1);
    }

    /** After a committed write to the post lying in these cells (its cell keys, one per level). */
    static void changed(long... cells) {
        for (long cell : cells) {
            VERSIONS.incrementAndGet(stripe(cell));
        }
    }

    /** After a committed write to an unknown set of posts. */
    static void changedEverywhere() {
        EVERYTHING.incrementAndGet();
    }

    /** The versions now, for a covering's cells; read before the database. */
    static Snapshot snapshot(List<Long> cells) {
        long everything = EVERYTHING.get();
        int[] stripes = new int[cells.size()];
        long[] versions = new long[cells.size()];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = stripe(cells.get(i));
            versions[i] = VERSIONS.get(stripes[i]);
        }
        return new Snapshot(everything, stripes, versions);
    }

    /** The versions some cells had. Equal only to itself, as FeedCache's {@code remove(key, entry)} expects. */
    static final class Snapshot {

        private final long everything;
        private final int[] stripes;
        private final long[] versions;

        Snapshot(long everything, int[] stripes, long[] versions) {
            this.everything = everything;
            this.stripes = stripes;
            this.versions = versions;
        }

        /** Whether no write touched these cells since. */
        boolean current() {
            if (EVERYTHING.get() != everything) {
                return false;
            }
            for (int i = 0; i < stripes.length; i++) {
                if (VERSIONS.get(stripes[i]) != versions[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
