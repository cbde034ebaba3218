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
 * Geography: points, geodesic distances and radii, the spatial cells that make a radius query an index
 * lookup, the fuzzed public position of a resident, and the gazetteer of French places.
 *
 * <p>Distances are geodesic on the WGS84 ellipsoid. A resident's exact position never leaves the server:
 * everything others can observe about it is computed from {@link org.entraide.api.geo.GeoRadiusService#publicPosition}.
 * Rules broken by a caller are reported as {@link org.entraide.api.error.ValidationException}s, a bad radius as
 * the more specific {@link org.entraide.api.geo.InvalidRadiusException}.
 */
@Export
@Version("1.0.0")
package org.entraide.api.geo;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
