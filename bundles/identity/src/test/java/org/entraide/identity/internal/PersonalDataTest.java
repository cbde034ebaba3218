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
import static org.junit.Assert.assertFalse;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.entraide.services.identity.Role;
import org.junit.Test;

/** What identity puts in a resident's export of their own account and sessions. */
public class PersonalDataTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    public void theAccountIsExportedWithoutItsPasswordHashAndWithSortedRoles() {
        AccountEntity account = new AccountEntity("a-1", "marie@example.fr", "Marie", "$argon2id$secret", 41.92,
                8.73, 25.0, "fr", EnumSet.of(Role.MODERATOR), CREATED);

        Map<String, Object> exported = PersonalData.account(account);

        assertEquals(List.of("id", "email", "displayName", "home", "radiusKm", "locale", "roles", "status",
                "createdAt", "updatedAt"), List.copyOf(exported.keySet()));
        assertEquals(Map.of("lat", 41.92, "lon", 8.73), exported.get("home"));
        assertEquals(List.of("MODERATOR", "RESIDENT"), exported.get("roles"));
        assertEquals("ACTIVE", exported.get("status"));
        assertEquals("2026-12-01T08:00:00Z", exported.get("createdAt"));
        assertFalse(exported.containsValue("$argon2id$secret"));
    }

    @Test
    public void sessionsAreExportedWithTheirTimesButNeverTheirTokenHash() {
        SessionEntity session = new SessionEntity(Tokens.hash(Tokens.newToken()), "a-1", CREATED,
                CREATED.plusSeconds(3600));

        List<Map<String, String>> exported = PersonalData.sessions(List.of(session));

        assertEquals(List.of(Map.of("createdAt", "2026-12-01T08:00:00Z", "expiresAt", "2026-12-01T09:00:00Z")),
                exported);
    }
}
