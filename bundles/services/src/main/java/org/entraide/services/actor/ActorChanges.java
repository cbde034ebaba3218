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

import java.util.List;
import java.util.Map;

/**
 * A manager's changes to an actor; {@code null} leaves a field as it is; attributes are replaced whole.
 *
 * @param helpsWith the keys of the post categories it helps with, replaced whole (since 1.1)
 */
public record ActorChanges(String name, String description, Double lat, Double lon, String address, Contact contact,
        Map<String, Object> attributes, List<String> helpsWith) {

    /** Changes that leave the categories as they are (the 1.0 constructor). */
    public ActorChanges(String name, String description, Double lat, Double lon, String address, Contact contact,
            Map<String, Object> attributes) {
        this(name, description, lat, lon, address, contact, attributes, null);
    }
}
