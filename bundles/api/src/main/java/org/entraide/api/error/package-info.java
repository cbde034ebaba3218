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
 * Failures that every Entraide service may raise, independent of any transport.
 *
 * <p>Services throw these; the REST layer turns each into an RFC 9457 problem with the matching status
 * (422, 404, 409, 403, 401, 429). Nothing in this package knows HTTP.
 */
@Export
@Version("1.0.0")
package org.entraide.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
