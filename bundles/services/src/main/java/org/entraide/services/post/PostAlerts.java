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
package org.entraide.services.post;

import java.util.List;
import org.entraide.services.identity.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Alerts near home: a resident asks to be told of every new post of a kind and of some categories whose public
 * position lies within a radius of their home. When a post is created, the owners of the alerts it matches
 * receive a notification of kind {@value #NOTIFICATION_KIND} about the post (subject type {@code POST}), with
 * the data {@code title}, {@code category} and {@code kind}; the notifications core delivers it through the
 * channels each owner chose. A post never alerts its own author, and a post hidden by moderation alerts nobody.
 *
 * <p>Matching uses the cells of the feed: each alert stores the cells covering its circle around the owner's
 * home, so a new post costs one indexed lookup of its four cell keys, then an exact geodesic test for the few
 * alerts found, never a scan of every alert. The owner's exact home is only used on the server.
 *
 * <p>The caller is the authenticated resident; rules answer with the exceptions of {@code org.entraide.api.error}:
 * an alert of someone else is a {@code NotFoundException}, like one that does not exist.
 */
@ProviderType
public interface PostAlerts {

    /** The kind of the notification sent when a new post matches an alert. */
    String NOTIFICATION_KIND = "alert.match";

    /** The most alerts one account may have at once. */
    int MAX_ALERTS_PER_ACCOUNT = 20;

    /**
     * Creates an alert for the caller.
     *
     * @param owner the resident, whose home is the centre of the alert
     * @param alert the kind, the categories and the radius
     * @return the alert created
     * @throws org.entraide.api.error.ValidationException naming {@code kind} or {@code categories} (422), or a
     *         {@link org.entraide.api.geo.InvalidRadiusException} naming {@code radiusKm} when the radius is not
     *         allowed at the owner's home; nothing is written
     * @throws org.entraide.api.error.ConflictException when the owner already has
     *         {@value #MAX_ALERTS_PER_ACCOUNT} alerts
     */
    Alert createAlert(Caller owner, NewAlert alert);

    /**
     * The caller's alerts, oldest first.
     *
     * @param owner the resident
     * @return the alerts, at most {@value #MAX_ALERTS_PER_ACCOUNT}
     */
    List<Alert> alerts(Caller owner);

    /**
     * Deletes one of the caller's alerts.
     *
     * @param owner the resident
     * @param alertId the alert
     * @throws org.entraide.api.error.NotFoundException when the caller has no such alert
     */
    void deleteAlert(Caller owner, String alertId);

    /**
     * Tells the alerts that an account's home may have moved: their cells are computed again from the home
     * now known to identity. Identity does not announce a move itself, so whoever changes a home calls this
     * after the change is committed; matching also checks the current home before it notifies anyone.
     *
     * @param accountId the account whose home changed
     */
    void homeChanged(String accountId);
}
