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
package org.entraide.notify.webpush.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.entraide.services.notification.Delivery;
import org.entraide.services.notification.DeliveryResult;
import org.entraide.services.notification.NotificationChannel;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web push channel: a delivery goes to every browser its recipient subscribed, each message encrypted for
 * that browser (RFC 8291) and signed with the platform's VAPID key (RFC 8292). A push service that answers 404 or
 * 410 has dropped the subscription, which is then forgotten.
 *
 * <p>The delivery's result sums up its browsers: any temporary failure makes the whole delivery tried again (the
 * browsers that already had it get it again under the same {@code tag}, so they show it once); otherwise sent if
 * one browser took it; otherwise failed. A recipient with no subscription has nothing to receive: that delivery
 * is sent, as there is nothing to do. Transactional messages ({@code account.*} kinds: verifying an address,
 * resetting a password) never go by push; should the core hand one, it fails without being sent.
 */
@Component(service = NotificationChannel.class, configurationPid = WebPushChannel.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = NotificationChannel.CHANNEL_PROPERTY + "=" + WebPushChannel.KEY)
@Designate(ocd = PushConfig.class)
public class WebPushChannel implements NotificationChannel {

    static final String KEY = "push";
    static final String PID = "org.entraide.push";
    static final String MAIL_PID = "org.entraide.mail";
    static final int MAX_TTL_SECONDS = 2_419_200;
    /** The subject when neither this configuration nor the mail's gives one. */
    static final String FALLBACK_SUBJECT = "mailto:postmaster@localhost";

    private static final Logger LOG = LoggerFactory.getLogger(WebPushChannel.class);

    private final PushStore store;
    private final PushSender sender = new PushSender();
    private volatile String configuredSubject = "";
    private volatile int ttlSeconds = PushSender.DEFAULT_TTL_SECONDS;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ConfigurationAdmin configurations;

    @Activate
    public WebPushChannel(@Reference(name = "dataSource", target = "(osgi.jndi.service.name=entraide)")
            DataSource dataSource, PushConfig config) {
        this.store = new PushStore(dataSource);
        configure(config);
    }

    @Modified
    void configure(PushConfig config) {
        String subject = config.subject() == null ? "" : config.subject().trim();
        if (!subject.isEmpty() && !validSubject(subject)) {
            LOG.error("subject in etc/org.entraide.push.cfg must be mailto: or an https URL, not {}: ignored",
                    subject);
            subject = "";
        }
        configuredSubject = subject;
        ttlSeconds = Math.max(0, Math.min(MAX_TTL_SECONDS, config.ttlSeconds()));
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public DeliveryResult send(Delivery delivery) {
        if (delivery.kind() == null || delivery.kind().startsWith("account.")) {
            return DeliveryResult.failed("Web push never carries transactional messages (" + delivery.kind() + ")");
        }
        if (delivery.recipientId() == null) {
            return DeliveryResult.failed("The delivery names no recipient account");
        }
        List<PushStore.Subscription> subscriptions = store.of(delivery.recipientId());
        if (subscriptions.isEmpty()) {
            return DeliveryResult.sent();
        }
        VapidKeys keys = store.keys();
        byte[] message = PushText.of(delivery).json(delivery.notificationId());
        String subject = subject();
        String urgency = urgency(delivery.kind());
        boolean sent = false;
        List<String> retries = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (PushStore.Subscription subscription : subscriptions) {
            URI endpoint = URI.create(subscription.endpoint());
            byte[] body = MessageEncryption.encrypt(message, P256.fromBase64Url(subscription.p256dh()),
                    P256.fromBase64Url(subscription.auth()));
            String authorization = Vapid.authorization(keys, endpoint, subject, Instant.now());
            PushSender.Result result = sender.send(endpoint, body, authorization, ttlSeconds, urgency);
            switch (result.outcome()) {
                case SENT -> sent = true;
                case GONE -> {
                    store.remove(subscription.endpoint());
                    LOG.debug("Push subscription of {} at {} gone: forgotten", delivery.recipientId(),
                            Vapid.origin(endpoint));
                    failures.add(result.reason() + " (subscription forgotten)");
                }
                case RETRY -> retries.add(result.reason());
                default -> failures.add(result.reason());
            }
        }
        if (!retries.isEmpty()) {
            return DeliveryResult.retry(String.join("; ", retries));
        }
        return sent ? DeliveryResult.sent() : DeliveryResult.failed(String.join("; ", failures));
    }

    /** {@code high} for what someone awaits (an answer, a message), {@code normal} for the rest. */
    static String urgency(String kind) {
        return "post.response".equals(kind) || "post.message".equals(kind) ? "high" : "normal";
    }

    /** The VAPID {@code sub}: this configuration's, else derived from the mail configuration. */
    String subject() {
        if (!configuredSubject.isEmpty()) {
            return configuredSubject;
        }
        ConfigurationAdmin admin = configurations;
        if (admin != null) {
            try {
                Configuration[] mail = admin.listConfigurations("(service.pid=" + MAIL_PID + ")");
                if (mail != null && mail.length > 0 && mail[0].getProperties() != null) {
                    return derivedSubject(mail[0].getProperties());
                }
            } catch (IOException | InvalidSyntaxException e) {
                LOG.debug("The mail configuration could not be read for the VAPID subject", e);
            }
        }
        return FALLBACK_SUBJECT;
    }

    /** mailto: the mail's sender address, else its https base URL, else {@link #FALLBACK_SUBJECT}. */
    static String derivedSubject(Dictionary<String, ?> mail) {
        Object from = mail.get("from");
        if (from instanceof String && !((String) from).isBlank()) {
            String address = (String) from;
            int open = address.indexOf('<');
            int close = address.indexOf('>', open + 1);
            if (open >= 0 && close > open) {
                address = address.substring(open + 1, close);
            }
            address = address.trim();
            if (address.matches("[^\\s@<>]+@[^\\s@<>]+")) {
                return "mailto:" + address;
            }
        }
        Object baseUrl = mail.get("baseUrl");
        if (baseUrl instanceof String && validSubject(((String) baseUrl).trim())) {
            return ((String) baseUrl).trim();
        }
        return FALLBACK_SUBJECT;
    }

    static boolean validSubject(String subject) {
        String lower = subject.toLowerCase(Locale.ROOT);
        return (lower.startsWith("mailto:") && lower.length() > "mailto:".length()) || lower.startsWith("https://");
    }
}
