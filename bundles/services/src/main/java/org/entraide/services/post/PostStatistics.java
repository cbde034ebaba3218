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
import java.util.Map;

import org.entraide.api.geo.GeoPoint;
import org.entraide.services.territory.StatisticsScope;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The posts' figures of a territory's dashboard, read by the posts bundle from its own tables with bounded
 * queries: a post is in the territory by its public position.
 *
 * @since 1.3
 */
@ProviderType
public interface PostStatistics {

    /**
     * The posts created during the scope's period inside it (hidden ones left out), with the time of their first
     * response.
     *
     * @param scope the territory and the period
     * @return one fact per post, oldest first
     */
    List<PostFact> posted(StatisticsScope scope);

    /**
     * The requests of the territory open and unanswered at the scope's {@code now}, newest first.
     *
     * @param scope the territory
     * @param limit the largest number of requests to list
     * @return at most {@code limit} requests
     */
    List<UnansweredRequest> unanswered(StatisticsScope scope, int limit);

    /**
     * How many requests of the territory are open and unanswered at the scope's {@code now}, by public position.
     *
     * @param scope the territory
     * @return the counts, by public position
     */
    Map<GeoPoint, Long> unansweredByPosition(StatisticsScope scope);

    /**
     * The escalation steps recorded during the period for requests of the territory, by level
     * ({@link EscalationStep#ACTORS}, {@link EscalationStep#MODERATORS}): how many, and how many of those requests
     * got a response after the step.
     *
     * @param scope the territory and the period
     * @return the figures of each level, both levels always present
     */
    Map<String, EscalationFigures> escalations(StatisticsScope scope);
}
