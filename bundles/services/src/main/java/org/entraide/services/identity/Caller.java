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

import java.util.Set;

/**
 * The authenticated author of a request, as resolved from its bearer token.
 *
 * @param accountId the account
 * @param roles its roles at the time of the request
 * @param locale its preferred language
 * @param sessionId the identifier of the session (the hash of its token, never the token)
 */
public record Caller(String accountId, Set<Role> roles, String locale, String sessionId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
