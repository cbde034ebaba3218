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

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The feed's versions in this node's memory: right when this node is the only one writing its database (Derby),
 * and free.
 */
final class LocalFeedVersions implements FeedVersions {

    /** Index {@code stripe + 1}: everything first. */
    private final AtomicLongArray counters = new AtomicLongArray(FeedChanges.STRIPES + 1);

    @Override
    public void bump(int[] stripes) {
        for (int stripe : stripes) {
            counters.incrementAndGet(stripe + 1);
        }
    }

    @Override
    public FeedChanges.Snapshot snapshot(int[] stripes) {
        long[] seen = new long[stripes.length];
        for (int i = 0; i < stripes.length; i++) {
            seen[i] = counters.get(stripes[i] + 1);
        }
        return new FeedChanges.Snapshot() {
            @Override
            boolean current() {
                for (int i = 0; i < stripes.length; i++) {
                    if (counters.get(stripes[i] + 1) != seen[i]) {
                        return false;
                    }
                }
                return true;
            }
        };
    }
}
