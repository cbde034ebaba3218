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
package org.entraide.rest.internal.post;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.Place;
import org.entraide.api.geo.PlaceDirectory;
import org.entraide.services.identity.Caller;
import org.entraide.services.post.OnBehalfOf;
import org.entraide.services.post.Post;
import org.entraide.services.post.PostKind;
import org.entraide.services.post.PostStatus;
import org.entraide.rest.internal.JsonProvider;
import org.junit.Test;

public class PostViewsTest {

    private static final Instant CREATED = Instant.parse("2026-12-07T09:30:00Z");
    private static final Place AJACCIO = new Place("Ajaccio", "2A004", "Ajaccio", "2A", "Corse-du-Sud",
            List.of("20000"), GeoPoint.of(41.9192, 8.7386), 71000);
    private static final Caller RESIDENT = new Caller("reader", Set.of(), "fr", "s1");

    /** A gazetteer that knows Ajaccio, north of latitude 41, and counts the lookups. */
    private static final class Gazetteer implements PlaceDirectory {
        final List<GeoPoint> asked = new ArrayList<>();

        @Override
        public List<Place> search(String query, int limit) {
            return List.of();
        }

        @Override
        public Optional<Place> commune(String inseeCode) {
            return Optional.empty();
        }

        @Override
        public Optional<Place> nearestCommune(GeoPoint point) {
            asked.add(point);
            return point.lat() > 41 ? Optional.of(AJACCIO) : Optional.empty();
        }

        @Override
        public int size() {
            return 1;
        }
    }

    private static Post post(GeoPoint position, OnBehalfOf onBehalfOf) {
        return new Post("p1", PostKind.REQUEST, "errands", "Courses", "Du pain.", null, PostStatus.OPEN,
                "author-id", "Rose Martin", position, 1.2, CREATED, CREATED, CREATED.plusSeconds(86400), onBehalfOf,
                0, 0);
    }

    private static String json(Object view) throws Exception {
        return JsonProvider.shared().writer().writeValueAsString(view);
    }

    @Test
    public void aResidentSeesTheAuthorAVisitorNeitherTheAuthorNorWhoRecordedAConsent() throws Exception {
        PostViews views = new PostViews(new Gazetteer());
        Post post = post(GeoPoint.of(41.92, 8.74), new OnBehalfOf("Marcelle", "author-id", CREATED, null));
        PostView resident = views.of(post, RESIDENT);
        assertEquals("author-id", resident.author().id());
        assertEquals("Rose Martin", resident.onBehalfOf().consentRecordedBy().displayName());
        PostView visitor = views.of(post, null);
        assertNull(visitor.author());
        assertNull(visitor.onBehalfOf().consentRecordedBy());
        String text = json(visitor);
        assertFalse(text, text.contains("author"));
        assertFalse(text, text.contains("Rose"));
        assertTrue(text, text.contains("\"title\":\"Courses\""));
        assertTrue(json(resident).contains("\"author\":{\"id\":\"author-id\",\"displayName\":\"Rose Martin\"}"));
    }

    @Test
    public void theCommuneIsThatOfThePublicPositionAndLookedUpOncePerPosition() throws Exception {
        Gazetteer gazetteer = new Gazetteer();
        PostViews views = new PostViews(gazetteer);
        GeoPoint cell = GeoPoint.of(41.92, 8.74);
        PostView first = views.of(post(cell, null), RESIDENT);
        assertEquals(new PostView.CommuneView("2A004", "Ajaccio"), first.commune());
        assertTrue(json(first).contains("\"commune\":{\"inseeCode\":\"2A004\",\"name\":\"Ajaccio\"}"));
        assertEquals(first.commune(), views.of(post(GeoPoint.of(41.92, 8.74), null), null).commune());
        assertEquals(List.of(cell), gazetteer.asked);
        assertEquals(1, views.remembered());
    }

    @Test
    public void noCommuneWhereTheGazetteerKnowsNoneRememberedToo() throws Exception {
        Gazetteer gazetteer = new Gazetteer();
        PostViews views = new PostViews(gazetteer);
        PostView offshore = views.of(post(GeoPoint.of(40.0, 8.0), null), RESIDENT);
        assertNull(offshore.commune());
        assertFalse(json(offshore).contains("commune"));
        views.of(post(GeoPoint.of(40.0, 8.0), null), RESIDENT);
        assertEquals(1, gazetteer.asked.size());
    }

    @Test
    public void theMemoryIsBounded() {
        PostViews views = new PostViews(new Gazetteer());
        for (int i = 0; i <= PostViews.CAPACITY; i++) {
            views.commune(GeoPoint.of(42 + i * 1e-5, 8.7));
        }
        assertTrue(views.remembered() <= PostViews.CAPACITY);
    }
}
