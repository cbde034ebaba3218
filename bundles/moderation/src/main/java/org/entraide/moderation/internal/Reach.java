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
package org.entraide.moderation.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Caller;
import org.entraide.services.territory.Territory;
import org.entraide.support.moderation.Moderators;

/**
 * Where one moderator moderates, worked out once per call: everywhere (the roles {@code MODERATOR} and
 * {@code OPERATOR}) or the territories that name them. Built only for someone who moderates something: anyone
 * else is refused on the spot, before any target is looked up.
 */
final class Reach {

    private final Moderators moderators;
    private final boolean everywhere;
    private final List<Territory> territories;

    private Reach(Moderators moderators, boolean everywhere, List<Territory> territories) {
        this.moderators = moderators;
        this.everywhere = everywhere;
        this.territories = territories;
    }

    /** The reach of this caller; {@code ForbiddenException} when they moderate nothing. */
    static Reach of(Moderators moderators, Caller caller) {
        if (Moderators.everywhere(caller)) {
            return new Reach(moderators, true, List.of());
        }
        List<Territory> territories = caller == null ? List.of() : moderators.moderatedTerritories(caller);
        if (territories.isEmpty()) {
            throw new ForbiddenException("Moderators only.");
        }
        return new Reach(moderators, false, territories);
    }

    boolean everywhere() {
        return everywhere;
    }

    /** The keys of the territories moderated, for a moderator who is not everywhere. */
    Set<String> territoryKeys() {
        return territories.stream().map(Territory::key).collect(Collectors.toSet());
    }

    /** Whether what lies there is within reach; nothing lies nowhere but for those who moderate everywhere. */
    boolean covers(GeoPoint where) {
        return everywhere || moderators.inTerritories(where, territories);
    }

    /** Returns when what lies there is within reach, else {@code ForbiddenException}. */
    void require(GeoPoint where) {
        if (!covers(where)) {
            throw new ForbiddenException("Only the moderators of its territory can moderate this.");
        }
    }
}
