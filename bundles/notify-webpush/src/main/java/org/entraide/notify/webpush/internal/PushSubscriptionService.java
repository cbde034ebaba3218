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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.entraide.services.identity.PersonalDataContributor;
import org.entraide.services.notification.PushSubscriptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Residents' push subscriptions, for the REST layer, and as part of their personal data (section
 * {@value #SECTION}: each endpoint and when it was subscribed; the browser's keys, secrets of the browser rather
 * than facts about the person, are left out). The VAPID keys are made at the first start, here, so that the
 * public key is ready before any browser asks.
 */
@Component(service = {PushSubscriptions.class, PersonalDataContributor.class})
public class PushSubscriptionService implements PushSubscriptions, PersonalDataContributor {

    static final String SECTION = "pushSubscriptions";

    private static final Logger LOG = LoggerFactory.getLogger(PushSubscriptionService.class);

    private final PushStore store;

    @Activate
    public PushSubscriptionService(@Reference(name = "dataSource", target = "(osgi.jndi.service.name=entraide)")
            DataSource dataSource) {
        this.store = new PushStore(dataSource);
        try {
            LOG.info("Web push VAPID public key {}", store.keys().publicText());
        } catch (IllegalStateException e) {
            LOG.error("The VAPID keys are not available yet; they are made or read at the first use", e);
        }
    }

    @Override
    public String vapidPublicKey() {
        return store.keys().publicText();
    }

    @Override
    public void subscribe(String accountId, String endpoint, String p256dh, String auth) {
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("accountId is required");
        }
        SubscriptionRules.check(endpoint, p256dh, auth);
        store.subscribe(accountId, endpoint, p256dh, auth, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @Override
    public void unsubscribe(String accountId, String endpoint) {
        if (accountId == null || endpoint == null || endpoint.length() > MAX_ENDPOINT_LENGTH) {
            return;
        }
        store.unsubscribe(accountId, endpoint);
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public Object export(String accountId) {
        List<PushStore.Subscription> subscriptions = store.of(accountId);
        return subscriptions.stream().map(subscription -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("endpoint", subscription.endpoint());
            item.put("createdAt", subscription.createdAt().toString());
            return item;
        }).collect(Collectors.toList());
    }

    @Override
    public void erase(String accountId) {
        store.erase(accountId);
    }
}
