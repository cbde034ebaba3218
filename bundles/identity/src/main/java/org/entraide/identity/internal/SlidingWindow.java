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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events per key over a sliding window, in this node's memory: what {@link LoginThrottle} counts failed sign-ins
 * with, and {@link Recovery} password reset requests per client address.
 */
final class SlidingWindow {

    private final Duration window;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    SlidingWindow(Duration window) {
        this.window = window;
    }

    /** Seconds until an event of this key is allowed again when {@code max} are in the window, else 0. */
    long refusedForSeconds(String key, int max, Instant now) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return 0;
            }
            Instant freedAt = times.peekFirst().plus(window);
            return Math.max(1, Duration.between(now, freedAt).toSeconds() + 1);
        }
    }

    /** Events of this key in the window. */
    int count(String key, Instant now) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            return times.size();
        }
    }

    void record(String key, Instant now) {
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    void clear(String key) {
        events.remove(key);
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }
}
