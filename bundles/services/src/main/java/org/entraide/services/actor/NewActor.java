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
 * What a resident gives to create an actor; {@code null} means "not given".
 *
 * @param type the key of an installed {@link org.entraide.api.plugin.ActorType}
 * @param lat the actor's public location
 * @param lon the actor's public location
 * @param attributes checked against the type's fields, then by the type
 * @param helpsWith the keys of the post categories it helps with (since 1.1), or {@code null} for none
 */
public record NewActor(String type, String name, String description, Double lat, Double lon, String address,
        Contact contact, Map<String, Object> attributes, List<String> helpsWith) {

    /** An actor that helps with no category (the 1.0 constructor). */
    public NewActor(String type, String name, String description, Double lat, Double lon, String address,
            Contact contact, Map<String, Object> attributes) {
        this(type, name, description, lat, lon, address, contact, attributes, null);
    }
}
