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
package org.entraide.operations.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entraide.services.paging.Cursors;
import org.entraide.services.paging.Page;

/**
 * A page of a list read by keyset, oldest or newest first: the query reads one row more than the limit, and that
 * row, never shown, says whether a next page follows; its cursor is the time and id of the last row shown.
 */
final class KeysetPages {

    private KeysetPages() {
    }

    /**
     * The page of the {@code rows} read (at most {@code limit + 1}, in the list's order), each shown by
     * {@code view}, with a cursor of {@code kind} after its last row when more follow; the list is ordered by
     * {@code time}, then by {@code id}.
     */
    static <T, R> Page<R> page(List<T> rows, int limit, String kind, Function<T, Instant> time,
            Function<T, String> id, Function<T, R> view) {
        boolean more = rows.size() > limit;
        List<T> page = more ? rows.subList(0, limit) : rows;
        List<R> items = page.stream().map(view).collect(Collectors.toList());
        T last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(items, more ? Cursors.encode(kind, time.apply(last), id.apply(last)) : null);
    }
}
