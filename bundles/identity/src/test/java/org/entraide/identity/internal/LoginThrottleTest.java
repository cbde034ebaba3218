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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.Test;

public class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-01T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(clock, Duration.ofMinutes(15), 5, 20, 3,
            Duration.ofMillis(400));

    @Test
    public void firstFailuresAreNeitherSlowedNorRefused() {
        throttle.failed("a@example.fr", "10.0.0.1");
        throttle.failed("a@example.fr", "10.0.0.1");

        LoginThrottle.Verdict verdict = throttle.check("a@example.fr", "10.0.0.1");
        assertFalse(verdict.refused());
        assertEquals(Duration.ZERO, verdict.delay);
    }

    @Test
    public void failuresPastTheThresholdAreSlowedThenRefusedWithARetryTime() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("a@example.fr", "10.0.0.1");
        }
        assertEquals(Duration.ofMillis(400), throttle.check("a@example.fr", "10.0.0.1").delay);
        throttle.failed("a@example.fr", "10.0.0.1");
        throttle.failed("a@example.fr", "10.0.0.1");

        LoginThrottle.Verdict verdict = throttle.check("a@example.fr", "10.0.0.2");
        assertTrue(verdict.refused());
        assertEquals(15 * 60 + 1, verdict.refusedForSeconds);
    }

    @Test
    public void refusalEndsWhenTheFailuresLeaveTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("a@example.fr", "10.0.0.1");
        }
        now = now.plus(Duration.ofMinutes(16));

        assertFalse(throttle.check("a@example.fr", "10.0.0.1").refused());
    }

    @Test
    public void oneAddressTryingManyEmailsIsRefused() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i + "@example.fr", "10.0.0.9");
        }

        assertTrue(throttle.check("someone-else@example.fr", "10.0.0.9").refused());
        assertFalse(throttle.check("someone-else@example.fr", "10.0.0.10").refused());
    }

    @Test
    public void successClearsTheEmailButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("a@example.fr", "10.0.0.1");
        }
        throttle.succeeded("a@example.fr");

        assertEquals(Duration.ZERO, throttle.check("a@example.fr", "10.0.0.3").delay);
    }
}
