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
package org.entraide.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import javax.mail.internet.MimeMessage;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Account recovery against the distribution and a real SMTP server: proving the address with the link mailed at
 * registration, asking for another one, and resetting a forgotten password end to end (the mailed link, the
 * password policy, every old session ended, the link serving once), without telling anyone whether an address
 * has an account.
 */
public class AccountRecoveryIT extends EntraideTestSupport {

    private static final String RESET_SUBJECT = "Choisissez un nouveau mot de passe";
    private static final String NEW_PASSWORD = "Trois moulins rouges au bord du Tavignanu";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(90);

    private Mailbox mailbox;

    @Before
    public void startSmtp() {
        mailbox = Mailbox.start();
    }

    @After
    public void stopSmtp() {
        mailbox.close();
    }

    @Test
    public void theLinkMailedAtRegistrationProvesTheAddressOnce() throws Exception {
        String email = Residents.uniqueEmail("verify");
        String token = Residents.signedIn(api, email, 42.30, 9.15);
        assertFalse(api.get("/me", token).json().path("emailVerified").asBoolean(true));
        MimeMessage mail = mailbox.awaitOne(email, Residents.VERIFICATION_SUBJECT, MAIL_WAIT);
        String link = Mailbox.token(mail, "/#/verify-email/");
        assertTrue(Mailbox.parts(mail).get(0).contains(MAIL_BASE_URL + "/#/verify-email/" + link));
        assertTrue(Mailbox.parts(mail).get(1).contains("href=\"" + MAIL_BASE_URL + "/#/verify-email/" + link + "\""));

        Api.Reply verified = api.post("/accounts/email-verifications", "{\"token\":\"" + link + "\"}");
        assertEquals(verified.toString(), 204, verified.status());
        assertTrue(api.get("/me", token).json().path("emailVerified").asBoolean(false));

        PlatformIT.assertProblem(api.post("/accounts/email-verifications", "{\"token\":\"" + link + "\"}"), 410);
        PlatformIT.assertProblem(api.post("/accounts/email-verifications",
                "{\"token\":\"" + "A".repeat(43) + "\"}"), 410);
        JsonNode garbage = PlatformIT.assertProblem(api.post("/accounts/email-verifications",
                "{\"token\":\"not a token\"}"), 400);
        assertEquals("token", garbage.path("errors").path(0).path("field").asText());
        PlatformIT.assertProblem(api.post("/accounts/email-verifications", "{\"token\":\"" + link
                + "\",\"extra\":1}"), 400);
        Api.Reply again = api.post("/accounts/email-verifications/resend", "", token);
        PlatformIT.assertProblem(again, 409);
    }

    @Test
    public void anotherLinkCanBeAskedForButNotOverAndOver() throws Exception {
        String email = Residents.uniqueEmail("resend");
        long registered = System.nanoTime();
        String token = Residents.signedIn(api, email, 42.31, 9.16);
        PlatformIT.assertProblem(api.post("/accounts/email-verifications/resend", ""), 401);
        // The first link went a moment ago: asking again at once is refused, saying when to try (the suite's
        // etc/org.entraide.identity.cfg spaces links by RESEND_SECONDS instead of a minute).
        Api.Reply tooSoon = api.post("/accounts/email-verifications/resend", "", token);
        PlatformIT.assertProblem(tooSoon, 429);
        assertTrue(tooSoon.toString(), Long.parseLong(tooSoon.header("Retry-After").orElse("0")) > 0);
        mailbox.awaitOne(email, Residents.VERIFICATION_SUBJECT, MAIL_WAIT);
        long waited = Duration.ofNanos(System.nanoTime() - registered).toMillis();
        Thread.sleep(Math.max(0, Duration.ofSeconds(RESEND_SECONDS + 1).toMillis() - waited));
        Api.Reply resent = api.post("/accounts/email-verifications/resend", "", token);
        assertEquals(resent.toString(), 202, resent.status());
        awaitCount(email, Residents.VERIFICATION_SUBJECT, 2);
        String second = Mailbox.token(mailbox.to(email, Residents.VERIFICATION_SUBJECT).get(1), "/#/verify-email/");
        assertEquals(204, api.post("/accounts/email-verifications", "{\"token\":\"" + second + "\"}").status());
        assertTrue(api.get("/me", token).json().path("emailVerified").asBoolean(false));
    }

    @Test
    public void aForgottenPasswordIsResetByTheMailedLinkAndEveryOldSessionEnds() throws Exception {
        String email = Residents.uniqueEmail("reset");
        String phone = Residents.signedIn(api, email, 42.32, 9.17);
        String laptop = Residents.token(api, email, Residents.PASSWORD);
        mailbox.awaitOne(email, Residents.VERIFICATION_SUBJECT, MAIL_WAIT);

        Api.Reply asked = api.post("/password-resets", "{\"email\":\"" + email.toUpperCase() + "\"}");
        assertEquals(asked.toString(), 202, asked.status());
        MimeMessage mail = mailbox.awaitOne(email, RESET_SUBJECT, MAIL_WAIT);
        String link = Mailbox.token(mail, "/#/reset-password/");
        assertTrue(mail.getHeader("List-Unsubscribe") == null);

        JsonNode weak = PlatformIT.assertProblem(api.post("/password-resets/" + link, "{\"password\":\"azerty\"}"),
                422);
        assertEquals("password", weak.path("errors").path(0).path("field").asText());
        assertEquals("a refused password leaves the link usable", 200, api.get("/me", phone).status());

        Api.Reply reset = api.post("/password-resets/" + link, "{\"password\":\"" + NEW_PASSWORD + "\"}");
        assertEquals(reset.toString(), 204, reset.status());
        PlatformIT.assertProblem(api.get("/me", phone), 401);
        PlatformIT.assertProblem(api.get("/me", laptop), 401);
        PlatformIT.assertProblem(api.post("/sessions", Residents.credentials(email, Residents.PASSWORD)), 401);
        String fresh = Residents.token(api, email, NEW_PASSWORD);
        assertTrue("the link reached the address: that proves it",
                api.get("/me", fresh).json().path("emailVerified").asBoolean(false));
        PlatformIT.assertProblem(api.post("/password-resets/" + link, "{\"password\":\"" + NEW_PASSWORD + "2\"}"),
                410);
        PlatformIT.assertProblem(api.post("/password-resets/" + "B".repeat(43),
                "{\"password\":\"" + NEW_PASSWORD + "\"}"), 410);
        PlatformIT.assertProblem(api.post("/password-resets/short", "{\"password\":\"" + NEW_PASSWORD + "\"}"), 400);
    }

    @Test
    public void askingForAResetTellsNothingAboutWhetherAnAccountExists() throws Exception {
        String nobody = Residents.uniqueEmail("nobody");
        Api.Reply unknown = api.post("/password-resets", "{\"email\":\"" + nobody + "\"}");
        String email = Residents.uniqueEmail("known");
        Residents.signedIn(api, email, 42.33, 9.18);
        Api.Reply known = api.post("/password-resets", "{\"email\":\"" + email + "\"}");
        assertEquals(unknown.toString(), 202, unknown.status());
        assertEquals(known.toString(), 202, known.status());
        assertEquals(known.body(), unknown.body());
        mailbox.awaitOne(email, RESET_SUBJECT, MAIL_WAIT);
        assertEquals("no mail to an address without account", 0, mailbox.to(nobody).size());

        JsonNode malformed = PlatformIT.assertProblem(api.post("/password-resets", "{\"email\":\"pas-une-adresse\"}"),
                422);
        assertEquals("email", malformed.path("errors").path(0).path("field").asText());
        PlatformIT.assertProblem(api.post("/password-resets", "{\"mail\":\"" + email + "\"}"), 400);
        PlatformIT.assertProblem(api.post("/password-resets", ""), 400);
    }

    @Test
    public void aMailboxIsNotFloodedByResetRequests() throws Exception {
        String email = Residents.uniqueEmail("flood");
        Residents.signedIn(api, email, 42.34, 9.19);
        for (int i = 0; i < 4; i++) {
            assertEquals(202, api.post("/password-resets", "{\"email\":\"" + email + "\"}").status());
        }
        awaitCount(email, RESET_SUBJECT, 3);
        Thread.sleep(Duration.ofSeconds(12).toMillis());
        assertEquals("three links an hour at most; the fourth request answered alike, and dropped", 3,
                mailbox.to(email, RESET_SUBJECT).size());
    }

    private void awaitCount(String recipient, String subject, int count) throws Exception {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (mailbox.to(recipient, subject).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(count + " mails \"" + subject + "\" to " + recipient + " expected, "
                        + mailbox.to(recipient, subject).size() + " came");
            }
            Thread.sleep(500);
        }
    }
}
