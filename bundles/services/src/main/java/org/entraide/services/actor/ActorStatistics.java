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
package org.entraide.services.actor;

import java.util.Map;

import org.entraide.services.territory.StatisticsScope;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The actors' figures of a territory's dashboard, read by the actors bundle with an aggregate query.
 *
 * @since 1.2
 */
@ProviderType
public interface ActorStatistics {

    /**
     * The actors located in the territory now, hidden ones left out, by type.
     *
     * @param scope the territory
     * @return the number of actors per type key, sorted by key; types without actors are absent
     */
    Map<String, Long> actorsByType(StatisticsScope scope);
}
