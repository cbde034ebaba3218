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
package org.entraide.support.moderation;

import java.util.List;
import java.util.stream.Collectors;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.Role;
import org.entraide.services.territory.Territory;
import org.entraide.services.territory.TerritoryService;

/**
 * Who moderates where: the platform's moderators and operators everywhere, a territory's moderators (named by
 * e-mail in its configuration) the places that lie in it. The territory of a place is the one
 * {@link TerritoryService#scopeAt} finds there, so where perimeters overlap the territory of higher priority
 * moderates.
 *
 * <p>Cheap to build and stateless: a bundle whose services come and go builds one on use.
 */
public final class Moderators {

    private final TerritoryService territories;
    private final IdentityService identity;

    /**
     * Moderators as these services know them.
     *
     * @param territories where the territories and their moderators are configured
     * @param identity where a caller's e-mail address is found
     */
    public Moderators(TerritoryService territories, IdentityService identity) {
        this.territories = territories;
        this.identity = identity;
    }

    /**
     * Whether the caller moderates everywhere: the roles {@code MODERATOR} and {@code OPERATOR}.
     *
     * @param caller who asks, or {@code null}
     * @return true for a platform moderator or an operator
     */
    public static boolean everywhere(Caller caller) {
        return caller != null && (caller.has(Role.MODERATOR) || caller.has(Role.OPERATOR));
    }

    /**
     * The territories whose configuration names this caller among its moderators. Platform moderators and
     * operators need no territory, and may have no account (the operator shell acts as one): they are never looked
     * up, and get an empty list, as does anybody when no territory names moderators.
     *
     * @param caller who asks, or {@code null}
     * @return the territories they moderate by e-mail
     */
    public List<Territory> moderatedTerritories(Caller caller) {
        List<Territory> all = territories.territories();
        if (caller == null || everywhere(caller) || all.stream().allMatch(t -> t.moderators().isEmpty())) {
            return List.of();
        }
        String email = identity.account(caller.accountId()).email();
        return all.stream().filter(t -> t.moderators().contains(email)).collect(Collectors.toList());
    }

    /**
     * Whether the caller moderates anything at all: everywhere, or at least one territory.
     *
     * @param caller who asks, or {@code null}
     * @return true for a moderator of some kind
     */
    public boolean moderatesAnything(Caller caller) {
        return everywhere(caller) || !moderatedTerritories(caller).isEmpty();
    }

    /**
     * The territory at a place.
     *
     * @param where the place, or {@code null} for none
     * @return its territory, or {@code null} outside every territory (or without a place)
     */
    public Territory territoryAt(GeoPoint where) {
        if (where == null) {
            return null;
        }
        try {
            return territories.scopeAt(where).territory();
        } catch (ValidationException outside) {
            return null;
        }
    }

    /**
     * Whether a place lies in one of these territories; no place lies nowhere.
     *
     * @param where the place, or {@code null}
     * @param moderated the territories
     * @return true when the place's territory is one of them
     */
    public boolean inTerritories(GeoPoint where, List<Territory> moderated) {
        if (where == null || moderated.isEmpty()) {
            return false;
        }
        Territory there = territoryAt(where);
        return there != null && moderated.contains(there);
    }

    /**
     * Whether the caller moderates what lies at this place: everywhere, or in the place's territory.
     *
     * @param caller who asks, or {@code null} (nobody moderates)
     * @param where the place, or {@code null} (only platform moderators and operators moderate it)
     * @return true when they moderate it
     */
    public boolean moderatesAt(Caller caller, GeoPoint where) {
        return caller != null && (everywhere(caller) || inTerritories(where, moderatedTerritories(caller)));
    }
}
