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
    private final int maxPerEmail;
    private final int maxPerAddress;
    private final int slowAfter;
    private final Duration stepDelay;
    private final SlidingWindow failures;

    LoginThrottle(Clock clock, Duration window, int maxPerEmail, int maxPerAddress, int slowAfter,
            Duration stepDelay) {
        this.clock = clock;
        this.maxPerEmail = maxPerEmail;
        this.maxPerAddress = maxPerAddress;
        this.slowAfter = slowAfter;
        this.stepDelay = stepDelay;
        this.failures = new SlidingWindow(window);
    }

    Verdict check(String email, String address) {
        Instant now = clock.instant();
        long refused = Math.max(failures.refusedForSeconds("email:" + email, maxPerEmail, now),
                failures.refusedForSeconds("address:" + address, maxPerAddress, now));
        if (refused > 0) {
            return new Verdict(Duration.ZERO, refused);
        }
        int count = Math.max(failures.count("email:" + email, now), failures.count("address:" + address, now) / 4);
        int over = count - slowAfter + 1;
        Duration delay = over > 0 ? stepDelay.multipliedBy(Math.min(over, 4)) : Duration.ZERO;
        return new Verdict(delay, 0);
    }

    void failed(String email, String address) {
        Instant now = clock.instant();
        failures.record("email:" + email, now);
        failures.record("address:" + address, now);
    }

    /**
     * A success (or a password reset) clears the email's failures, not the address's: one good account does not
     * unlock guessing others.
     */
    void succeeded(String email) {
        failures.clear("email:" + email);
    }
}
