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
package org.entraide.services.territory;

/**
 * A territory's escalation ladder for the requests nobody answers (since 1.1): after {@code actorsAfterHours}
 * without a response, a request is shown to the managers of at most {@code maxActors} nearby actors that help
 * with its category; after {@code moderatorsAfterHours}, to the territory's moderators.
 *
 * @param actorsAfterHours hours without a response before the actors step, at least 1
 * @param moderatorsAfterHours hours without a response before the moderators step, at least 1
 * @param maxActors how many actors at most, at least 1
 */
public record Escalation(int actorsAfterHours, int moderatorsAfterHours, int maxActors) {

    /** The ladder of a territory that sets none: 24 hours, 48 hours, 5 actors. */
    public static final Escalation DEFAULTS = new Escalation(24, 48, 5);
}
