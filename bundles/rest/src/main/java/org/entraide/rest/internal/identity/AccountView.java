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
package org.entraide.rest.internal.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Account;
import org.entraide.rest.internal.geo.LatLon;

/**
 * An account as the API shows it. {@code home} is present only in the owner's own view ({@code GET /me}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountView(String id, String email, String displayName, String locale, List<String> roles,
        String status, Double radiusKm, LatLon home, Instant createdAt, Boolean emailVerified) {

    static AccountView of(Account account) {
        return new AccountView(account.id(), account.email(), account.displayName(), account.locale(),
                roles(account), account.status().name(), account.radiusKm(), null, account.createdAt(),
                account.emailVerified());
    }

    static AccountView own(Account account, GeoPoint home) {
        return new AccountView(account.id(), account.email(), account.displayName(), account.locale(),
                roles(account), account.status().name(), account.radiusKm(), new LatLon(home.lat(), home.lon()),
                account.createdAt(), account.emailVerified());
    }

    private static List<String> roles(Account account) {
        return account.roles().stream().map(Enum::name).sorted().collect(Collectors.toList());
    }
}
