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
package org.entraide.api.plugin;

import java.util.Map;
import org.entraide.api.geo.GeoPoint;

/**
 * What an operation type may know when it checks a participation. {@code participantHome} is the
 * participant's exact home, given to the type on the server side only: a type must never put it, or
 * anything derived from it such as a distance, in a message or an attribute.
 *
 * @param operationAttributes the operation's own attributes, as stored
 * @param actorLocation the actor's public location
 * @param location the operation's location
 * @param participantHome the participant's exact home (private)
 */
public record ParticipationContext(Map<String, Object> operationAttributes, GeoPoint actorLocation,
        GeoPoint location, GeoPoint participantHome) {

    public ParticipationContext {
        operationAttributes = Map.copyOf(operationAttributes);
    }
}
