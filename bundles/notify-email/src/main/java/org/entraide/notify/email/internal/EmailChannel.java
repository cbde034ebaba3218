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

import org.entraide.services.notification.Delivery;
import org.entraide.services.notification.DeliveryResult;
import org.entraide.services.notification.NotificationChannel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The email channel: each delivery becomes one multipart mail (plain text and HTML) in the recipient's language,
 * sent over the SMTP server of etc/org.entraide.mail.cfg. While no server is set, or its settings cannot work,
 * every delivery is answered "try again" without sending: mails wait in the outbox. A delivery with an
 * unsubscribe token (every one but the transactional ones) gets RFC 8058's one-click headers and a visible link.
 */
@Component(service = NotificationChannel.class, configurationPid = "org.entraide.mail",
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = NotificationChannel.CHANNEL_PROPERTY + "=" + EmailChannel.KEY)
@Designate(ocd = MailConfig.class)
public class EmailChannel implements NotificationChannel {

    static final String KEY = "email";

    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);

    private volatile MailSettings settings;

    @Activate
    @Modified
    void configure(MailConfig config) {
        MailSettings read = MailSettings.of(config);
        if (read.problem() != null) {
            LOG.error("Mails wait: {}", read.problem());
        } else if (!read.configured()) {
            LOG.info("No SMTP host in etc/org.entraide.mail.cfg: mails wait until one is set");
        } else {
            LOG.info("Mails go through {}:{}", read.host(), read.port());
        }
        settings = read;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public DeliveryResult send(Delivery delivery) {
        MailSettings current = settings;
        if (current.problem() != null) {
            return DeliveryResult.retry(current.problem());
        }
        if (!current.configured()) {
            return DeliveryResult.retry("No SMTP host in etc/org.entraide.mail.cfg");
        }
        MailText text = MailText.of(delivery, current.baseUrl());
        return SmtpSender.send(current, delivery.recipientEmail(), text, MailText.languageTag(delivery),
                delivery.id(), MailText.oneClickAddress(delivery, current.baseUrl()));
    }
}
