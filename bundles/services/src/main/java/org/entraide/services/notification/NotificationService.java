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
package org.entraide.services.notification;

import java.util.List;
import java.util.Map;
import org.entraide.services.paging.Page;
import org.osgi.annotation.versioning.ProviderType;

/** Publishes notifications and serves them to their recipients. */
@ProviderType
public interface NotificationService {

    /** Stores a notification for its recipient; a recipient that does not exist is ignored. */
    void publish(NewNotification notification);

    /**
     * Mails a message the recipient needs whatever their settings (since 1.3): proving their address or resetting
     * their password, kinds starting with {@code account.}. It goes by email only, through the outbox like every
     * notification (so it waits while no mail server is configured and is sent once), is never listed in the
     * app, and its data, which may hold a one-use token, is erased once it has been sent or given up. It is
     * the only mail an address that is not verified receives.
     *
     * @param kind {@code account.email-verification} or {@code account.password-reset}
     * @param data short values for the mail, such as {@code token}
     */
    void publishTransactional(String recipientId, String kind, Map<String, String> data);

    /**
     * Publishes through {@code service} when there is one (the notifications bundle is optional to those who
     * publish), and logs a failure rather than throwing it: a notification is never worth undoing the write it
     * tells of, which is committed when this is called.
     */
    static void publishQuietly(NotificationService service, NewNotification notification) {
        if (service == null) {
            return;
        }
        try {
            service.publish(notification);
        } catch (RuntimeException e) {
            System.getLogger(NotificationService.class.getName()).log(System.Logger.Level.WARNING,
                    "Notification " + notification.kind() + " to " + notification.recipientId() + " not published", e);
        }
    }

    /**
     * The recipient's notifications, newest first.
     *
     * @param unreadOnly only those not yet read
     * @param cursor {@code null} for the first page, else a page's {@code nextCursor}; a cursor that is
     *        not one is an {@code InvalidRequestException} naming {@code cursor}
     * @param limit 1 to 100
     */
    Page<Notification> list(String recipientId, boolean unreadOnly, String cursor, int limit);

    /** How many of the recipient's notifications are unread. */
    long unreadCount(String recipientId);

    /** Marks these notifications of the recipient as read; ids of others' notifications are ignored. */
    void markRead(String recipientId, List<String> ids);

    /** Marks every notification of the recipient as read. */
    void markAllRead(String recipientId);
}
