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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.entraide.api.error.RateLimitedException;
import org.entraide.support.text.Waits;

/**
 * The identity service's abuse limits, counted in {@link Counters} (the database: every node sees them). Every
 * refusal is a {@link RateLimitedException} (429 with {@code Retry-After}) answered at once: nothing sleeps in a
 * request thread, which an attacker would otherwise fill.
 *
 * <ul>
 * <li><b>Failed sign-ins per (email, client address)</b>: the first {@code loginSlowdownAfter} are free; then each
 * attempt of that pair waits, after its latest failure, {@code loginSlowdownStepMillis} doubled at each further
 * failure, at most the window. Refused attempts are not checked and not counted. Only the pair is slowed: the
 * owner of the account, from another address, is never locked out by someone guessing her password.</li>
 * <li><b>Failed sign-ins per client address</b>, whatever the email: {@code loginMaxFailuresPerAddress} in the
 * window, high enough for many residents behind one address (a company, a mobile operator's NAT).</li>
 * <li><b>Successful sign-ins per account</b>: {@code signInsPerAccountPerMinute}; each opens a session, and
 * {@link Sessions} keeps at most {@code maxSessionsPerAccount} of them.</li>
 * <li><b>Registrations per client address</b>: {@code registrationsPerAddressPerHour}.</li>
 * <li><b>Password reset requests per client address</b>: {@code resetMaxPerAddress} per quarter of an hour.</li>
 * </ul>
 *
 * <p>Keys hold a truncated SHA-256 of the email and of the address, never them in clear (a throttle needs no
 * personal data), and rows last at most the longest window ({@link #retention}).
 */
final class LoginThrottle {

    static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(1);
    static final Duration REGISTRATION_WINDOW = Duration.ofHours(1);
    static final Duration RESET_WINDOW = Duration.ofMinutes(15);

    private static final String UNKNOWN = "unknown";

    private final Counters counters;
    private final Supplier<Instant> clock;
    private final IdentityConfig config;

    LoginThrottle(Counters counters, Supplier<Instant> clock, IdentityConfig config) {
        this.counters = counters;
        this.clock = clock;
        this.config = config;
    }

    /** How long the events of the rules of this configuration must be kept. */
    static Duration retention(IdentityConfig config) {
        Duration login = Duration.ofMinutes(Math.max(1, config.loginWindowMinutes()));
        return Collections.max(List.of(login, ACCOUNT_WINDOW, REGISTRATION_WINDOW, RESET_WINDOW));
    }

    /** Before the password is verified: refuses a pair still waiting, or an address over its budget. */
    void beforeSignIn(String email, String address) {
        Instant now = clock.get();
        Duration window = loginWindow();
        Instant since = now.minus(window);
        long wait = Math.max(
                overBudget(counters.since(addressKey(address), since), config.loginMaxFailuresPerAddress(), window,
                        now),
                slowedFor(counters.since(pairKey(email, address), since), window, now));
        if (wait > 0) {
            throw new RateLimitedException("Too many failed sign-ins; try again later.", wait);
        }
    }

    void failed(String email, String address) {
        Instant now = clock.get();
        counters.record(pairKey(email, address), now);
        counters.record(addressKey(address), now);
    }

    /**
     * The right password: forgets the pair's failures (not the address's: one good account does not unlock guessing
     * others), then counts the sign-in against the account's limit per minute.
     */
    void succeeded(String email, String address, String accountId) {
        counters.clear(pairKey(email, address));
        Instant now = clock.get();
        String key = "acct:" + accountId;
        long wait = overBudget(counters.since(key, now.minus(ACCOUNT_WINDOW)), config.signInsPerAccountPerMinute(),
                ACCOUNT_WINDOW, now);
        if (wait > 0) {
            throw new RateLimitedException("Too many sign-ins to this account; try again in a minute.", wait);
        }
        counters.record(key, now);
    }

    /** Before a registration is considered at all. */
    void beforeRegistration(String address) {
        Instant now = clock.get();
        long wait = overBudget(counters.since(registrationKey(address), now.minus(REGISTRATION_WINDOW)),
                config.registrationsPerAddressPerHour(), REGISTRATION_WINDOW, now);
        if (wait > 0) {
            int max = Math.max(1, config.registrationsPerAddressPerHour());
            throw new RateLimitedException(Map.of(
                    "fr", "Trop de comptes ont été créés depuis cette adresse (" + max + " par heure au plus)."
                            + " Réessayez dans " + Waits.french(wait) + ".",
                    "en", "Too many accounts were created from this address (at most " + max + " an hour)."
                            + " Try again in " + Waits.english(wait) + "."), wait);
        }
    }

    /** Counts a registration that succeeded: mistakes in a form do not use the address's budget up. */
    void registered(String address) {
        counters.record(registrationKey(address), clock.get());
    }

    /** Counts a password reset request, or refuses it when the address asked too many. */
    void resetRequested(String address) {
        Instant now = clock.get();
        String key = "reset:" + digest(orUnknown(address));
        long wait = overBudget(counters.since(key, now.minus(RESET_WINDOW)), config.resetMaxPerAddress(),
                RESET_WINDOW, now);
        if (wait > 0) {
            throw new RateLimitedException("Too many password reset requests; try again later.", wait);
        }
        counters.record(key, now);
    }

    private Duration loginWindow() {
        return Duration.ofMinutes(Math.max(1, config.loginWindowMinutes()));
    }

    /** Seconds until fewer than {@code max} events are in the window, 0 when they already are. */
    static long overBudget(List<Instant> events, int max, Duration window, Instant now) {
        if (events.size() < Math.max(1, max)) {
            return 0;
        }
        List<Instant> sorted = new ArrayList<>(events);
        Collections.sort(sorted);
        return secondsUntil(now, sorted.get(sorted.size() - Math.max(1, max)).plus(window));
    }

    /** Seconds a pair with these failures still waits: the step doubled per failure past the free ones. */
    private long slowedFor(List<Instant> failures, Duration window, Instant now) {
        int over = failures.size() - Math.max(0, config.loginSlowdownAfter());
        if (over < 0) {
            return 0;
        }
        Duration delay = Duration.ofMillis(Math.max(1, config.loginSlowdownStepMillis()))
                .multipliedBy(1L << Math.min(over, 30));
        if (delay.compareTo(window) > 0) {
            delay = window;
        }
        return secondsUntil(now, Collections.max(failures).plus(delay));
    }

    private static long secondsUntil(Instant now, Instant freedAt) {
        long millis = Duration.between(now, freedAt).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    private static String pairKey(String email, String address) {
        return "pair:" + digest(email) + ":" + digest(orUnknown(address));
    }

    private static String addressKey(String address) {
        return "addr:" + digest(orUnknown(address));
    }

    private static String registrationKey(String address) {
        return "register:" + digest(orUnknown(address));
    }

    private static String orUnknown(String address) {
        return address == null || address.isBlank() ? UNKNOWN : address;
    }

    /** The first 128 bits of the SHA-256 of a value, in hexadecimal: a key part that is not the value itself. */
    static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
