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
package org.entraide.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entraide.services.paging.Page;

/** The list shape of the API: {@code {"items": [...], "nextCursor": ...}}. */
public final class Pages {

    private Pages() {
    }

    public static Map<String, Object> of(Page<?> page) {
        return of(page, Function.identity());
    }

    public static <T, V> Map<String, Object> of(Page<T> page, Function<? super T, V> view) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<V> items = page.items().stream().map(view).collect(Collectors.toList());
        body.put("items", items);
        body.put("nextCursor", page.nextCursor());
        return body;
    }
}
