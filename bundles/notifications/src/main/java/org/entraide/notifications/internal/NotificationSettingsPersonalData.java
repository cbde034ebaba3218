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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.identity.PersonalDataContributor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A resident's notification settings in their export (section {@value #SECTION}: the choices that differ from
 * the defaults, channel then kind), and, with their account, the erasure of those choices, of their unsubscribe
 * tokens and of the state and items of their digests (the digests themselves are notifications, erased by
 * {@link NotificationPersonalData}).
 */
@Component(service = PersonalDataContributor.class)
public class NotificationSettingsPersonalData implements PersonalDataContributor {

    static final String SECTION = "notificationSettings";

    private final JpaTemplate jpa;

    @Activate
    public NotificationSettingsPersonalData(
            @Reference(name = "jpa", target = "(osgi.unit.name=entraide-notifications)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public Object export(String accountId) {
        List<SettingEntity> rows = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT s FROM SettingEntity s WHERE s.accountId = :account", SettingEntity.class)
                .setParameter("account", accountId).getResultList());
        Map<String, Map<String, String>> chosen = new TreeMap<>();
        for (SettingEntity row : rows) {
            chosen.computeIfAbsent(row.channel, channel -> new TreeMap<>()).put(row.kind, row.frequency);
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("choices", chosen);
        return section;
    }

    @Override
    public void erase(String accountId) {
        jpa.tx(TransactionType.Required, em -> {
            for (String entity : List.of("SettingEntity", "UnsubscribeEntity", "DigestStateEntity")) {
                em.createQuery("DELETE FROM " + entity + " e WHERE e.accountId = :account")
                        .setParameter("account", accountId).executeUpdate();
            }
            em.createQuery("DELETE FROM DigestItemEntity e WHERE e.recipientId = :account")
                    .setParameter("account", accountId).executeUpdate();
        });
    }
}
