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
package org.entraide.rest.internal.plugin;

import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.territory.Scope;
import org.entraide.services.territory.TerritoryService;
import org.entraide.rest.internal.Callers;

/**
 * Which types a type listing shows: those enabled in the territory of {@code lat}/{@code lon}, or of the caller's
 * home; every installed type when the listing has neither (an anonymous visitor browsing the catalogue).
 */
public final class TypeScope {

    private TypeScope() {
    }

    /** The scope of the place given or of the caller's home; empty when there is neither. */
    public static Optional<Scope> of(TerritoryService territories, IdentityService identity, HttpServletRequest http,
            String lat, String lon) {
        return Callers.placeOf(http, identity, lat, lon).map(territories::scopeAt);
    }
}
