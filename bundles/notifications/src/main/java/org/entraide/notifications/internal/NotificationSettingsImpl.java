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

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.notification.NotificationFrequency;
import org.entraide.services.notification.NotificationSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Residents' choices on the {@code entraide-notifications} unit (see {@link Preferences} for the defaults and
 * rules). A change writes only the choices that differ from the defaults and deletes those set back to them.
 */
@Component(service = NotificationSettings.class)
public class NotificationSettingsImpl implements NotificationSettings {

    private final JpaTemplate jpa;

    @Activate
    public NotificationSettingsImpl(
            @Reference(name = "jpa", target = "(osgi.unit.name=entraide-notifications)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public List<String> kinds() {
        return Preferences.KINDS;
    }

    @Override
    public Map<String, List<NotificationFrequency>> channels() {
        return Preferences.CHANNELS;
    }

    @Override
    public Map<String, Map<String, NotificationFrequency>> settings(String accountId) {
        Objects.requireNonNull(accountId, "accountId");
        return jpa.txExpr(TransactionType.Required, em -> Preferences.read(em, accountId).all());
    }

    @Override
    public Map<String, Map<String, NotificationFrequency>> change(String accountId,
            Map<String, Map<String, String>> changes) {
        Objects.requireNonNull(accountId, "accountId");
        List<Preferences.Change> checked = Preferences.check(changes);
        return jpa.txExpr(TransactionType.Required, em -> {
            for (Preferences.Change change : checked) {
                set(em, accountId, change.channel(), change.kind(), change.frequency());
            }
            return Preferences.read(em, accountId).all();
        });
    }

    @Override
    public boolean unsubscribe(String token) {
        return jpa.txExpr(TransactionType.Required, em -> {
            UnsubscribeEntity found = UnsubscribeTokens.find(em, token);
            if (found == null) {
                return false;
            }
            NotificationFrequency digest = Digests.frequencyOf(found.kind);
            if (digest == null) {
                set(em, found.accountId, found.channel, found.kind, NotificationFrequency.OFF);
                return true;
            }
            // A digest's token: every kind of that digest's frequency off by email.
            Preferences chosen = Preferences.read(em, found.accountId);
            for (String kind : Preferences.KINDS) {
                if (chosen.frequency(NotificationSettings.EMAIL, kind) == digest) {
                    set(em, found.accountId, NotificationSettings.EMAIL, kind, NotificationFrequency.OFF);
                }
            }
            return true;
        });
    }

    /** Stores a choice: a row when it differs from the default, none when it is the default. */
    static void set(javax.persistence.EntityManager em, String accountId, String channel, String kind,
            NotificationFrequency frequency) {
        SettingEntity row = em.find(SettingEntity.class, new SettingEntity.Key(accountId, channel, kind));
        boolean byDefault = Preferences.byDefault(channel, kind) == frequency;
        if (row != null && byDefault) {
            em.remove(row);
        } else if (row != null) {
            row.frequency = frequency.name();
        } else if (!byDefault) {
            em.persist(new SettingEntity(accountId, channel, kind, frequency.name()));
        }
    }
}
