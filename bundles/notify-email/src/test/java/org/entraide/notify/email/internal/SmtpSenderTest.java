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
package org.entraide.notify.email.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import javax.mail.Multipart;
import javax.mail.internet.MimeMessage;
import org.entraide.services.notification.DeliveryResult;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The email channel against a real SMTP server (GreenMail), one that refuses, and none. */
public class SmtpSenderTest {

    private GreenMail smtp;
    private int port;

    @Before
    public void startServer() throws IOException {
        port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @After
    public void stopServer() {
        smtp.stop();
    }

    @Test
    public void aDeliveryBecomesOneMultipartMailInTheRecipientsLanguage() throws Exception {
        EmailChannel channel = channel(port, "");
        DeliveryResult result = channel.send(MailTextTest.delivery("en", "post.response", Map.of("title", "Soupe")));
        assertEquals(DeliveryResult.Status.SENT, result.status());
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        assertEquals("alice@example.org", mail.getAllRecipients()[0].toString());
        assertEquals(1, mail.getAllRecipients().length);
        assertEquals("Someone answered your post", mail.getSubject());
        assertEquals("en", mail.getHeader("Content-Language")[0]);
        assertTrue(mail.getContentType(), mail.getContentType().startsWith("multipart/alternative"));
        Multipart parts = (Multipart) mail.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("http://localhost:8181/#/conversations/c1"));
    }

    @Test
    public void nothingIsSentWhileNoHostIsSet() {
        smtp.stop();
        DeliveryResult result = channel(port, null).send(MailTextTest.delivery("fr", "post.message", Map.of()));
        assertEquals(DeliveryResult.Status.RETRY, result.status());
        assertTrue(result.reason(), result.reason().contains("No SMTP host"));
    }

    @Test
    public void anUnreachableServerIsATemporaryFailure() {
        smtp.stop();
        DeliveryResult result = channel(port, "").send(MailTextTest.delivery("fr", "post.message", Map.of()));
        assertEquals(DeliveryResult.Status.RETRY, result.status());
    }

    @Test
    public void aRefusedRecipientIsAPermanentFailureAndABusyServerATemporaryOne() throws Exception {
        assertEquals(DeliveryResult.Status.FAILED, refusing("550 5.1.1 No such user here").status());
        assertTrue(refusing("550 5.1.1 No such user here").reason().contains("550"));
        assertEquals(DeliveryResult.Status.RETRY, refusing("451 4.3.0 Try again later").status());
    }

    @Test
    public void badSettingsAreNamedAndMailsWait() {
        MailSettings settings = MailSettings.of(config("smtp.example.org", 0, "not an address", "ftp://x"));
        assertTrue(settings.problem(), settings.problem().contains("port must be from 1 to 65535"));
        assertTrue(settings.problem(), settings.problem().contains("from is not an email address"));
        assertTrue(settings.problem(), settings.problem().contains("baseUrl must be an http or https address"));
        EmailChannel channel = new EmailChannel();
        channel.configure(config("smtp.example.org", 587, "", "http://localhost:8181"));
        DeliveryResult result = channel.send(MailTextTest.delivery("fr", "post.message", Map.of()));
        assertEquals(DeliveryResult.Status.RETRY, result.status());
        assertTrue(result.reason(), result.reason().contains("from must be set"));
    }

    /** Sends one mail to a server that answers every RCPT TO with this reply. */
    private DeliveryResult refusing(String reply) throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            Thread script = new Thread(() -> answer(server, reply));
            script.setDaemon(true);
            script.start();
            return channel(server.getLocalPort(), "").send(MailTextTest.delivery("fr", "post.message", Map.of()));
        }
    }

    private static void answer(ServerSocket server, String refusal) {
        try (Socket client = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            write(out, "220 test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    write(out, "250 test");
                } else if (command.startsWith("MAIL")) {
                    write(out, "250 OK");
                } else if (command.startsWith("RCPT")) {
                    write(out, refusal);
                } else if (command.startsWith("QUIT")) {
                    write(out, "221 bye");
                    return;
                } else {
                    write(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // The test reads the sender's result; a broken script shows there.
        }
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** A channel on 127.0.0.1 at this port, without STARTTLS; {@code null} host: none set. */
    private static EmailChannel channel(int port, String host) {
        EmailChannel channel = new EmailChannel();
        channel.configure(new TestConfig(host == null ? "" : "127.0.0.1", port, false,
                "Entraide <entraide@example.org>", "http://localhost:8181"));
        return channel;
    }

    private static MailConfig config(String host, int port, String from, String baseUrl) {
        return new TestConfig(host, port, false, from, baseUrl);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Settings as Configuration Admin would give them. */
    private record TestConfig(String host, int port, boolean startTls, String from, String baseUrl)
            implements MailConfig {

        @Override
        public String username() {
            return "";
        }

        @Override
        public String password() {
            return "";
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return MailConfig.class;
        }
    }
}
