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
package org.entraide.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** {@link Counters} in memory, for the throttle's rules without a database. */
final class MemoryCounters implements Counters {

    final Map<String, List<Instant>> events = new ConcurrentHashMap<>();

    @Override
    public List<Instant> since(String key, Instant since) {
        return events.getOrDefault(key, List.of()).stream().filter(at -> at.isAfter(since))
                .collect(Collectors.toList());
    }

    @Override
    public void record(String key, Instant at) {
        events.computeIfAbsent(key, k -> new ArrayList<>()).add(at);
    }

    @Override
    public void clear(String key) {
        events.remove(key);
    }
}
