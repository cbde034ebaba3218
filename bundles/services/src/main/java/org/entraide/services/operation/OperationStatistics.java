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
package org.entraide.services.operation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.entraide.services.territory.StatisticsScope;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The operations' figures of a territory's dashboard, read by the operations bundle with bounded queries: an
 * operation, and a participation in it, is in the territory by the operation's location.
 *
 * @since 1.2
 */
@ProviderType
public interface OperationStatistics {

    /**
     * The operations located in the territory and published now, hidden ones left out, by type.
     *
     * @param scope the territory
     * @return the number of operations per type key, sorted by key; types without operations are absent
     */
    Map<String, Long> operationsByType(StatisticsScope scope);

    /**
     * When each participation created during the period in an operation of the territory was created.
     *
     * @param scope the territory and the period
     * @return the instants, oldest first
     */
    List<Instant> participations(StatisticsScope scope);
}
