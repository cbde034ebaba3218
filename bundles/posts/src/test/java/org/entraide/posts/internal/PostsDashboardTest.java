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
import static org.junit.Assert.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.post.EscalationFigures;
import org.entraide.services.post.EscalationStep;
import org.entraide.services.post.PostFact;
import org.entraide.services.post.PostKind;
import org.entraide.services.post.PostStatus;
import org.entraide.services.post.UnansweredRequest;
import org.entraide.services.territory.StatisticsScope;
import org.entraide.database.testing.DerbyJpa;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The dashboard's queries on the real schema: period, box, exact perimeter, first responses, escalations. */
public class PostsDashboardTest {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    private static final GeoPoint INSIDE = GeoPoint.of(43.0, 5.0);
    private static final GeoPoint ALSO_INSIDE = GeoPoint.of(43.01, 5.01);
    /** In the box, but outside the perimeter. */
    private static final GeoPoint IN_BOX_OUTSIDE = GeoPoint.of(43.2, 5.2);
    private static final GeoPoint FAR = GeoPoint.of(48.0, 2.0);
    /** The perimeter: west of longitude 5.1. */
    private static final StatisticsScope SCOPE = new StatisticsScope(42.5, 4.5, 43.5, 5.5, p -> p.lon() < 5.1,
            p -> "X", T0, T0.plus(Duration.ofDays(7)), T0.plus(Duration.ofDays(8)));

    private static DerbyJpa jpa;
    private static PostsDashboard dashboard;
    private static String answeredIn2h;
    private static String escalatedThenAnswered;
    private static String escalatedTwice;
    private static String fresh;

    @BeforeClass
    public static void scenario() throws Exception {
        jpa = DerbyJpa.fresh("entraide-posts");
        dashboard = new PostsDashboard(jpa);
        answeredIn2h = post(PostKind.REQUEST, INSIDE, T0, PostStatus.OPEN);
        respond(answeredIn2h, T0.plus(Duration.ofHours(2)));
        respond(answeredIn2h, T0.plus(Duration.ofHours(5)));
        escalatedThenAnswered = post(PostKind.REQUEST, ALSO_INSIDE, T0.plus(Duration.ofHours(1)), PostStatus.OPEN);
        escalate(escalatedThenAnswered, EscalationStep.ACTORS, T0.plus(Duration.ofHours(25)));
        respond(escalatedThenAnswered, T0.plus(Duration.ofHours(30)));
        escalatedTwice = post(PostKind.REQUEST, INSIDE, T0.plus(Duration.ofHours(2)), PostStatus.OPEN);
        escalate(escalatedTwice, EscalationStep.ACTORS, T0.plus(Duration.ofHours(26)));
        escalate(escalatedTwice, EscalationStep.MODERATORS, T0.plus(Duration.ofHours(50)));
        fresh = post(PostKind.REQUEST, ALSO_INSIDE, T0.plus(Duration.ofDays(6)), PostStatus.OPEN);
        post(PostKind.OFFER, INSIDE, T0.plus(Duration.ofHours(3)), PostStatus.OPEN);
        post(PostKind.OFFER, INSIDE, T0.plus(Duration.ofHours(4)), PostStatus.HIDDEN);
        post(PostKind.REQUEST, IN_BOX_OUTSIDE, T0.plus(Duration.ofHours(5)), PostStatus.OPEN);
        post(PostKind.REQUEST, FAR, T0.plus(Duration.ofHours(6)), PostStatus.OPEN);
        post(PostKind.REQUEST, INSIDE, T0.minus(Duration.ofHours(1)), PostStatus.CLOSED);
    }

    @AfterClass
    public static void close() {
        jpa.close();
    }

    private static String post(PostKind kind, GeoPoint at, Instant created, PostStatus status) {
        PostEntity post = new PostEntity();
        post.id = UUID.randomUUID().toString();
        post.kind = kind;
        post.category = "errands";
        post.title = "Titre " + post.id.substring(0, 8);
        post.body = "Texte";
        post.status = status;
        post.authorId = "author";
        post.locLat = at.lat();
        post.locLon = at.lon();
        post.pubLat = at.lat();
        post.pubLon = at.lon();
        post.createdAt = created;
        post.updatedAt = created;
        post.expiresAt = created.plus(Duration.ofDays(14));
        jpa.tx(em -> em.persist(post));
        return post.id;
    }

    private static void respond(String postId, Instant at) {
        ConversationEntity conversation = new ConversationEntity();
        conversation.id = UUID.randomUUID().toString();
        conversation.postId = postId;
        conversation.authorId = "author";
        conversation.responderId = UUID.randomUUID().toString();
        conversation.createdAt = at;
        conversation.lastMessageAt = at;
        jpa.tx(em -> {
            em.persist(conversation);
            em.find(PostEntity.class, postId).responsesCount++;
        });
    }

    private static void escalate(String postId, String level, Instant at) {
        EscalationEntity step = new EscalationEntity();
        step.postId = postId;
        step.level = level;
        step.at = at;
        jpa.tx(em -> em.persist(step));
    }

    @Test
    public void postedGivesThePostsOfThePeriodInsideWithTheirFirstResponse() {
        List<PostFact> facts = dashboard.posted(SCOPE);
        assertEquals(facts.toString(), 5, facts.size());
        assertEquals(new PostFact(INSIDE, PostKind.REQUEST, T0, T0.plus(Duration.ofHours(2))), facts.get(0));
        assertEquals(T0.plus(Duration.ofHours(30)), facts.get(1).firstResponseAt());
        assertNull(facts.get(2).firstResponseAt());
        assertEquals(PostKind.OFFER, facts.get(3).kind());
        assertEquals(T0.plus(Duration.ofDays(6)), facts.get(4).createdAt());
    }

    @Test
    public void unansweredListsTheOpenRequestsInsideNewestFirstWithTheirHighestStep() {
        List<UnansweredRequest> items = dashboard.unanswered(SCOPE, 200);
        assertEquals(2, items.size());
        assertEquals(fresh, items.get(0).id());
        assertNull(items.get(0).escalationLevel());
        assertEquals(escalatedTwice, items.get(1).id());
        assertEquals(EscalationStep.MODERATORS, items.get(1).escalationLevel());
        assertEquals(INSIDE, items.get(1).position());
        assertEquals(List.of(fresh), dashboard.unanswered(SCOPE, 1).stream().map(UnansweredRequest::id).toList());
        assertEquals(Map.of(INSIDE, 1L, ALSO_INSIDE, 1L), dashboard.unansweredByPosition(SCOPE));
    }

    @Test
    public void escalationsCountTheStepsOfThePeriodAndThoseAnsweredAfter() {
        Map<String, EscalationFigures> figures = dashboard.escalations(SCOPE);
        assertEquals(new EscalationFigures(2, 1), figures.get(EscalationStep.ACTORS));
        assertEquals(new EscalationFigures(1, 0), figures.get(EscalationStep.MODERATORS));
    }
}
