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
package org.entraide.geo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The operator's settings of the geo service, configuration PID {@code org.entraide.geo}. */
@ObjectClassDefinition(id = "org.entraide.geo", name = "Entraide geo",
        description = "Search radii of the whole platform, in kilometres.")
public @interface GeoConfig {

    /**
     * The largest radius a request may ask for.
     *
     * @return kilometres, at most 50
     */
    @AttributeDefinition(name = "Maximum radius (km)",
            description = "The largest radius a request may ask for; at most 50, larger values count as 50.")
    double maxRadiusKm() default 50;

    /**
     * The radius of a request that asks for none.
     *
     * @return kilometres, above zero and at most the maximum
     */
    @AttributeDefinition(name = "Default radius (km)",
            description = "The radius used when a request asks for none; at most the maximum radius.")
    double defaultRadiusKm() default 10;

    /**
     * The radii a user interface offers.
     *
     * @return kilometres, comma-separated
     */
    @AttributeDefinition(name = "Offered radii (km)",
            description = "The radii offered to choose from, comma-separated; those above the maximum are dropped.")
    String offeredRadiiKm() default "5,10,25,50";
}
