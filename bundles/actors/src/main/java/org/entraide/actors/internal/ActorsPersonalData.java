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
package org.entraide.actors.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.identity.PersonalDataContributor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The actors a resident manages and follows, and the invitations to manage them they gave, in their export.
 * On erasure they stop managing and following and their open invitations are withdrawn; an actor left with no
 * manager is removed with its operations, since nobody could answer for it any more.
 */
@Component(service = PersonalDataContributor.class)
public class ActorsPersonalData implements PersonalDataContributor {

    @Reference(target = "(osgi.unit.name=entraide-actors)")
    private JpaTemplate jpa;

    @Override
    public String section() {
        return "actors";
    }

    @Override
    public Object export(String accountId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("manages", em.createQuery("SELECT m.actorId FROM ManagerEntity m WHERE m.accountId = :me",
                    String.class).setParameter("me", accountId).getResultList());
            data.put("invitations", em.createQuery("SELECT i FROM InvitationEntity i WHERE i.createdBy = :me",
                    InvitationEntity.class).setParameter("me", accountId).getResultList().stream()
                    .map(i -> Map.of("actorId", i.actorId, "createdAt", i.createdAt.toString(),
                            "expiresAt", i.expiresAt.toString()))
                    .collect(Collectors.toList()));
            data.put("follows", em.createQuery("SELECT f FROM ActorFollowEntity f WHERE f.accountId = :me",
                    ActorFollowEntity.class).setParameter("me", accountId).getResultList().stream()
                    .map(f -> Map.of("actorId", f.actorId, "since", f.createdAt.toString()))
                    .collect(Collectors.toList()));
            return data;
        });
    }

    @Override
    public void erase(String accountId) {
        jpa.tx(TransactionType.Required, em -> {
            List<String> managed = em.createQuery("SELECT m.actorId FROM ManagerEntity m WHERE m.accountId = :me",
                    String.class).setParameter("me", accountId).getResultList();
            em.createQuery("DELETE FROM ManagerEntity m WHERE m.accountId = :me").setParameter("me", accountId)
                    .executeUpdate();
            em.createQuery("DELETE FROM InvitationEntity i WHERE i.createdBy = :me").setParameter("me", accountId)
                    .executeUpdate();
            for (String actorId : managed) {
                long left = em.createQuery("SELECT COUNT(m) FROM ManagerEntity m WHERE m.actorId = :actor",
                        Long.class).setParameter("actor", actorId).getSingleResult();
                if (left == 0) {
                    em.createQuery("DELETE FROM ActorEntity a WHERE a.id = :actor").setParameter("actor", actorId)
                            .executeUpdate();
                }
            }
            List<String> followed = em.createQuery("SELECT f.actorId FROM ActorFollowEntity f WHERE f.accountId = :me",
                    String.class).setParameter("me", accountId).getResultList();
            if (!followed.isEmpty()) {
                em.createQuery("UPDATE ActorEntity a SET a.followersCount = a.followersCount - 1 WHERE a.id IN :ids"
                        + " AND a.followersCount > 0").setParameter("ids", followed).executeUpdate();
            }
            em.createQuery("DELETE FROM ActorFollowEntity f WHERE f.accountId = :me").setParameter("me", accountId)
                    .executeUpdate();
        });
    }
}
