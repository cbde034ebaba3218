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
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.error.AccountSuspendedException;
import org.entraide.api.error.AuthenticationException;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.ValidationException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.identity.AccountStatusListener;
import org.entraide.services.identity.Role;
import org.entraide.services.identity.Session;
import org.entraide.database.testing.DerbyJpa;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Suspending and reinstating accounts on the real schema (embedded Derby), on a clock the tests move. */
public class SuspensionsTest {

    private static final String PASSWORD = "Lune bleue sur Vico, 7 chats";
    private static final String ADDRESS = "198.51.100.20";

    private Instant now = Instant.parse("2026-12-01T08:00:00Z");
    private final List<String> told = new ArrayList<>();
    /** One database for the class (its schema takes seconds to make); each test has accounts of its own. */
    private static DerbyJpa jpa;
    private static int accounts;
    private Suspensions suspensions;
    private Sessions sessions;

    @BeforeClass
    public static void createDatabase() throws Exception {
        jpa = DerbyJpa.fresh("entraide-identity");
    }

    @AfterClass
    public static void dropDatabase() {
        jpa.close();
    }

    @Before
    public void start() {
        IdentityContext identity = new IdentityContext(jpa, new PasswordHasher(8192, 1, 1),
                () -> Clock.fixed(now, ZoneOffset.UTC));
        AccountStatusListener listener = new AccountStatusListener() {
            @Override
            public void suspended(Account account) {
                told.add("suspended " + account.id());
            }

            @Override
            public void reinstated(Account account) {
                told.add("reinstated " + account.id());
            }
        };
        suspensions = new Suspensions(identity, List.of(listener));
        IdentityConfig config = LoginThrottleTest.config(Map.of());
        sessions = new Sessions(identity, new LoginThrottle(new MemoryCounters(), () -> now, config), suspensions,
                Duration.ofHours(24), 20);
    }

    /** A unique email for this name. */
    private static String email(String name) {
        accounts++;
        return name + "." + accounts + "@example.fr";
    }

    private String account(String email, Role... roles) {
        EnumSet<Role> granted = EnumSet.of(Role.RESIDENT);
        granted.addAll(List.of(roles));
        AccountEntity account = new AccountEntity(UUID.randomUUID().toString(), email, "Marie",
                new PasswordHasher(8192, 1, 1).hash(PASSWORD), 41.92, 8.73, 10, "fr", granted, now);
        jpa.tx(TransactionType.Required, em -> em.persist(account));
        return account.id();
    }

    private AccountEntity row(String accountId) {
        return jpa.txExpr(TransactionType.Required, em -> em.find(AccountEntity.class, accountId));
    }

    private long sessionsOf(String accountId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT COUNT(s) FROM SessionEntity s WHERE s.accountId = :a", Long.class).setParameter("a", accountId)
                .getSingleResult());
    }

    @Test
    public void aSuspensionEndsEverySessionAtOnceAndTellsTheListeners() {
        String marie = email("marie");
        String id = account(marie);
        Session first = sessions.signIn(marie, PASSWORD, ADDRESS);
        sessions.signIn(marie, PASSWORD, ADDRESS);
        Instant until = now.plus(Duration.ofDays(7));

        Account suspended = suspensions.suspend(id, "  Harcèlement  ", until);

        assertEquals(AccountStatus.SUSPENDED, suspended.status());
        assertEquals(until, suspended.suspendedUntil());
        assertEquals("Harcèlement", row(id).suspensionReason());
        assertEquals(0, sessionsOf(id));
        assertTrue(sessions.authenticate(first.token()).isEmpty());
        assertEquals(List.of("suspended " + id), told);
    }

    @Test
    public void aSuspendedAccountIsToldSoOnlyWithItsRightPassword() {
        String marie = email("marie");
        String id = account(marie);
        Instant until = now.plus(Duration.ofDays(7));
        suspensions.suspend(id, "Spam", until);

        try {
            sessions.signIn(marie, PASSWORD, ADDRESS);
            fail("a suspended account signed in");
        } catch (AccountSuspendedException e) {
            assertEquals(until, e.suspendedUntil());
        }
        try {
            sessions.signIn(marie, "Pas le bon mot de passe, 9 chiens", ADDRESS);
            fail("a wrong password signed in");
        } catch (AccountSuspendedException e) {
            fail("the state was told without the password");
        } catch (AuthenticationException expected) {
            assertEquals(0, sessionsOf(id));
        }
    }

    @Test
    public void signingInOnceTheEndHasPassedReinstatesTheAccount() {
        String marie = email("marie");
        String id = account(marie);
        suspensions.suspend(id, "Spam", now.plus(Duration.ofHours(2)));
        told.clear();

        now = now.plus(Duration.ofHours(2));
        Session session = sessions.signIn(marie, PASSWORD, ADDRESS);

        assertTrue(sessions.authenticate(session.token()).isPresent());
        assertEquals(AccountStatus.ACTIVE, row(id).status());
        assertNull(row(id).suspendedUntil());
        assertNull(row(id).suspensionReason());
        assertEquals(List.of("reinstated " + id), told);
    }

    @Test
    public void theJobReinstatesOnlyTheAccountsWhoseEndHasPassed() {
        String soon = account(email("soon"));
        String later = account(email("later"));
        String forever = account(email("forever"));
        suspensions.suspend(soon, "Spam", now.plus(Duration.ofDays(1)));
        suspensions.suspend(later, "Spam", now.plus(Duration.ofDays(30)));
        suspensions.suspend(forever, "Spam", null);
        told.clear();

        assertEquals(0, suspensions.reinstateDue(now.plus(Duration.ofHours(23))));
        assertEquals(1, suspensions.reinstateDue(now.plus(Duration.ofDays(2))));
        assertEquals(0, suspensions.reinstateDue(now.plus(Duration.ofDays(2))));

        assertEquals(AccountStatus.ACTIVE, row(soon).status());
        assertEquals(AccountStatus.SUSPENDED, row(later).status());
        assertEquals(AccountStatus.SUSPENDED, row(forever).status());
        assertEquals(List.of("reinstated " + soon), told);
    }

    @Test
    public void aModeratorReinstatesAtOnceAndARepeatTellsTheListenersAgain() {
        String marie = email("marie");
        String id = account(marie);
        suspensions.suspend(id, "Spam", null);

        Account active = suspensions.reinstate(id);
        suspensions.reinstate(id);

        assertEquals(AccountStatus.ACTIVE, active.status());
        assertNull(active.suspendedUntil());
        assertEquals(List.of("suspended " + id, "reinstated " + id, "reinstated " + id), told);
        assertEquals(AccountStatus.ACTIVE, sessions.authenticate(
                sessions.signIn(marie, PASSWORD, ADDRESS).token()).map(c -> AccountStatus.ACTIVE)
                .orElse(AccountStatus.SUSPENDED));
    }

    @Test
    public void badInputAndOperatorsAreRefusedWithNothingWritten() {
        String marie = email("marie");
        String id = account(marie);
        String operator = account(email("operator"), Role.OPERATOR);
        sessions.signIn(marie, PASSWORD, ADDRESS);

        assertEquals(List.of("reason"), fields(() -> suspensions.suspend(id, "   ", null)));
        assertEquals(List.of("reason"), fields(() -> suspensions.suspend(id, "x".repeat(501), null)));
        assertEquals(List.of("until"), fields(() -> suspensions.suspend(id, "Spam", now)));
        assertEquals(List.of("until"), fields(() -> suspensions.suspend(id, "Spam", now.minusSeconds(1))));
        assertEquals(List.of("until"), fields(() -> suspensions.suspend(id, "Spam",
                now.plus(Duration.ofDays(3654)))));
        try {
            suspensions.suspend(operator, "Spam", null);
            fail("an operator was suspended");
        } catch (ForbiddenException expected) {
            assertEquals(AccountStatus.ACTIVE, row(operator).status());
        }
        try {
            suspensions.suspend("no-such-account", "Spam", null);
            fail("nobody was suspended");
        } catch (NotFoundException expected) {
            assertTrue(told.isEmpty());
        }
        assertEquals(AccountStatus.ACTIVE, row(id).status());
        assertEquals(1, sessionsOf(id));
        assertFalse(told.contains("suspended " + id));
    }

    @Test
    public void aSuspensionOfTenYearsIsAllowed() {
        String marie = email("marie");
        String id = account(marie);

        assertEquals(AccountStatus.SUSPENDED, suspensions.suspend(id, "Spam", now.plus(Suspensions.LONGEST)).status());
    }

    private static List<String> fields(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(error -> error.field()).collect(Collectors.toList());
        }
        throw new AssertionError("accepted");
    }
}
