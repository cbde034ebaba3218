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
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.entraide.api.error.RateLimitedException;
import org.junit.Test;

/** The rules of {@link LoginThrottle} with the shipped defaults, on a clock the tests move. */
public class LoginThrottleTest {

    private static final String OWNER = "lucie@example.fr";
    private static final String ATTACKER = "203.0.113.7";
    private static final String HOME = "198.51.100.20";

    private Instant now = Instant.parse("2026-12-01T08:00:00Z");
    private final MemoryCounters counters = new MemoryCounters();
    private final Map<String, Object> settings = new HashMap<>();
    private final LoginThrottle throttle = new LoginThrottle(counters, () -> now, config(settings));

    /** The configuration's defaults, as the annotation declares them, but for the settings a test changes. */
    static IdentityConfig config(Map<String, Object> overrides) {
        return (IdentityConfig) Proxy.newProxyInstance(IdentityConfig.class.getClassLoader(),
                new Class<?>[] {IdentityConfig.class},
                (proxy, method, args) -> overrides.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    private long refusedFor(Runnable attempt) {
        try {
            attempt.run();
            return 0;
        } catch (RateLimitedException e) {
            return e.retryAfterSeconds();
        }
    }

    private void fails(String email, String address) {
        throttle.beforeSignIn(email, address);
        throttle.failed(email, address);
    }

    @Test
    public void theFirstFiveFailuresOfAPairAreNeitherSlowedNorRefused() {
        for (int i = 0; i < 4; i++) {
            fails(OWNER, ATTACKER);
        }
        assertEquals(0, refusedFor(() -> throttle.beforeSignIn(OWNER, ATTACKER)));
    }

    @Test
    public void pastTheFreeFailuresThePairWaitsLongerAndLongerWithoutSleeping() {
        for (int i = 0; i < 5; i++) {
            fails(OWNER, ATTACKER);
        }
        assertEquals(1, refusedFor(() -> throttle.beforeSignIn(OWNER, ATTACKER)));

        now = now.plusSeconds(1);
        fails(OWNER, ATTACKER);
        assertEquals(2, refusedFor(() -> throttle.beforeSignIn(OWNER, ATTACKER)));
        now = now.plusSeconds(1);
        assertEquals(1, refusedFor(() -> throttle.beforeSignIn(OWNER, ATTACKER)));
        now = now.plusSeconds(1);
        fails(OWNER, ATTACKER);
        assertEquals(4, refusedFor(() -> throttle.beforeSignIn(OWNER, ATTACKER)));
    }

    @Test
    public void theWaitNeverExceedsTheWindowAndFailuresAreForgottenAfterIt() {
        for (int i = 0; i < 40; i++) {
            counters.record("pair:" + LoginThrottle.digest(OWNER) + ":" + LoginThrottle.digest(ATTACKER), now);
        }
        assertEquals(15 * 60, refusedFor(() -> throttle.beforeSignIn(OWNER, ATTACKER)));

        now = now.plus(Duration.ofMinutes(15)).plusMillis(1);
        assertEquals(0, refusedFor(() -> throttle.beforeSignIn(OWNER, ATTACKER)));
    }

    @Test
    public void theOwnerFromAnotherAddressIsNotSlowedByAnAttackersFailures() {
        for (int i = 0; i < 8; i++) {
            counters.record("pair:" + LoginThrottle.digest(OWNER) + ":" + LoginThrottle.digest(ATTACKER), now);
        }
        assertTrue(refusedFor(() -> throttle.beforeSignIn(OWNER, ATTACKER)) > 0);

        assertEquals(0, refusedFor(() -> throttle.beforeSignIn(OWNER, HOME)));
        throttle.succeeded(OWNER, HOME, "account-1");
    }

    @Test
    public void aSuccessClearsThePairButNotTheAddress() {
        for (int i = 0; i < 5; i++) {
            fails(OWNER, HOME);
        }
        throttle.succeeded(OWNER, HOME, "account-1");

        assertEquals(0, refusedFor(() -> throttle.beforeSignIn(OWNER, HOME)));
        assertEquals(5, counters.since("addr:" + LoginThrottle.digest(HOME), now.minusSeconds(60)).size());
    }

    @Test
    public void aSharedAddressHasABudgetOfFailuresWhateverTheEmail() {
        settings.put("loginMaxFailuresPerAddress", 300);
        for (int i = 0; i < 299; i++) {
            fails("resident" + i + "@example.fr", ATTACKER);
            now = now.plusMillis(100);
        }
        assertEquals("299 failures of 299 residents: still allowed", 0,
                refusedFor(() -> throttle.beforeSignIn("someone@example.fr", ATTACKER)));
        fails("resident299@example.fr", ATTACKER);

        long wait = refusedFor(() -> throttle.beforeSignIn("someone@example.fr", ATTACKER));
        assertEquals("until the oldest failure leaves the 15 minutes", 15 * 60 - 30 + 1, wait, 1);
        assertEquals("another address is not concerned", 0,
                refusedFor(() -> throttle.beforeSignIn("someone@example.fr", HOME)));
    }

    @Test
    public void signInsToOneAccountAreLimitedPerMinute() {
        for (int i = 0; i < 10; i++) {
            throttle.succeeded(OWNER, HOME, "account-1");
        }
        long wait = refusedFor(() -> throttle.succeeded(OWNER, HOME, "account-1"));
        assertEquals(60, wait);
        assertEquals(0, refusedFor(() -> throttle.succeeded("other@example.fr", HOME, "account-2")));

        now = now.plusSeconds(61);
        assertEquals(0, refusedFor(() -> throttle.succeeded(OWNER, HOME, "account-1")));
    }

    @Test
    public void registrationsPerAddressPerHourCountOnlyTheAccountsCreated() {
        for (int i = 0; i < 10; i++) {
            throttle.beforeRegistration(ATTACKER);
            throttle.registered(ATTACKER);
            now = now.plusSeconds(60);
        }
        long wait = refusedFor(() -> throttle.beforeRegistration(ATTACKER));
        assertEquals("the first registration leaves the hour in 50 minutes", 50 * 60, wait);
        assertEquals(0, refusedFor(() -> throttle.beforeRegistration(HOME)));

        now = now.plus(Duration.ofMinutes(50)).plusSeconds(1);
        assertEquals(0, refusedFor(() -> throttle.beforeRegistration(ATTACKER)));
    }

    @Test
    public void resetRequestsPerAddressAreCountedAndRefusedBeyondTheLimit() {
        for (int i = 0; i < 10; i++) {
            throttle.resetRequested(ATTACKER);
        }
        try {
            throttle.resetRequested(ATTACKER);
            fail("the 11th request of a quarter of an hour is refused");
        } catch (RateLimitedException e) {
            assertEquals(15 * 60, e.retryAfterSeconds());
        }
        throttle.resetRequested(HOME);
    }

    @Test
    public void keysHoldNeitherTheEmailNorTheAddress() {
        fails(OWNER, ATTACKER);
        throttle.registered(ATTACKER);

        assertFalse(counters.events.keySet().toString().contains("lucie"));
        assertFalse(counters.events.keySet().toString().contains("203.0.113"));
        assertTrue(counters.events.keySet().stream().allMatch(key -> key.length() <= 100));
    }
}
