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
package org.entraide.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The operator's settings of the web application, configuration PID {@code org.entraide.web}. */
@ObjectClassDefinition(id = "org.entraide.web", name = "Entraide web",
        description = "Map tiles, default language and initial map view of the web application.")
public @interface WebConfig {

    /**
     * The tile URL template.
     *
     * @return a URL with {z}, {x}, {y} and optionally {s}
     */
    @AttributeDefinition(name = "Tile URL template", description = "With {z}, {x}, {y} (and {s}); its host is "
            + "the only outside origin the browser may load images from.")
    String tileUrl() default "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /**
     * The attribution shown on the map.
     *
     * @return plain text
     */
    @AttributeDefinition(name = "Tile attribution", description = "Shown on the map as plain text.")
    String tileAttribution() default "\u00a9 OpenStreetMap contributors";

    /**
     * The highest zoom level of the tile server.
     *
     * @return a zoom level
     */
    @AttributeDefinition(name = "Highest zoom level")
    int tileMaxZoom() default 19;

    /**
     * The interface language before the visitor chooses one.
     *
     * @return fr or en
     */
    @AttributeDefinition(name = "Default language", description = "fr or en.")
    String defaultLanguage() default "fr";

    /**
     * Where the map opens before a home is chosen.
     *
     * @return latitude,longitude
     */
    @AttributeDefinition(name = "Initial map centre", description = "latitude,longitude in degrees.")
    String mapCentre() default "46.6,2.5";

    /**
     * The zoom of the initial map view.
     *
     * @return a zoom level
     */
    @AttributeDefinition(name = "Initial map zoom")
    int mapZoom() default 5;
}
