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

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Authors' display names, kept {@value #TTL_SECONDS} s: every page of the feed names its authors, and
 * asking identity each time cost more than reading the page. A renamed resident shows the old name for at
 * most that long on a page read afresh (plus the feed cache's lifetime on a page served again, which a rename
 * does not invalidate), on this node as on any other: a rename reaches no other node's memory, so the bound is kept
 * short. An erased one has no posts left to be named on.
 */
final class DisplayNames {

    static final long TTL_SECONDS = 5;
    private static final int MAX_ENTRIES = 20_000;

    private record Entry(String name, long expiresAt) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    Map<String, String> of(Collection<String> ids, Function<Set<String>, Map<String, String>> lookup) {
        long now = System.nanoTime();
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> missing = new HashSet<>();
        for (String id : ids) {
            if (id == null) {
                continue;
            }
            Entry entry = cache.get(id);
            if (entry != null && entry.expiresAt - now > 0) {
                names.put(id, entry.name);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            if (cache.size() > MAX_ENTRIES) {
                cache.clear();
            }
            long expiresAt = now + TTL_SECONDS * 1_000_000_000L;
            Map<String, String> found = lookup.apply(missing);
            for (String id : missing) {
                // An id without a name (no such account) is kept too, or it would be asked for on every page.
                String name = found.get(id);
                cache.put(id, new Entry(name, expiresAt));
                names.put(id, name);
            }
        }
        return names;
    }
}
