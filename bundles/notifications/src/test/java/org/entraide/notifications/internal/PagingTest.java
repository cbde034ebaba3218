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
import static org.junit.Assert.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entraide.services.notification.Notification;
import org.entraide.services.paging.Page;
import org.junit.Test;

/** How a page is cut from the rows fetched, without a database. */
public class PagingTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    public void oneRowMoreThanTheLimitMeansANextPageFromTheLastShown() {
        List<NotificationEntity> rows = rows(4);

        Page<Notification> page = NotificationServiceImpl.page(rows, 3);

        assertEquals(List.of("id-0", "id-1", "id-2"), ids(page));
        assertEquals(new PageCursor(rows.get(2).createdAt(), "id-2"), PageCursor.decode(page.nextCursor()));
    }

    @Test
    public void noMoreRowsThanTheLimitIsTheLastPage() {
        assertNull(NotificationServiceImpl.page(rows(3), 3).nextCursor());
        assertNull(NotificationServiceImpl.page(rows(0), 3).nextCursor());
        assertEquals(2, NotificationServiceImpl.page(rows(2), 3).items().size());
    }

    @Test
    public void rowsBecomeNotificationsWithTheirDataAndReadState() {
        Notification notification = NotificationServiceImpl.page(rows(1), 1).items().get(0);

        assertEquals("post.response", notification.kind());
        assertEquals(Map.of("title", "t0"), notification.data());
        assertEquals(false, notification.read());
    }

    @Test
    public void chunksCoverEveryItemInOrder() {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 205; i++) {
            items.add(i);
        }

        List<List<Integer>> chunks = NotificationServiceImpl.chunks(items, 100);

        assertEquals(3, chunks.size());
        assertEquals(100, chunks.get(0).size());
        assertEquals(5, chunks.get(2).size());
        assertEquals(Integer.valueOf(204), chunks.get(2).get(4));
        assertEquals(0, NotificationServiceImpl.chunks(List.of(), 100).size());
    }

    private static List<NotificationEntity> rows(int count) {
        List<NotificationEntity> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new NotificationEntity("id-" + i, "alice", "post.response", "POST", "p-" + i,
                    NotificationData.encode(Map.of("title", "t" + i)), T0.minusSeconds(i)));
        }
        return rows;
    }

    private static List<String> ids(Page<Notification> page) {
        List<String> ids = new ArrayList<>();
        page.items().forEach(n -> ids.add(n.id()));
        return ids;
    }
}
