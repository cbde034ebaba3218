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
package org.entraide.services.territory;

import org.entraide.services.identity.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Territories' dashboards, for their moderators and for the platform's moderators and operators.
 *
 * @since 1.2
 */
@ProviderType
public interface DashboardService {

    /** The longest period a dashboard covers, in days. */
    int MAX_DAYS = 366;

    /** The period of a dashboard that names none: the last twelve weeks, today included. */
    int DEFAULT_WEEKS = 12;

    /**
     * A territory's dashboard.
     *
     * @param caller who asks: a moderator of the territory, or a platform moderator or operator
     * @param key the territory's key
     * @param from the first day ({@code YYYY-MM-DD}, UTC), or {@code null} for twelve weeks before {@code to}
     * @param to the last day, inclusive, or {@code null} for today
     * @return the dashboard
     * @throws org.entraide.api.error.AuthenticationException without a caller
     * @throws org.entraide.api.error.NotFoundException when no territory has that key
     * @throws org.entraide.api.error.ForbiddenException when the caller moderates neither it nor everywhere
     * @throws org.entraide.api.error.InvalidRequestException when a date is malformed, {@code from} is after
     *         {@code to} or the period is longer than {@link #MAX_DAYS} days
     */
    Dashboard dashboard(Caller caller, String key, String from, String to);
}
