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

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.mail.Address;
import javax.mail.BodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

/**
 * The real SMTP server of the mail tests (GreenMail, in the container, on the port etc/org.entraide.mail.cfg names
 * for the whole suite), and what the tests read in the mails it received. While it is stopped, mails wait in the
 * outbox and are retried, as with any server that is down.
 */
final class Mailbox implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final GreenMail smtp;

    private Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    static Mailbox start() {
        int port = Integer.parseInt(System.getProperty(EntraideTestSupport.SMTP_PORT));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new Mailbox(smtp);
    }

    @Override
    public void close() {
        smtp.stop();
    }

    /** Every mail received for this recipient, oldest first. */
    List<MimeMessage> to(String recipient) throws Exception {
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

    /** Mails to this recipient with this subject. */
    List<MimeMessage> to(String recipient, String subject) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : to(recipient)) {
            if (subject.equals(mail.getSubject())) {
                found.add(mail);
            }
        }
        return found;
    }

    /** Waits for the one mail with this subject to this recipient, and checks there is only one. */
    MimeMessage awaitOne(String recipient, String subject, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mails = to(recipient, subject);
            if (!mails.isEmpty()) {
                assertEquals("one mail \"" + subject + "\" to " + recipient, 1, mails.size());
                return mails.get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No mail \"" + subject + "\" to " + recipient + " within " + timeout);
    }

    /**
     * The token of the link to this route in the latest mail to this recipient that has one, waiting for it;
     * {@code null} if none came within the timeout.
     */
    String awaitToken(String recipient, String route, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mails = to(recipient);
            for (int i = mails.size() - 1; i >= 0; i--) {
                if (parts(mails.get(i)).get(0).contains(route)) {
                    return token(mails.get(i), route);
                }
            }
            Thread.sleep(500);
        }
        return null;
    }

    /** The mail's parts, plain text then HTML, read through their decoded streams. */
    static List<String> parts(MimeMessage mail) throws Exception {
        // No content handler of the activation framework is needed this way.
        MimeMultipart multipart = new MimeMultipart(mail.getDataHandler().getDataSource());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            parts.add(decoded(multipart.getBodyPart(i)));
        }
        return parts;
    }

    /** The token of the link to this route in the mail's plain text, such as {@code /#/verify-email/}. */
    static String token(MimeMessage mail, String route) throws Exception {
        String text = parts(mail).get(0);
        int at = text.indexOf(route);
        if (at < 0) {
            throw new AssertionError("No link to " + route + " in: " + text);
        }
        Matcher token = TOKEN.matcher(text.substring(at + route.length()));
        if (!token.lookingAt()) {
            throw new AssertionError("No token after " + route + " in: " + text);
        }
        return token.group();
    }

    private static String decoded(BodyPart part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
