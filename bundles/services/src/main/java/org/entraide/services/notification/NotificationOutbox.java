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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** The outbox of notification channels and the digest job, for operators' commands (since 1.3). */
@ProviderType
public interface NotificationOutbox {

    /** How many deliveries there are: channel, then status ({@code PENDING}, {@code SENT}, {@code FAILED}). */
    Map<String, Map<String, Long>> counts();

    /**
     * The deliveries of one status, oldest first.
     *
     * @param status {@code PENDING}, {@code SENT} or {@code FAILED}
     * @param limit 1 to 1000
     */
    List<OutboxEntry> deliveries(String status, int limit);

    /**
     * Runs the digest job as if it were {@code at}: for each resident, the daily digest of the period that ended
     * at the last digest hour before {@code at} (and on or after a Monday's digest hour, the weekly one), unless
     * already recorded for that period. Nothing new, no digest.
     *
     * @return how many digests were recorded
     */
    int runDigests(Instant at);
}
