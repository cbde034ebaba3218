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
package org.entraide.territories.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.entraide.territories.cfg}: how places outside every territory are served. */
@ObjectClassDefinition(name = "Entraide territories",
        description = "How places outside every territory are served")
public @interface TerritoriesConfig {

    /**
     * Whether only the configured territories are served.
     *
     * @return true to refuse (422) searches centred and things located outside every territory
     */
    @AttributeDefinition(description = "Serve the configured territories only: a search centred outside every"
            + " territory, or an actor or operation located outside, is refused with 422. When false, places"
            + " outside every territory get the platform's defaults (etc/org.entraide.geo.cfg) and every type.")
    boolean territoriesOnly() default false;
}
