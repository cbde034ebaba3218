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
/**
 * INTERNAL to the Entraide core (bundle {@code org.entraide.services}, exported with {@code x-internal:=true}):
 * not part of the partner API, no compatibility promise.
 * Territories: the perimeters an operator serves, each with its own radius limits, enabled actor and operation
 * types and moderators, configured as Config Admin factory configurations
 * ({@code etc/org.entraide.territory-<key>.cfg}) and applied without a restart.
 *
 * <p>Every radius query and every creation of a typed thing asks
 * {@link org.entraide.services.territory.TerritoryService} for the
 * {@link org.entraide.services.territory.Scope} of its centre or location: the territory there, or the platform's
 * defaults outside every territory.
 */
@Export(attribute = "x-internal:=true")
@Version("1.2.0")
package org.entraide.services.territory;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
