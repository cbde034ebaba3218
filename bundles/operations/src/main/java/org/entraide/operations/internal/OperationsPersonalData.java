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
package org.entraide.operations.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.identity.PersonalDataContributor;
import org.entraide.support.json.Attributes;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A resident's participations in operations, in their export; erased with the account. */
@Component(service = PersonalDataContributor.class)
public class OperationsPersonalData implements PersonalDataContributor {

    @Reference(target = "(osgi.unit.name=entraide-operations)")
    private JpaTemplate jpa;

    @Override
    public String section() {
        return "participations";
    }

    @Override
    public Object export(String accountId) {
        List<ParticipationEntity> rows = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT p FROM ParticipationEntity p WHERE p.participantId = :me ORDER BY p.createdAt",
                ParticipationEntity.class).setParameter("me", accountId).getResultList());
        return rows.stream().map(p -> Map.of("operationId", p.operationId, "attributes", Attributes.read(p.attributes),
                "status", p.status, "createdAt", p.createdAt.toString())).collect(Collectors.toList());
    }

    @Override
    public void erase(String accountId) {
        jpa.tx(TransactionType.Required, em -> {
            List<String> joined = em.createQuery(
                    "SELECT p.operationId FROM ParticipationEntity p WHERE p.participantId = :me", String.class)
                    .setParameter("me", accountId).getResultList();
            for (String operationId : joined) {
                em.createQuery("UPDATE OperationEntity o SET o.participationsCount = o.participationsCount - 1"
                        + " WHERE o.id = :op AND o.participationsCount > 0").setParameter("op", operationId)
                        .executeUpdate();
            }
            em.createQuery("DELETE FROM ParticipationEntity p WHERE p.participantId = :me")
                    .setParameter("me", accountId).executeUpdate();
        });
    }
}
