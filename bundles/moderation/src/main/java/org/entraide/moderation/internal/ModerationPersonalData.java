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
package org.entraide.moderation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.PersonalDataContributor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A resident's lines of the moderation log in their export: the actions they took as a moderator, and those taken
 * on their account (a suspension and its reason). On erasure the log keeps its lines, which moderators answer for,
 * but unlinks them from the account: its actions lose who did them, the lines about it lose its name.
 */
@Component(service = PersonalDataContributor.class)
public class ModerationPersonalData implements PersonalDataContributor {

    @Reference(target = "(osgi.unit.name=entraide-moderation)")
    private JpaTemplate jpa;

    @Reference
    private IdentityService identity;

    @Override
    public String section() {
        return "moderation";
    }

    @Override
    public Object export(String accountId) {
        List<ModerationLogEntity> rows = new ModerationLog(() -> jpa, () -> identity).of(accountId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("actionsTaken", rows.stream().filter(r -> accountId.equals(r.moderatorId))
                .map(ModerationPersonalData::line).collect(Collectors.toList()));
        data.put("actionsOnAccount", rows.stream().filter(r -> "ACCOUNT".equals(r.targetType)
                && accountId.equals(r.targetId)).map(ModerationPersonalData::line).collect(Collectors.toList()));
        return data;
    }

    @Override
    public void erase(String accountId) {
        new ModerationLog(() -> jpa, () -> identity).erase(accountId);
    }

    private static Map<String, Object> line(ModerationLogEntity row) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("at", row.createdAt.toString());
        line.put("action", row.action);
        line.put("targetType", row.targetType);
        line.put("targetId", row.targetId);
        line.put("reason", row.reason);
        line.put("until", row.until == null ? null : row.until.toString());
        return line;
    }
}
