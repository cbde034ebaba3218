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
package org.entraide.services.identity;

import java.util.Map;

import org.entraide.services.territory.StatisticsScope;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The residents' figures of a territory's dashboard, read by the identity bundle. Homes never leave it: it answers
 * counts by commune only.
 *
 * @since 1.4
 */
@ProviderType
public interface ResidentStatistics {

    /**
     * The active accounts whose home lies in the territory now, by the commune of their home
     * ({@link StatisticsScope#commune()}); those whose home has no commune are counted under the empty key.
     *
     * @param scope the territory
     * @return the number of residents per INSEE code (or {@code ""})
     */
    Map<String, Long> residentsByCommune(StatisticsScope scope);
}
