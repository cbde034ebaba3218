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
package org.entraide.notifications.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.identity.PersonalDataContributor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A resident's notifications in their export (section {@value #SECTION}), and erased with their account.
 * Notifications name their recipient only: nothing else needs anonymising. Their outbox rows go with them.
 */
@Component(service = PersonalDataContributor.class)
public class NotificationPersonalData implements PersonalDataContributor {

    static final String SECTION = "notifications";

    private final JpaTemplate jpa;

    @Activate
    public NotificationPersonalData(
            @Reference(name = "jpa", target = "(osgi.unit.name=entraide-notifications)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public Object export(String accountId) {
        List<NotificationEntity> rows = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT n FROM NotificationEntity n WHERE n.recipientId = :recipient"
                        // Transactional mails on their way hold one-use tokens, not data about the resident.
                        + NotificationRules.NOT_TRANSACTIONAL + " ORDER BY n.createdAt DESC, n.id DESC",
                NotificationEntity.class)
                .setParameter("recipient", accountId).getResultList());
        return rows.stream().map(NotificationPersonalData::exported).collect(Collectors.toList());
    }

    @Override
    public void erase(String accountId) {
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("DELETE FROM DeliveryEntity d WHERE d.recipientId = :recipient")
                    .setParameter("recipient", accountId).executeUpdate();
            em.createQuery("DELETE FROM NotificationEntity n WHERE n.recipientId = :recipient")
                    .setParameter("recipient", accountId).executeUpdate();
        });
    }

    static Map<String, Object> exported(NotificationEntity row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", row.id());
        item.put("kind", row.kind());
        item.put("subjectType", row.subjectType());
        item.put("subjectId", row.subjectId());
        item.put("data", new TreeMap<>(NotificationData.decode(row.dataJson())));
        item.put("createdAt", row.createdAt().toString());
        item.put("readAt", text(row.readAt()));
        return item;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
