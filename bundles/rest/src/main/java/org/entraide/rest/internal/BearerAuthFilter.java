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
package org.entraide.rest.internal;

import java.util.function.Supplier;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import org.entraide.services.identity.IdentityService;

/**
 * Resolves {@code Authorization: Bearer <token>} into the caller, for every resource. It refuses
 * nothing itself: a resource that needs a caller asks {@link Callers#require}, which answers 401.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class BearerAuthFilter implements ContainerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final Supplier<IdentityService> identity;

    BearerAuthFilter(Supplier<IdentityService> identity) {
        this.identity = identity;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return;
        }
        String token = header.substring(SCHEME.length()).trim();
        request.setProperty(Callers.TOKEN, token);
        IdentityService service = identity.get();
        if (service != null) {
            service.authenticate(token).ifPresent(caller -> request.setProperty(Callers.CALLER, caller));
        }
    }
}
