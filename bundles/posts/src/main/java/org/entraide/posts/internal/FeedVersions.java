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

/**
 * Where {@link FeedChanges} keeps the feed's versions: one counter per stripe of cell keys, and
 * {@link FeedChanges#EVERYTHING}. Counters only ever grow.
 */
interface FeedVersions {

    /**
     * Adds one to each of these stripes' counters, after a committed write and before its answer goes back.
     *
     * @param stripes distinct and ascending
     */
    void bump(int[] stripes);

    /**
     * The counters of these stripes now, to be compared later with {@link FeedChanges.Snapshot#current()}.
     *
     * @param stripes distinct and ascending, {@link FeedChanges#EVERYTHING} among them
     */
    FeedChanges.Snapshot snapshot(int[] stripes);
}
