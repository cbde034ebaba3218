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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.post.PostKind;
import org.junit.Test;

/** Which owners a new post alerts, among the alerts found by its cells. */
public class AlertMatcherTest {

    private static final GeoPoint NEAR = GeoPoint.of(45.90, 6.13);
    private static final GeoPoint FAR = GeoPoint.of(46.10, 6.13);

    /** Within when the home is {@link #NEAR}: the distance itself is geo's business, tested there. */
    private static final AlertMatcher.Within NEAR_ONLY = (alert, home) -> home.equals(NEAR);

    private static PostEntity post(PostKind kind, String category, String author) {
        PostEntity post = new PostEntity();
        post.id = "post";
        post.kind = kind;
        post.category = category;
        post.authorId = author;
        return post;
    }

    private static AlertEntity alert(String owner, PostKind kind, String categories) {
        AlertEntity alert = new AlertEntity();
        alert.id = owner + "-" + kind + "-" + categories;
        alert.ownerId = owner;
        alert.kind = kind;
        alert.categories = categories;
        alert.radiusKm = 5;
        return alert;
    }

    @Test
    public void anAlertWithoutKindOrCategoriesWantsEveryPostOfOthers() {
        AlertEntity any = alert("alice", null, null);

        assertTrue(AlertMatcher.wants(any, post(PostKind.REQUEST, "diy", "bob")));
        assertTrue(AlertMatcher.wants(any, post(PostKind.OFFER, "pets", "bob")));
    }

    @Test
    public void anAlertWantsOnlyItsKindAndItsCategories() {
        AlertEntity requests = alert("alice", PostKind.REQUEST, "gardening diy");

        assertTrue(AlertMatcher.wants(requests, post(PostKind.REQUEST, "gardening", "bob")));
        assertTrue(AlertMatcher.wants(requests, post(PostKind.REQUEST, "diy", "bob")));
        assertFalse(AlertMatcher.wants(requests, post(PostKind.OFFER, "gardening", "bob")));
        assertFalse(AlertMatcher.wants(requests, post(PostKind.REQUEST, "pets", "bob")));
        assertFalse("a key is matched whole, not as a part of another",
                AlertMatcher.wants(alert("alice", null, "gardening"), post(PostKind.REQUEST, "garden", "bob")));
    }

    @Test
    public void aPostNeverAlertsItsOwnAuthor() {
        assertFalse(AlertMatcher.wants(alert("alice", null, null), post(PostKind.REQUEST, "diy", "alice")));
    }

    @Test
    public void onlyOwnersWhoseHomeIsWithinTheRadiusAreToldAndEachOnce() {
        PostEntity post = post(PostKind.REQUEST, "gardening", "bob");
        List<AlertEntity> found = List.of(alert("alice", PostKind.REQUEST, null), alert("alice", null, "gardening"),
                alert("carol", null, null), alert("erased", null, null), alert("bob", null, null),
                alert("dave", PostKind.OFFER, null));
        Map<String, GeoPoint> homes = Map.of("alice", NEAR, "carol", FAR, "bob", NEAR, "dave", NEAR);

        Set<String> told = AlertMatcher.recipients(post, found, homes::get, NEAR_ONLY);

        assertEquals(Set.of("alice"), told);
    }

    @Test
    public void theRadiusOfEachAlertIsTheOneTested() {
        PostEntity post = post(PostKind.OFFER, "pets", "bob");
        AlertEntity wide = alert("alice", null, null);
        wide.radiusKm = 10;
        AlertEntity narrow = alert("carol", null, null);
        narrow.radiusKm = 2;
        AlertMatcher.Within withinFiveKm = (alert, home) -> alert.radiusKm >= 5;

        Set<String> told = AlertMatcher.recipients(post, List.of(wide, narrow), owner -> NEAR, withinFiveKm);

        assertEquals(Set.of("alice"), told);
    }
}
