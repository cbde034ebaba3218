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

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.mail.Address;
import javax.mail.BodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import org.junit.After;
import org.junit.Test;

/**
 * Mails through the email channel to a real SMTP server (GreenMail, in the container, where etc/org.entraide.mail.cfg
 * points for the whole suite): one mail per answer, multipart, in the author's language, with the link; and an
 * SMTP server down then back loses nothing and sends once.
 *
 * <p>A 5xx reply is not played here: GreenMail 1.6 accepts every recipient. The channel's unit tests
 * (entraide-notify-email, SmtpSenderTest) cover it against a scripted server.
 */
public class EmailIT extends EntraideTestSupport {

    private static final AtomicInteger AREAS = new AtomicInteger();

    private GreenMail smtp;

    @After
    public void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    public void anAnswerSendsOneMultipartMailToTheAuthorInTheirLanguageWithTheLink() throws Exception {
        startSmtp();
        double[] at = freshArea();
        String authorEmail = Residents.uniqueEmail("mail.author");
        String author = Residents.signedIn(api, authorEmail, at[0], at[1]);
        Api.Reply english = api.patch("/me", "{\"locale\":\"en\"}", author);
        assertEquals(english.toString(), 200, english.status());
        String helperEmail = Residents.uniqueEmail("mail.helper");
        String helper = Residents.signedIn(api, helperEmail, at[0], at[1]);
        String post = post(author, "Porter des courses", at);

        String conversation = answer(post, helper);

        MimeMessage mail = awaitOne(authorEmail, Duration.ofSeconds(60));
        assertEquals("Someone answered your post", mail.getSubject());
        assertEquals("en", mail.getHeader("Content-Language")[0]);
        assertTrue(mail.getContentType(), mail.getContentType().startsWith("multipart/alternative"));
        // Read through the parts' decoded streams: no content handler of the activation framework is needed.
        MimeMultipart parts = new MimeMultipart(mail.getDataHandler().getDataSource());
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        String text = decoded(parts.getBodyPart(0));
        String html = decoded(parts.getBodyPart(1));
        String link = MAIL_BASE_URL + "/#/conversations/" + conversation;
        assertTrue(text, text.contains(link));
        assertTrue(text, text.contains("Porter des courses"));
        assertTrue(html, html.contains("href=\"" + link + "\""));
        assertFalse(html, html.contains("<img"));
        // Only the recipient's address, never the helper's.
        for (String part : List.of(text, html, mail.getSubject())) {
            assertFalse(part, part.contains(helperEmail));
        }
        Thread.sleep(Duration.ofSeconds(12).toMillis());
        assertEquals("still exactly one mail after further runs of the job", 1, mailsTo(authorEmail).size());
        assertEquals("the helper got nothing", 0, mailsTo(helperEmail).size());
    }

    @Test
    public void mailsWaitWhileTheServerIsDownAndGoOutOnceWhenItIsBack() throws Exception {
        double[] at = freshArea();
        String authorEmail = Residents.uniqueEmail("mail.waiting");
        String author = Residents.signedIn(api, authorEmail, at[0], at[1]);
        String helper = Residents.signedIn(api, Residents.uniqueEmail("mail.helper"), at[0], at[1]);
        String post = post(author, "Tondre la pelouse", at);

        answer(post, helper);
        // The job runs every 5 s: at least one attempt meets the closed port and is put off by 30 s.
        Thread.sleep(Duration.ofSeconds(12).toMillis());
        startSmtp();
        MimeMessage mail = awaitOne(authorEmail, Duration.ofSeconds(90));
        assertEquals("Quelqu'un répond à votre annonce", mail.getSubject());
        Thread.sleep(Duration.ofSeconds(12).toMillis());
        assertEquals("exactly one mail once the server is back", 1, mailsTo(authorEmail).size());
    }

    private static String decoded(BodyPart part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void startSmtp() {
        int port = Integer.parseInt(System.getProperty(SMTP_PORT));
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
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

    private List<MimeMessage> mailsTo(String recipient) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            for (Address to : mail.getAllRecipients()) {
                if (to.toString().equalsIgnoreCase(recipient)) {
                    found.add(mail);
                }
            }
        }
        return found;
    }

    private String post(String token, String title, double[] at) throws Exception {
        String body = "{\"kind\":\"REQUEST\",\"category\":\"errands\",\"title\":\"" + title
                + "\",\"body\":\"Merci d'avance pour un coup de main.\",\"location\":{\"lat\":" + at[0]
                + ",\"lon\":" + at[1] + "}}";
        Api.Reply created = api.post("/posts", body, token);
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("id").asText();
    }

    private String answer(String post, String helper) throws Exception {
        Api.Reply answer = api.post("/posts/" + post + "/responses", "{\"message\":\"Je peux passer demain.\"}",
                helper);
        assertEquals(answer.toString(), 201, answer.status());
        return answer.json().path("id").asText();
    }

    /** An area of its own in Brittany, away from the other classes' posts. */
    private static double[] freshArea() {
        int slot = AREAS.getAndIncrement();
        return new double[] {48.0 + slot * 0.5, -3.5};
    }
}
