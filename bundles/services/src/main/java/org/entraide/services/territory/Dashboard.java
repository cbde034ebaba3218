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

import java.util.List;
import java.util.Map;

import org.entraide.services.post.EscalationFigures;
import org.entraide.services.post.UnansweredRequest;

/**
 * A territory's dashboard: what was posted and answered in a period, what is unanswered now, the actors,
 * operations and residents there, week by week and commune by commune. Dates are UTC days ({@code YYYY-MM-DD}),
 * weeks ISO weeks ({@code 2026-W45}, from Monday).
 *
 * @param territory the territory's key and name
 * @param from the first day of the period
 * @param to the last day of the period, inclusive
 * @param posts the requests and offers posted in the period
 * @param answeredWithin24h the requests of the period answered within 24 hours, and their share of the requests
 * @param medianFirstResponseHours the median time from a request of the period to its first response, in hours,
 *        over the answered requests; {@code null} when none was answered
 * @param unanswered the requests open and unanswered now
 * @param escalations the escalation steps of the period, by level
 * @param actors the actors there now, by type
 * @param operations the operations there now, by type
 * @param participations the participations created in the period in operations there
 * @param residents the active residents whose home is there now
 * @param weekly the period week by week
 * @param communes the figures by commune of the public position (home for residents), by INSEE code
 * @since 1.2
 */
public record Dashboard(Named territory, String from, String to, Posted posts, Answered answeredWithin24h,
        Double medianFirstResponseHours, Unanswered unanswered, Map<String, EscalationFigures> escalations,
        Counted actors, Counted operations, long participations, long residents, List<Week> weekly,
        List<Commune> communes) {

    /**
     * A territory's key and name.
     *
     * @param key its key
     * @param name its name
     */
    public record Named(String key, String name) {
    }

    /**
     * Requests and offers.
     *
     * @param requests the requests
     * @param offers the offers
     */
    public record Posted(long requests, long offers) {
    }

    /**
     * Requests answered within 24 hours.
     *
     * @param count how many
     * @param share their share of the requests, from 0 to 1; {@code null} when there was no request
     */
    public record Answered(long count, Double share) {
    }

    /**
     * The requests unanswered now.
     *
     * @param count how many in all
     * @param items the newest of them (at most 200)
     */
    public record Unanswered(long count, List<UnansweredRequest> items) {
    }

    /**
     * Things counted by type.
     *
     * @param total how many
     * @param byType how many of each type, by type key
     */
    public record Counted(long total, Map<String, Long> byType) {
    }

    /**
     * One ISO week of the period.
     *
     * @param week its key, such as {@code 2026-W45}
     * @param start its Monday
     * @param requests the requests posted that week
     * @param offers the offers posted that week
     * @param answeredWithin24h the requests of that week answered within 24 hours
     * @param participations the participations created that week
     */
    public record Week(String week, String start, long requests, long offers, long answeredWithin24h,
            long participations) {
    }

    /**
     * One commune's figures.
     *
     * @param inseeCode its INSEE code
     * @param name its name
     * @param requests the requests of the period
     * @param offers the offers of the period
     * @param answeredWithin24h the requests of the period answered within 24 hours
     * @param unanswered the requests unanswered now
     * @param residents the residents now
     */
    public record Commune(String inseeCode, String name, long requests, long offers, long answeredWithin24h,
            long unanswered, long residents) {
    }
}
