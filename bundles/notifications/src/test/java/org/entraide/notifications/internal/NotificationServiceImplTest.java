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
package org.entraide.notifications.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.identity.Role;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.notification.Notification;
import org.entraide.services.paging.Page;
import org.entraide.database.testing.DerbyJpa;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** The service and the personal-data contributor on Derby, with the schema of the real changelog. */
public class NotificationServiceImplTest {

    private static final String ALICE = UUID.randomUUID().toString();
    private static final String BOB = UUID.randomUUID().toString();
    private static final String NOBODY = UUID.randomUUID().toString();

    /** One database for the class (a migration costs about half a second); every test starts it empty. */
    private static DerbyJpa jpa;

    private TestClock clock;
    private NotificationServiceImpl service;
    private NotificationPersonalData personalData;

    @BeforeClass
    public static void migrate() throws Exception {
        jpa = DerbyJpa.fresh("entraide-notifications", "db/changelog/notifications.xml",
                "db/changelog/notification-settings.xml");
    }

    @AfterClass
    public static void close() {
        jpa.close();
    }

    @Before
    public void emptyTable() {
        jpa.tx(em -> em.createQuery("DELETE FROM NotificationEntity n").executeUpdate());
        clock = new TestClock(Instant.parse("2026-12-01T08:00:00.123456789Z"));
        service = new NotificationServiceImpl(jpa, id -> Set.of(ALICE, BOB).contains(id)
                ? Optional.of(account(id, null, "fr")) : Optional.empty(), clock);
        personalData = new NotificationPersonalData(jpa);
    }

    @Test
    public void aPublishedNotificationIsListedUnreadWithItsData() {
        service.publish(new NewNotification(ALICE, "post.response", "POST", "p-1",
                Map.of("title", "Besoin d'aide \"déménagement\"")));

        Page<Notification> page = service.list(ALICE, false, null, 20);

        assertEquals(1, page.items().size());
        assertNull(page.nextCursor());
        Notification notification = page.items().get(0);
        assertEquals("post.response", notification.kind());
        assertEquals("POST", notification.subjectType());
        assertEquals("p-1", notification.subjectId());
        assertEquals(Map.of("title", "Besoin d'aide \"déménagement\""), notification.data());
        assertEquals(Instant.parse("2026-12-01T08:00:00.123456Z"), notification.createdAt());
        assertFalse(notification.read());
        assertEquals(1, service.unreadCount(ALICE));
        assertEquals(0, service.list(BOB, false, null, 20).items().size());
        assertEquals(0, service.unreadCount(BOB));
    }

    @Test
    public void aNotificationForAnUnknownAccountIsDropped() {
        service.publish(new NewNotification(NOBODY, "post.response", "POST", "p-1", null));
        service.publish(new NewNotification("x".repeat(40), "post.response", "POST", "p-1", null));

        assertEquals(0, service.list(NOBODY, false, null, 20).items().size());
        assertEquals(0L, (long) jpa.txExpr(em -> em.createQuery("SELECT COUNT(n) FROM NotificationEntity n",
                Long.class).getSingleResult()));
    }

    @Test
    public void aMalformedNotificationIsRefused() {
        try {
            service.publish(new NewNotification(ALICE, "not a kind", "POST", "p-1", null));
            fail();
        } catch (IllegalArgumentException expected) {
            assertEquals(0, service.unreadCount(ALICE));
        }
    }

    @Test
    public void pagesGoNewestFirstAndEndWithANullCursor() {
        List<String> published = publish(ALICE, 7, Duration.ofSeconds(1));
        Collections.reverse(published);

        List<String> seen = walk(ALICE, false, 3);

        assertEquals(published, seen);
        Page<Notification> first = service.list(ALICE, false, null, 3);
        assertNotNull(first.nextCursor());
        Page<Notification> exact = service.list(ALICE, false, null, 7);
        assertEquals(7, exact.items().size());
        assertNull(exact.nextCursor());
    }

    @Test
    public void rowsOfTheSameInstantAreOrderedByIdAndNeitherRepeatedNorSkipped() {
        List<String> published = publish(ALICE, 9, Duration.ZERO);
        List<String> byIdDescending = new ArrayList<>(published);
        byIdDescending.sort(Collections.reverseOrder());

        assertEquals(byIdDescending, walk(ALICE, false, 2));
        assertEquals(byIdDescending, walk(ALICE, false, 1));
    }

    @Test
    public void pagesAreStableUnderConcurrentInserts() {
        List<String> before = publish(ALICE, 5, Duration.ofMillis(1));
        Collections.reverse(before);

        Page<Notification> first = service.list(ALICE, false, null, 2);
        publish(ALICE, 4, Duration.ofMillis(1));
        Page<Notification> second = service.list(ALICE, false, first.nextCursor(), 2);
        publish(ALICE, 4, Duration.ofMillis(1));
        Page<Notification> third = service.list(ALICE, false, second.nextCursor(), 2);

        List<String> seen = new ArrayList<>(ids(first));
        seen.addAll(ids(second));
        seen.addAll(ids(third));
        assertEquals(before, seen);
        assertNull(third.nextCursor());
    }

    @Test
    public void unreadOnlyListsThoseNotReadAndMarkingReadCountsDown() {
        List<String> published = publish(ALICE, 6, Duration.ofSeconds(1));
        List<String> bobs = publish(BOB, 2, Duration.ofSeconds(1));

        service.markRead(ALICE, List.of(published.get(0), published.get(2), published.get(2), bobs.get(0),
                "x".repeat(80)));

        assertEquals(4, service.unreadCount(ALICE));
        assertEquals(2, service.unreadCount(BOB));
        List<String> unread = walk(ALICE, true, 3);
        assertEquals(List.of(published.get(5), published.get(4), published.get(3), published.get(1)), unread);
        Map<String, Boolean> read = service.list(ALICE, false, null, 100).items().stream()
                .collect(Collectors.toMap(Notification::id, Notification::read));
        assertTrue(read.get(published.get(0)));
        assertFalse(read.get(published.get(1)));
        assertTrue(read.get(published.get(2)));
    }

    @Test
    public void markingReadKeepsTheFirstReadTime() {
        String id = publish(ALICE, 1, Duration.ZERO).get(0);
        service.markRead(ALICE, List.of(id));
        Instant firstRead = readAt(id);
        clock.advance(Duration.ofHours(1));

        service.markRead(ALICE, List.of(id));
        service.markAllRead(ALICE);

        assertEquals(firstRead, readAt(id));
        assertNotNull(firstRead);
    }

    @Test
    public void markingReadManyIdsGoesInChunks() {
        List<String> published = publish(ALICE, NotificationServiceImpl.IDS_PER_UPDATE + 5, Duration.ofMillis(1));

        service.markRead(ALICE, published);

        assertEquals(0, service.unreadCount(ALICE));
    }

    @Test
    public void markingNothingChangesNothing() {
        publish(ALICE, 2, Duration.ZERO);

        service.markRead(ALICE, null);
        service.markRead(ALICE, List.of());
        service.markRead(ALICE, Collections.singletonList(null));

        assertEquals(2, service.unreadCount(ALICE));
    }

    @Test
    public void markAllReadTouchesOnlyTheRecipients() {
        publish(ALICE, 3, Duration.ofSeconds(1));
        publish(BOB, 2, Duration.ofSeconds(1));

        service.markAllRead(ALICE);

        assertEquals(0, service.unreadCount(ALICE));
        assertEquals(2, service.unreadCount(BOB));
        assertEquals(0, service.list(ALICE, true, null, 10).items().size());
        assertEquals(3, service.list(ALICE, false, null, 10).items().size());
    }

    @Test
    public void aCursorThatIsNotOneIsAnInvalidRequestNamingCursor() {
        for (String cursor : new String[] {"", "garbage", "!!!", "AQ"}) {
            try {
                service.list(ALICE, false, cursor, 20);
                fail("accepted " + cursor);
            } catch (InvalidRequestException expected) {
                assertEquals("cursor", expected.errors().get(0).field());
            }
        }
    }

    @Test
    public void aCursorPastEverythingGivesAnEmptyLastPage() {
        publish(ALICE, 2, Duration.ofSeconds(1));
        String oldest = new PageCursor(Instant.parse("2000-01-01T00:00:00Z"), "0").encode();

        Page<Notification> page = service.list(ALICE, false, oldest, 20);

        assertTrue(page.items().isEmpty());
        assertNull(page.nextCursor());
    }

    @Test
    public void limitsOutsideOneToAHundredAreRefused() {
        for (int limit : new int[] {0, -1, 101}) {
            try {
                service.list(ALICE, false, null, limit);
                fail("accepted " + limit);
            } catch (InvalidRequestException expected) {
                assertEquals("limit", expected.errors().get(0).field());
            }
        }
        assertEquals(0, service.list(ALICE, false, null, 100).items().size());
    }

    @Test
    public void theExportHoldsEveryNotificationOfTheAccountOnly() {
        List<String> published = publish(ALICE, 3, Duration.ofSeconds(1));
        publish(BOB, 1, Duration.ofSeconds(1));
        service.markRead(ALICE, List.of(published.get(1)));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> export = (List<Map<String, Object>>) personalData.export(ALICE);

        assertEquals("notifications", personalData.section());
        assertEquals(List.of(published.get(2), published.get(1), published.get(0)),
                export.stream().map(item -> item.get("id")).collect(Collectors.toList()));
        Map<String, Object> item = export.get(1);
        assertEquals("post.status", item.get("kind"));
        assertEquals("POST", item.get("subjectType"));
        assertEquals(Map.of("n", "1"), item.get("data"));
        assertNotNull(Instant.parse((String) item.get("createdAt")));
        assertNotNull(Instant.parse((String) item.get("readAt")));
        assertNull(export.get(0).get("readAt"));
        assertTrue(((List<?>) personalData.export(NOBODY)).isEmpty());
    }

    @Test
    public void erasureDeletesTheAccountsNotificationsOnlyAndCanRunAgain() {
        publish(ALICE, 3, Duration.ofSeconds(1));
        publish(BOB, 2, Duration.ofSeconds(1));

        personalData.erase(ALICE);
        personalData.erase(ALICE);

        assertEquals(0, service.list(ALICE, false, null, 10).items().size());
        assertEquals(2, service.list(BOB, false, null, 10).items().size());
    }

    @Test
    public void dataTooLongForTheColumnIsShortenedNotRefused() {
        service.publish(new NewNotification(ALICE, "post.response", "POST", "p-1",
                Map.of("title", "t".repeat(5000), "other", "o".repeat(5000))));

        Notification stored = service.list(ALICE, false, null, 1).items().get(0);

        assertEquals(NotificationData.MAX_VALUE_LENGTH, stored.data().get("title").length());
    }

    /** Publishes {@code count} notifications, the clock moving by {@code step} after each; their ids in order. */
    private List<String> publish(String recipient, int count, Duration step) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String subject = UUID.randomUUID().toString();
            service.publish(new NewNotification(recipient, "post.status", "POST", subject, Map.of("n", "" + i)));
            clock.advance(step);
            ids.add(jpa.txExpr(em -> em.createQuery("SELECT n.id FROM NotificationEntity n WHERE n.subjectId = :s",
                    String.class).setParameter("s", subject).getSingleResult()));
        }
        return ids;
    }

    private List<String> walk(String recipient, boolean unreadOnly, int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Notification> page = service.list(recipient, unreadOnly, cursor, limit);
            assertTrue(page.items().size() <= limit);
            seen.addAll(ids(page));
            cursor = page.nextCursor();
            assertTrue("endless pages", ++pages < 1000);
        } while (cursor != null);
        return seen;
    }

    private Instant readAt(String id) {
        return jpa.txExpr(em -> em.find(NotificationEntity.class, id).readAt());
    }

    private static List<String> ids(Page<Notification> page) {
        return page.items().stream().map(Notification::id).collect(Collectors.toList());
    }

    /** An account of the tests, with this verified email address ({@code null} for none) and language. */
    static Account account(String id, String email, String locale) {
        return account(id, email, locale, true);
    }

    static Account account(String id, String email, String locale, boolean verified) {
        return new Account(id, email, "Resident " + id.substring(0, 4), locale, Set.of(Role.RESIDENT),
                AccountStatus.ACTIVE, 5.0, Instant.parse("2026-01-01T00:00:00Z"), verified);
    }
}
