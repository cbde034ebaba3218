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

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.Role;
import org.entraide.services.post.PostStatus;
import org.entraide.services.territory.Perimeter;
import org.entraide.services.territory.Scope;
import org.entraide.services.territory.Territory;
import org.entraide.services.territory.TerritoryService;
import org.entraide.support.moderation.Moderators;
import org.junit.Test;

/** Who sees a hidden post: its author, and the moderators of the territory of its public position. */
public class HiddenPostsTest {

    private static final Territory LYON = territory("lyon", "claire@example.org");
    private static final Territory NANTES = territory("nantes", "paul@example.org");

    private static Territory territory(String key, String moderator) {
        return new Territory(key, key, Perimeter.circle(GeoPoint.of(45.76, 4.84), 10), 20, 5, null, null,
                List.of(moderator), 0);
    }

    private static final Moderators MODERATORS = new Moderators(Stub.of(TerritoryService.class, Map.of(
            "territories", args -> List.of(LYON, NANTES),
            "scopeAt", args -> new Scope(((GeoPoint) args[0]).lat() > 46 ? NANTES : LYON, 20, 5))),
            Stub.of(IdentityService.class, Map.of("account",
                    args -> new Account((String) args[0], args[0] + "@example.org", "x", "fr", Set.of(Role.RESIDENT),
                            AccountStatus.ACTIVE, 5, Instant.EPOCH))));

    private static Caller caller(String accountId, Role... roles) {
        return new Caller(accountId, Set.of(roles), "fr", "s");
    }

    private static PostEntity hiddenPostIn(double lat) {
        PostEntity post = new PostEntity();
        post.authorId = "author";
        post.status = PostStatus.HIDDEN;
        post.pubLat = lat;
        post.pubLon = 4.84;
        return post;
    }

    @Test
    public void theAuthorAndTheModeratorsOfItsTerritorySeeIt() {
        assertTrue(PostsContext.mayAlwaysSee(MODERATORS, caller("claire", Role.RESIDENT), hiddenPostIn(45.76)));
        assertTrue(PostsContext.mayAlwaysSee(MODERATORS, caller("author", Role.RESIDENT), hiddenPostIn(47.2)));
        assertTrue(PostsContext.mayAlwaysSee(MODERATORS, caller("shell", Role.OPERATOR), hiddenPostIn(47.2)));
    }

    @Test
    public void nobodyElseSeesIt() {
        assertFalse(PostsContext.mayAlwaysSee(MODERATORS, caller("claire", Role.RESIDENT), hiddenPostIn(47.2)));
        assertFalse(PostsContext.mayAlwaysSee(MODERATORS, caller("someone", Role.RESIDENT), hiddenPostIn(45.76)));
        assertFalse(PostsContext.mayAlwaysSee(MODERATORS, null, hiddenPostIn(45.76)));
    }
}
