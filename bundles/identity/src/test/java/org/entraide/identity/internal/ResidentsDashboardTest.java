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
package org.entraide.identity.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.identity.Role;
import org.entraide.services.territory.StatisticsScope;
import org.entraide.database.testing.DerbyJpa;
import org.junit.Test;

/** Residents by commune: active accounts whose home is in the box and inside the perimeter. */
public class ResidentsDashboardTest {

    private static AccountEntity account(DerbyJpa jpa, double lat, double lon) {
        AccountEntity account = new AccountEntity(UUID.randomUUID().toString(), UUID.randomUUID() + "@example.fr",
                "Marie", "hash", lat, lon, 10, "fr", Set.of(Role.RESIDENT), Instant.EPOCH);
        jpa.tx(TransactionType.Required, em -> em.persist(account));
        return account;
    }

    @Test
    public void activeResidentsInsideAreCountedByCommune() throws Exception {
        try (DerbyJpa jpa = DerbyJpa.fresh("entraide-identity")) {
            account(jpa, 41.92, 8.73);
            account(jpa, 41.93, 8.74);
            account(jpa, 41.60, 8.70);
            account(jpa, 41.98, 8.80);
            account(jpa, 43.0, 8.73);
            AccountEntity suspended = account(jpa, 41.92, 8.73);
            jpa.tx(TransactionType.Required, em -> em.find(AccountEntity.class, suspended.id())
                    .suspend("spam", null, Instant.EPOCH));
            StatisticsScope scope = new StatisticsScope(41.5, 8.5, 42.0, 9.0, p -> p.lon() < 8.79,
                    p -> p.lat() < 41.7 ? null : "2A004", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);
            assertEquals(Map.of("2A004", 2L, "", 1L), new ResidentsDashboard(jpa).residentsByCommune(scope));
        }
    }
}
