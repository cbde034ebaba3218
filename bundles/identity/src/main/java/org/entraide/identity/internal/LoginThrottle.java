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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per email and per client address over a sliding window. Past a few failures
 * each attempt is slowed; past the limit it is refused until the oldest failure leaves the window.
 * Counters live in memory on each node: several nodes each apply the limit, which still bounds guessing.
 */
final class LoginThrottle {

    /** What to do with an attempt: wait this long first, or refuse it for this many seconds. */
    static final class Verdict {
        final Duration delay;
        final long refusedForSeconds;

        Verdict(Duration delay, long refusedForSeconds) {
            this.delay = delay;
            this.refusedForSeconds = refusedForSeconds;
        }

        boolean refused() {
            return refusedForSeconds > 0;
        }
    }

    private final Clock clock;
    private final Duration window;
    private final int maxPerEmail;
    private final int maxPerAddress;
    private final int slowAfter;
    private final Duration stepDelay;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, Duration window, int maxPerEmail, int maxPerAddress, int slowAfter,
            Duration stepDelay) {
        this.clock = clock;
        this.window = window;
        this.maxPerEmail = maxPerEmail;
        this.maxPerAddress = maxPerAddress;
        this.slowAfter = slowAfter;
        this.stepDelay = stepDelay;
    }

    Verdict check(String email, String address) {
        Instant now = clock.instant();
        long refused = Math.max(refusal("email:" + email, maxPerEmail, now),
                refusal("address:" + address, maxPerAddress, now));
        if (refused > 0) {
            return new Verdict(Duration.ZERO, refused);
        }
        int count = Math.max(recent("email:" + email, now), recent("address:" + address, now) / 4);
        int over = count - slowAfter + 1;
        Duration delay = over > 0 ? stepDelay.multipliedBy(Math.min(over, 4)) : Duration.ZERO;
        return new Verdict(delay, 0);
    }

    void failed(String email, String address) {
        Instant now = clock.instant();
        record("email:" + email, now);
        record("address:" + address, now);
    }

    /** A success clears the email's failures, not the address's: one good account does not unlock guessing others. */
    void succeeded(String email) {
        failures.remove("email:" + email);
    }

    private long refusal(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
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

    private int recent(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            return times.size();
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }
}
