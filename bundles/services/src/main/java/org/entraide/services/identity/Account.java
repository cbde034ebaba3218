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
package org.entraide.services.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An account as others may know it, without its home (see {@link IdentityService#home(String)}) and
 * without its credentials.
 *
 * @param id opaque identifier (a UUID)
 * @param email trimmed and lower-cased, unique
 * @param displayName the name shown to others, 2 to 60 characters
 * @param locale {@code fr} or {@code en}
 * @param roles always containing {@link Role#RESIDENT}
 * @param status whether the account can sign in
 * @param radiusKm the preferred radius of the feed
 * @param createdAt when the account was made
 * @param emailVerified whether its owner proved the email address theirs (a link mailed to it, since 1.1);
 *        until then the address receives only the mails that prove it or recover the account
 * @param suspendedUntil when a {@link AccountStatus#SUSPENDED} account is reinstated by itself (since 1.3);
 *        {@code null} for an active account and for a suspension that lasts until a moderator lifts it
 */
public record Account(String id, String email, String displayName, String locale, Set<Role> roles,
        AccountStatus status, double radiusKm, Instant createdAt, boolean emailVerified, Instant suspendedUntil) {

    public Account {
        roles = Set.copyOf(roles);
    }

    /** An account without a suspension end (the 1.1 constructor). */
    public Account(String id, String email, String displayName, String locale, Set<Role> roles,
            AccountStatus status, double radiusKm, Instant createdAt, boolean emailVerified) {
        this(id, email, displayName, locale, roles, status, radiusKm, createdAt, emailVerified, null);
    }

    /** An account whose email address is not verified (the 1.0 constructor). */
    public Account(String id, String email, String displayName, String locale, Set<Role> roles,
            AccountStatus status, double radiusKm, Instant createdAt) {
        this(id, email, displayName, locale, roles, status, radiusKm, createdAt, false, null);
    }

    /** Whether the account holds this role. */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
