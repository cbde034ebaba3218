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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.mail.internet.MimeMessage;
import org.junit.After;
import org.junit.Test;

/**
 * Mails through the email channel to a real SMTP server (GreenMail, in the container, where etc/org.entraide.mail.cfg
 * points for the whole suite): one mail per answer to a verified address, multipart, in the author's language,
 * with the link; nothing but account mails to an address not verified; and an SMTP server down then back loses
 * nothing and sends once.
 *
 * <p>A 5xx reply is not played here: GreenMail 1.6 accepts every recipient. The channel's unit tests
 * (entraide-notify-email, SmtpSenderTest) cover it against a scripted server.
 */
public class EmailIT extends EntraideTestSupport {

    private static final AtomicInteger AREAS = new AtomicInteger();
    private static final String ANSWERED_EN = "Someone answered your post";
    private static final String ANSWERED_FR = "Quelqu'un répond à votre annonce";

    private Mailbox mailbox;

    @After
    public void stopSmtp() {
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @Test
    public void anAnswerSendsOneMultipartMailToTheAuthorInTheirLanguageWithTheLink() throws Exception {
        mailbox = Mailbox.start();
        double[] at = freshArea();
        String authorEmail = Residents.uniqueEmail("mail.author");
        String author = Residents.verified(api, mailbox, authorEmail, at[0], at[1]);
        Api.Reply english = api.patch("/me", "{\"locale\":\"en\"}", author);
        assertEquals(english.toString(), 200, english.status());
        assertTrue(english.toString(), english.json().path("emailVerified").asBoolean());
        String helperEmail = Residents.uniqueEmail("mail.helper");
        String helper = Residents.signedIn(api, helperEmail, at[0], at[1]);
        String post = Posting.request(api, author, "Porter des courses", at);

        String conversation = Posting.answer(api, post, helper);

        MimeMessage mail = mailbox.awaitOne(authorEmail, ANSWERED_EN, Duration.ofSeconds(60));
        assertEquals("en", mail.getHeader("Content-Language")[0]);
        assertTrue(mail.getContentType(), mail.getContentType().startsWith("multipart/alternative"));
        List<String> parts = Mailbox.parts(mail);
        assertEquals(2, parts.size());
        String text = parts.get(0);
        String html = parts.get(1);
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
        assertEquals("still exactly one answer mail after further runs of the job", 1,
                mailbox.to(authorEmail, ANSWERED_EN).size());
        assertEquals("the helper got only the mail proving the address", List.of(Residents.VERIFICATION_SUBJECT),
                subjects(helperEmail));
    }

    @Test
    public void anAddressNotVerifiedReceivesOnlyAccountMails() throws Exception {
        mailbox = Mailbox.start();
        double[] at = freshArea();
        String authorEmail = Residents.uniqueEmail("mail.unverified");
        String author = Residents.signedIn(api, authorEmail, at[0], at[1]);
        mailbox.awaitOne(authorEmail, Residents.VERIFICATION_SUBJECT, Duration.ofSeconds(90));
        assertFalse(api.get("/me", author).json().path("emailVerified").asBoolean(true));
        String helper = Residents.signedIn(api, Residents.uniqueEmail("mail.helper"), at[0], at[1]);
        Posting.answer(api, Posting.request(api, author, "Arroser le potager", at), helper);
        Thread.sleep(Duration.ofSeconds(12).toMillis());
        assertEquals("no answer mail to an address nobody proved", List.of(Residents.VERIFICATION_SUBJECT),
                subjects(authorEmail));
        Api.Reply answers = api.get("/notifications", author);
        assertEquals("the answer is still told in the app", "post.response",
                answers.json().path("items").path(0).path("kind").asText());
    }

    @Test
    public void mailsWaitWhileTheServerIsDownAndGoOutOnceWhenItIsBack() throws Exception {
        mailbox = Mailbox.start();
        double[] at = freshArea();
        String authorEmail = Residents.uniqueEmail("mail.waiting");
        String author = Residents.verified(api, mailbox, authorEmail, at[0], at[1]);
        mailbox.close();
        String helper = Residents.signedIn(api, Residents.uniqueEmail("mail.helper"), at[0], at[1]);
        String post = Posting.request(api, author, "Tondre la pelouse", at);

        Posting.answer(api, post, helper);
        // The job runs every 5 s: at least one attempt meets the closed port and is put off by 30 s.
        Thread.sleep(Duration.ofSeconds(12).toMillis());
        mailbox = Mailbox.start();
        mailbox.awaitOne(authorEmail, ANSWERED_FR, Duration.ofSeconds(90));
        Thread.sleep(Duration.ofSeconds(12).toMillis());
        assertEquals("exactly one mail once the server is back", 1, mailbox.to(authorEmail, ANSWERED_FR).size());
    }

    private List<String> subjects(String recipient) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mailbox.to(recipient)) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    /** An area of its own in Brittany, away from the other classes' posts. */
    private static double[] freshArea() {
        int slot = AREAS.getAndIncrement();
        return new double[] {48.0 + slot * 0.5, -3.5};
    }
}
