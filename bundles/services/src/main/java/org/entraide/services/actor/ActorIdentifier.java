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

/**
 * An actor's public identifier, shown to everyone beside the link to the public register that holds it, so that a
 * moderator checks it before verifying the actor (since 1.1).
 *
 * @param kind {@code SIRET} (a shop's or a producer's establishment), {@code RNA} (an association) or
 *        {@code INSEE} (a local authority's official code: a commune's, a département's or a region's INSEE code,
 *        or an intercommunality's SIREN)
 * @param value the identifier as the actor gave it
 * @param registerUrl the page of the public register about it: the Annuaire des entreprises for a SIRET or an RNA
 *        number, INSEE's site for a local authority
 */
public record ActorIdentifier(String kind, String value, String registerUrl) {
}
