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
package org.entraide.posts.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.entraide.api.error.ValidationException;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.identity.Caller;
import org.entraide.api.identity.IdentityService;
import org.entraide.api.identity.Role;
import org.entraide.api.territory.Territory;
import org.entraide.api.territory.TerritoryService;

/**
 * Who moderates which posts: the platform's moderators and operators every post, a territory's moderators (named by
 * e-mail in its configuration) the posts whose public position lies in it.
 */
final class Moderators {

    private final TerritoryService territories;
    private final IdentityService identity;

    Moderators(TerritoryService territories, IdentityService identity) {
        this.territories = territories;
        this.identity = identity;
    }

    static boolean everywhere(Caller caller) {
        return caller.has(Role.MODERATOR) || caller.has(Role.OPERATOR);
    }

    /** Whether this viewer sees the post even hidden: its author and its moderators. */
    boolean mayAlwaysSee(Caller viewer, PostEntity post) {
        return viewer != null && (viewer.accountId().equals(post.authorId) || everywhere(viewer)
                || inTerritories(post, moderatedTerritories(viewer)));
    }

    /**
     * The territories whose configuration names this caller among its moderators: they moderate the posts whose
     * public position lies there, as the platform's moderators moderate every post. Platform moderators and
     * operators need no territory, and may have no account (the operator shell acts as one): they are never
     * looked up.
     */
    List<Territory> moderatedTerritories(Caller caller) {
        List<Territory> all = territories.territories();
        if (caller == null || everywhere(caller) || all.stream().allMatch(t -> t.moderators().isEmpty())) {
            return List.of();
        }
        String email = identity.account(caller.accountId()).email();
        return all.stream().filter(t -> t.moderators().contains(email)).collect(Collectors.toList());
    }

    /** Whether the post's public position lies in one of these territories (a missing post lies nowhere). */
    boolean inTerritories(PostEntity post, List<Territory> moderated) {
        if (post == null || moderated.isEmpty()) {
            return false;
        }
        GeoPoint position = GeoPoint.of(post.pubLat, post.pubLon);
        try {
            Territory there = territories.scopeAt(position).territory();
            return there != null && moderated.contains(there);
        } catch (ValidationException outside) {
            return false;
        }
    }
}
