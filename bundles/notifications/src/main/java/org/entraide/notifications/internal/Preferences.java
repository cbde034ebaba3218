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

import static org.entraide.services.notification.NotificationSettings.EMAIL;
import static org.entraide.services.notification.NotificationSettings.PUSH;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ValidationException;
import org.entraide.services.notification.NotificationFrequency;
import org.entraide.services.notification.NotificationSettings;

/**
 * A resident's choices: the defaults of issue 15 with the rows of {@code notification_setting} over them, and
 * the rules of a change. Only the choices that differ from the defaults are stored, so a change of defaults
 * reaches everyone who did not choose.
 */
final class Preferences {

    /** The kinds a resident chooses for, in the order the settings screen shows them. */
    static final List<String> KINDS = List.of("post.response", "post.message", "post.status", "post.expiring",
            "alert.match", "actor.manager", "actor.operation", "operation.participation", "operation.decision",
            "operation.changed", "operation.closed", "request.escalated", "request.forwarded",
            "moderation.hidden", "report.outcome");
    /** The channels and the frequencies each takes. */
    static final Map<String, List<NotificationFrequency>> CHANNELS = channels();
    /** Kinds told at once by email unless chosen otherwise; every other kind is in the daily digest. */
    static final Set<String> INSTANT_EMAIL = Set.of("post.response", "post.message");
    /** Kinds pushed at once unless chosen otherwise; no other kind is pushed. */
    static final Set<String> INSTANT_PUSH = Set.of("post.response", "post.message", "alert.match");

    /** Nobody's choice: the defaults alone. */
    static final Preferences DEFAULTS = new Preferences(Map.of());

    /** Choices that differ from the defaults, by {@code channel + " " + kind}. */
    private final Map<String, NotificationFrequency> chosen;

    Preferences(Map<String, NotificationFrequency> chosen) {
        this.chosen = Map.copyOf(chosen);
    }

    /** The account's choices as stored. */
    static Preferences read(EntityManager em, String accountId) {
        List<SettingEntity> rows = em.createQuery("SELECT s FROM SettingEntity s WHERE s.accountId = :account",
                SettingEntity.class).setParameter("account", accountId).getResultList();
        Map<String, NotificationFrequency> chosen = new LinkedHashMap<>();
        for (SettingEntity row : rows) {
            NotificationFrequency frequency = parse(row.frequency);
            if (frequency != null) {
                chosen.put(key(row.channel, row.kind), frequency);
            }
        }
        return new Preferences(chosen);
    }

    /** The default for a kind on a channel; a kind outside {@link #KINDS} is treated as "every other kind". */
    static NotificationFrequency byDefault(String channel, String kind) {
        if (EMAIL.equals(channel)) {
            return INSTANT_EMAIL.contains(kind) ? NotificationFrequency.INSTANT : NotificationFrequency.DAILY;
        }
        if (PUSH.equals(channel)) {
            return INSTANT_PUSH.contains(kind) ? NotificationFrequency.INSTANT : NotificationFrequency.OFF;
        }
        return NotificationFrequency.OFF;
    }

    /** How this kind is told through this channel. */
    NotificationFrequency frequency(String channel, String kind) {
        NotificationFrequency frequency = chosen.get(key(channel, kind));
        return frequency != null ? frequency : byDefault(channel, kind);
    }

    /** Every channel, then every kind of {@link #KINDS}, with its frequency. */
    Map<String, Map<String, NotificationFrequency>> all() {
        Map<String, Map<String, NotificationFrequency>> all = new LinkedHashMap<>();
        for (String channel : CHANNELS.keySet()) {
            Map<String, NotificationFrequency> kinds = new LinkedHashMap<>();
            for (String kind : KINDS) {
                kinds.put(kind, frequency(channel, kind));
            }
            all.put(channel, kinds);
        }
        return all;
    }

    /** Whether messages of this kind are transactional: always sent by email, never optional. */
    static boolean transactional(String kind) {
        return kind != null && kind.startsWith(NotificationSettings.TRANSACTIONAL_PREFIX);
    }

    /**
     * The changes of a {@code PUT}, checked all at once: each error names {@code channel} or {@code channel.kind}.
     *
     * @throws ValidationException if any entry breaks a rule
     */
    static List<Change> check(Map<String, Map<String, String>> changes) {
        if (changes == null) {
            throw new ValidationException(FieldError.of("body", "required", "un objet JSON des canaux est attendu",
                    "a JSON object of channels is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        List<Change> checked = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> channel : changes.entrySet()) {
            String name = channel.getKey();
            List<NotificationFrequency> allowed = CHANNELS.get(name);
            if (allowed == null) {
                String channels = String.join(", ", CHANNELS.keySet());
                errors.add(FieldError.of(String.valueOf(name), "unknown_field",
                        "canal inconnu : doit être l'un de " + channels,
                        "unknown channel: must be one of " + channels));
                continue;
            }
            if (channel.getValue() == null) {
                errors.add(FieldError.of(name, "wrong_type", "doit être un objet des sortes de notifications",
                        "must be an object of kinds"));
                continue;
            }
            for (Map.Entry<String, String> kind : channel.getValue().entrySet()) {
                String field = name + "." + kind.getKey();
                if (!KINDS.contains(kind.getKey())) {
                    errors.add(FieldError.of(field, "unknown_field", "sorte de notification inconnue",
                            "unknown notification kind"));
                    continue;
                }
                NotificationFrequency frequency = parse(kind.getValue());
                if (frequency == null || !allowed.contains(frequency)) {
                    errors.add(FieldError.of(field, "not_a_choice", "doit être l'une des valeurs " + names(allowed),
                            "must be one of " + names(allowed)));
                    continue;
                }
                checked.add(new Change(name, kind.getKey(), frequency));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return checked;
    }

    /** One checked change. */
    record Change(String channel, String kind, NotificationFrequency frequency) {
    }

    static NotificationFrequency parse(String value) {
        if (value == null) {
            return null;
        }
        for (NotificationFrequency frequency : NotificationFrequency.values()) {
            if (frequency.name().equals(value)) {
                return frequency;
            }
        }
        return null;
    }

    private static String names(List<NotificationFrequency> frequencies) {
        List<String> names = new ArrayList<>();
        frequencies.forEach(frequency -> names.add(frequency.name()));
        return String.join(", ", names);
    }

    private static String key(String channel, String kind) {
        return channel + " " + kind;
    }

    private static Map<String, List<NotificationFrequency>> channels() {
        Map<String, List<NotificationFrequency>> channels = new LinkedHashMap<>();
        channels.put(EMAIL, List.of(NotificationFrequency.INSTANT, NotificationFrequency.DAILY,
                NotificationFrequency.WEEKLY, NotificationFrequency.OFF));
        channels.put(PUSH, List.of(NotificationFrequency.INSTANT, NotificationFrequency.OFF));
        return java.util.Collections.unmodifiableMap(channels);
    }
}
