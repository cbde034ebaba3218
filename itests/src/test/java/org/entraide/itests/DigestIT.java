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
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Notification settings, digests and one-click unsubscribe, against the real SMTP server of the suite
 * (GreenMail on the port of etc/org.entraide.mail.cfg) and the operator's shell for {@code entraide:digests-run}
 * and {@code entraide:mail-outbox}.
 */
public class DigestIT extends EntraideTestSupport {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final AtomicInteger AREAS = new AtomicInteger();

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
    public void settingsHaveDefaultsForEveryKindChangePartlyAndRefuseWhatTheyDoNotKnow() throws Exception {
        double[] at = freshArea();
        String token = Residents.signedIn(api, Residents.uniqueEmail("settings"), at[0], at[1]);

        JsonNode defaults = settings(token);
        assertEquals("INSTANT", defaults.path("email").path("post.response").asText());
        assertEquals("INSTANT", defaults.path("email").path("post.message").asText());
        assertEquals("DAILY", defaults.path("email").path("post.status").asText());
        assertEquals("DAILY", defaults.path("email").path("operation.closed").asText());
        assertEquals("INSTANT", defaults.path("push").path("alert.match").asText());
        assertEquals("OFF", defaults.path("push").path("post.status").asText());
        // The kinds of trust and safety and of the escalation ladder are there too, by default in the daily digest.
        for (String kind : new String[] {"moderation.hidden", "report.outcome", "request.escalated",
                "request.forwarded"}) {
            assertTrue(kind, defaults.path("email").has(kind) && defaults.path("push").has(kind));
        }
        assertEquals(15, defaults.path("email").size());
        assertEquals(15, defaults.path("push").size());

        for (String[] bad : new String[][] {{"{\"email\":{\"post.foo\":\"DAILY\"}}", "email.post.foo"},
                {"{\"push\":{\"post.status\":\"DAILY\"}}", "push.post.status"},
                {"{\"sms\":{\"post.status\":\"OFF\"}}", "sms"},
                {"{\"email\":{\"post.status\":\"WEEKLY\",\"post.message\":\"SOMETIMES\"}}", "email.post.message"}}) {
            JsonNode problem = PlatformIT.assertProblem(put("/me/notification-settings", bad[0], token), 422);
            assertEquals(bad[0], bad[1], problem.path("errors").path(0).path("field").asText());
        }
        assertEquals("nothing written by a refused change", defaults, settings(token));
        PlatformIT.assertProblem(api.get("/me/notification-settings"), 401);

        Api.Reply changed = put("/me/notification-settings", "{\"email\":{\"post.status\":\"WEEKLY\"},"
                + "\"push\":{\"post.response\":\"OFF\"}}", token);
        assertEquals(changed.toString(), 200, changed.status());
        JsonNode after = settings(token);
        assertEquals("WEEKLY", after.path("email").path("post.status").asText());
        assertEquals("OFF", after.path("push").path("post.response").asText());
        assertEquals("only the kinds given change", "INSTANT", after.path("email").path("post.message").asText());
        assertEquals("DAILY", after.path("email").path("operation.closed").asText());
    }

    @Test
    public void aDailyKindWaitsForTheDigestWhichGoesOutOncePerPeriod() throws Exception {
        double[] at = freshArea();
        String author = Residents.signedIn(api, Residents.uniqueEmail("digest.author"), at[0], at[1]);
        String followerEmail = Residents.uniqueEmail("digest.follower");
        String follower = Residents.verified(api, mailbox, followerEmail, at[0], at[1]);
        String post = Posting.request(api, author, "Prêter une échelle", at);
        assertEquals(204, api.post("/posts/" + post + "/follow", "{}", follower).status());

        Api.Reply fulfilled = api.patch("/posts/" + post, "{\"status\":\"FULFILLED\"}", author);
        assertEquals(fulfilled.toString(), 200, fulfilled.status());
        // post.status is DAILY by default: nothing at once.
        Thread.sleep(Duration.ofSeconds(12).toMillis());
        assertEquals(0, mailsTo(followerEmail).size());

        Instant tomorrowEvening = ZonedDateTime.of(ZonedDateTime.now(PARIS).toLocalDate().plusDays(1),
                LocalTime.of(18, 0), PARIS).toInstant();
        String first = operator("entraide:digests-run --at " + tomorrowEvening);
        assertTrue(first, first.contains("digests recorded at " + tomorrowEvening));
        assertFalse(first, first.trim().startsWith("0 "));
        MimeMessage digest = awaitOne(followerEmail, Duration.ofSeconds(60));
        assertEquals("Votre résumé du jour sur Entraide : 1 nouveauté", digest.getSubject());
        MimeMultipart parts = new MimeMultipart(digest.getDataHandler().getDataSource());
        String text = decoded(parts, 0);
        String html = decoded(parts, 1);
        assertTrue(text, text.contains("Prêter une échelle"));
        assertTrue(text, text.contains(MAIL_BASE_URL + "/#/posts/" + post));
        assertTrue(html, html.contains("href=\"" + MAIL_BASE_URL + "/#/posts/" + post + "\""));
        assertFalse(html, html.contains("<img"));
        assertTrue(digest.getHeader("List-Unsubscribe")[0].startsWith("<" + MAIL_BASE_URL + "/api/v1/unsubscribe/"));
        JsonNode inApp = api.get("/notifications", follower).json();
        assertEquals("the digest is not an in-app notification", 1, inApp.path("items").size());

        String second = operator("entraide:digests-run --at " + tomorrowEvening);
        assertTrue(second, second.trim().startsWith("0 digests recorded"));
        Thread.sleep(Duration.ofSeconds(12).toMillis());
        assertEquals("one digest for the period", 1, mailsTo(followerEmail).size());

        String outbox = operator("entraide:mail-outbox");
        assertTrue(outbox, outbox.contains("CHANNEL"));
        assertTrue(outbox, outbox.matches("(?s).*\\bemail\\s+\\d+\\s+[1-9]\\d*\\s+\\d+.*"));
        assertTrue(outbox, outbox.contains("FAILED ("));
        assertFalse("never an address in the outbox listing", outbox.contains(followerEmail));
    }

    @Test
    public void oneClickUnsubscribeTurnsTheKindOffWithoutSigningIn() throws Exception {
        double[] at = freshArea();
        String authorEmail = Residents.uniqueEmail("unsubscribe.author");
        String author = Residents.verified(api, mailbox, authorEmail, at[0], at[1]);
        String post = Posting.request(api, author, "Arroser les tomates", at);
        Posting.answer(api, post,
                Residents.signedIn(api, Residents.uniqueEmail("unsubscribe.helper"), at[0], at[1]));

        MimeMessage mail = awaitOne(authorEmail, Duration.ofSeconds(60));
        String header = mail.getHeader("List-Unsubscribe")[0];
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        String prefix = "<" + MAIL_BASE_URL + "/api/v1";
        assertTrue(header, header.startsWith(prefix + "/unsubscribe/") && header.endsWith(">"));
        String path = header.substring(prefix.length(), header.length() - 1);
        String text = decoded(new MimeMultipart(mail.getDataHandler().getDataSource()), 0);
        assertTrue(text, text.contains(MAIL_BASE_URL + "/#" + path));

        Api.Reply unsubscribed = api.send(api.request(path, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build());
        assertEquals(unsubscribed.toString(), 204, unsubscribed.status());
        assertEquals("OFF", settings(author).path("email").path("post.response").asText());
        assertEquals("INSTANT", settings(author).path("email").path("post.message").asText());
        PlatformIT.assertProblem(api.post("/unsubscribe/not-a-token-of-ours", "{}"), 410);

        Posting.answer(api, post,
                Residents.signedIn(api, Residents.uniqueEmail("unsubscribe.helper2"), at[0], at[1]));
        Thread.sleep(Duration.ofSeconds(12).toMillis());
        assertEquals("no mail for a kind turned off", 1, mailsTo(authorEmail).size());
    }

    private JsonNode settings(String token) throws Exception {
        Api.Reply reply = api.get("/me/notification-settings", token);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private Api.Reply put(String path, String json, String token) throws Exception {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String decoded(MimeMultipart parts, int index) throws Exception {
        try (InputStream in = parts.getBodyPart(index).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private MimeMessage awaitOne(String recipient, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mails = mailsTo(recipient);
            if (!mails.isEmpty()) {
                assertEquals("one mail to " + recipient, 1, mails.size());
                return mails.get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No mail to " + recipient + " within " + timeout);
    }

    /** The mails to this recipient but the one that proved their address. */
    private List<MimeMessage> mailsTo(String recipient) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : mailbox.to(recipient)) {
            if (!Residents.VERIFICATION_SUBJECT.equals(mail.getSubject())) {
                found.add(mail);
            }
        }
        return found;
    }

    /** An area of its own in Burgundy, away from the other classes' posts. */
    private static double[] freshArea() {
        int slot = AREAS.getAndIncrement();
        return new double[] {47.0 + slot * 0.3, 4.5};
    }
}
