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

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Map;
import org.entraide.services.notification.NewNotification;
import org.junit.Test;

public class NotificationRulesTest {

    private static final String ACCOUNT = "5f0c1a9e-2b7d-4c3e-9a61-0d2f4b8c7e11";

    @Test
    public void acceptsWellFormedNotifications() {
        NotificationRules.check(new NewNotification(ACCOUNT, "post.response", "POST", "p-1", Map.of("title", "t")));
        NotificationRules.check(new NewNotification(ACCOUNT, "operation.home-delivery.joined_2", "OPERATION",
                "x".repeat(NotificationRules.MAX_SUBJECT_ID_LENGTH), null));
        NotificationRules.check(new NewNotification(ACCOUNT, "k".repeat(NotificationRules.MAX_KIND_LENGTH),
                "S".repeat(NotificationRules.MAX_SUBJECT_TYPE_LENGTH), "id", Map.of()));
    }

    @Test
    public void refusesMalformedOnes() {
        NewNotification[] malformed = {
            null,
            new NewNotification(null, "post.response", "POST", "p", null),
            new NewNotification(" ", "post.response", "POST", "p", null),
            new NewNotification(ACCOUNT, null, "POST", "p", null),
            new NewNotification(ACCOUNT, "", "POST", "p", null),
            new NewNotification(ACCOUNT, "post..response", "POST", "p", null),
            new NewNotification(ACCOUNT, ".post", "POST", "p", null),
            new NewNotification(ACCOUNT, "post.", "POST", "p", null),
            new NewNotification(ACCOUNT, "post response", "POST", "p", null),
            new NewNotification(ACCOUNT, "k".repeat(NotificationRules.MAX_KIND_LENGTH + 1), "POST", "p", null),
            new NewNotification(ACCOUNT, "post.response", null, "p", null),
            new NewNotification(ACCOUNT, "post.response", "post", "p", null),
            new NewNotification(ACCOUNT, "post.response", "S".repeat(NotificationRules.MAX_SUBJECT_TYPE_LENGTH + 1),
                    "p", null),
            new NewNotification(ACCOUNT, "post.response", "POST", null, null),
            new NewNotification(ACCOUNT, "post.response", "POST", "", null),
            new NewNotification(ACCOUNT, "post.response", "POST", "a\nb", null),
            new NewNotification(ACCOUNT, "post.response", "POST",
                    "x".repeat(NotificationRules.MAX_SUBJECT_ID_LENGTH + 1), null),
        };
        for (NewNotification notification : malformed) {
            try {
                NotificationRules.check(notification);
                fail("accepted " + notification);
            } catch (IllegalArgumentException expected) {
                // a programming error of the publisher
            }
        }
    }

    @Test
    public void onlyUuidSizedIdsAreLookedUp() {
        assertTrue(NotificationRules.plausibleId(ACCOUNT));
        assertTrue(NotificationRules.plausibleId("a"));
        assertFalse(NotificationRules.plausibleId(null));
        assertFalse(NotificationRules.plausibleId(""));
        assertFalse(NotificationRules.plausibleId(ACCOUNT + "0"));
    }
}
