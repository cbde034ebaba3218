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

import com.sun.mail.smtp.SMTPAddressFailedException;
import com.sun.mail.smtp.SMTPSendFailedException;
import com.sun.mail.smtp.SMTPTransport;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import javax.mail.Address;
import javax.mail.AuthenticationFailedException;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.URLName;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import org.entraide.services.notification.DeliveryResult;

/**
 * Sends one mail over SMTP with javax.mail and tells how it went: a 5xx reply is a permanent failure, anything
 * else that fails (no connection, a 4xx reply, a refused sign-in) is temporary.
 *
 * <p>The transport is made directly rather than looked up by javax.mail's provider files, which another
 * javax.mail API bundle of the container may not see; the thread's context class loader is javax.mail's while
 * a message is built and sent, so that the activation framework finds its content handlers in OSGi.
 */
final class SmtpSender {

    /** Milliseconds allowed to connect, and to each read and write. */
    static final int TIMEOUT_MILLIS = 10_000;

    private SmtpSender() {
    }

    /** Builds the multipart/alternative message of this text for this recipient. */
    static MimeMessage message(Session session, InternetAddress from, String recipient, MailText text,
            String language, String messageKey) throws MessagingException {
        return message(session, from, recipient, text, language, messageKey, null);
    }

    /**
     * Builds the message; with an {@code unsubscribeUrl} (optional mails only), the RFC 8058 headers
     * {@code List-Unsubscribe: <url>} and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}.
     */
    static MimeMessage message(Session session, InternetAddress from, String recipient, MailText text,
            String language, String messageKey, String unsubscribeUrl) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(text.subject(), StandardCharsets.UTF_8.name());
        message.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        message.setHeader("Content-Language", language);
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Entraide-Delivery", messageKey);
        if (unsubscribeUrl != null) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(text.html(), StandardCharsets.UTF_8.name(), "html");
        // Least preferred first (RFC 2046): plain text, then HTML.
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** A session for these settings; nothing is connected yet. */
    static Session session(MailSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty("mail.smtp.auth", Boolean.toString(!settings.username().isEmpty()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
        return Session.getInstance(properties);
    }

    /** Sends one mail and says how it went; never throws. */
    static DeliveryResult send(MailSettings settings, String recipient, MailText text, String language,
            String messageKey) {
        return send(settings, recipient, text, language, messageKey, null);
    }

    /** Sends one mail, with the one-click unsubscribe headers when {@code unsubscribeUrl} is given; never throws. */
    static DeliveryResult send(MailSettings settings, String recipient, MailText text, String language,
            String messageKey, String unsubscribeUrl) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            Session session = session(settings);
            MimeMessage message = message(session, settings.from(), recipient, text, language, messageKey,
                    unsubscribeUrl);
            SMTPTransport transport = new SMTPTransport(session, new URLName("smtp", settings.host(),
                    settings.port(), null, null, null));
            try {
                transport.connect(settings.host(), settings.port(),
                        settings.username().isEmpty() ? null : settings.username(),
                        settings.username().isEmpty() ? null : settings.password());
                Address[] to = message.getAllRecipients();
                transport.sendMessage(message, to);
            } finally {
                close(transport);
            }
            return DeliveryResult.sent();
        } catch (AddressException e) {
            return DeliveryResult.failed("Not an email address: " + e.getMessage());
        } catch (MessagingException e) {
            return classify(e);
        } catch (RuntimeException e) {
            return DeliveryResult.retry("Unexpected " + e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A 5xx reply anywhere in the chain fails for good; anything else is tried again. */
    static DeliveryResult classify(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return DeliveryResult.retry("SMTP sign-in refused: " + failure.getMessage());
        }
        Throwable cause = failure;
        while (cause != null) {
            int code = replyCode(cause);
            if (code >= 500 && code < 600) {
                return DeliveryResult.failed("SMTP " + code + ": " + oneLine(cause.getMessage()));
            }
            if (code >= 400) {
                return DeliveryResult.retry("SMTP " + code + ": " + oneLine(cause.getMessage()));
            }
            Throwable next = cause instanceof MessagingException ? ((MessagingException) cause).getNextException()
                    : null;
            cause = next != null ? next : cause.getCause();
        }
        return DeliveryResult.retry(oneLine(failure.toString()));
    }

    private static int replyCode(Throwable failure) {
        if (failure instanceof SMTPAddressFailedException) {
            return ((SMTPAddressFailedException) failure).getReturnCode();
        }
        if (failure instanceof SMTPSendFailedException) {
            return ((SMTPSendFailedException) failure).getReturnCode();
        }
        return -1;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    private static void close(SMTPTransport transport) {
        try {
            transport.close();
        } catch (MessagingException alreadyGone) {
            // The mail's fate is known already; a failed QUIT changes nothing.
        }
    }
}
