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
package org.entraide.rest.internal.actor;

import java.util.List;
import java.util.Map;
import org.entraide.services.actor.Contact;
import org.entraide.rest.internal.geo.LatLon;

/** {@code POST /actors} and {@code PATCH /actors/{id}}. */
public record ActorRequest(String type, String name, String description, LatLon location, String address,
        Contact contact, Map<String, Object> attributes, List<String> helpsWith) {
}
