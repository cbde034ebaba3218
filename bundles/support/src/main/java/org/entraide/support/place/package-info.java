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
 * INTERNAL to the Entraide core: the place of a radius list (its centre, its radius under the territory's
 * rules, the cells that cover it), worked out the same way for every list around a point. It relies on the
 * API's geo and territory services only. Exported only so that core bundles can import it; it is not part of
 * the partner API (that is {@code org.entraide.api}), it carries no compatibility promise, and partner plugins
 * must not use it.
 */
@Export(attribute = "x-internal:=true")
@Version("0.1.0")
package org.entraide.support.place;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
