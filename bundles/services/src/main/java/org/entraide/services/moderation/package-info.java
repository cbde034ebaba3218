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
 * Moderation: what moderators do to what residents report, and the log that keeps it.
 *
 * <p>{@link org.entraide.services.moderation.ModerationService} is the one door: it checks the caller's rights first
 * (the platform's moderators and operators moderate everywhere, a territory's moderators what lies in it), then
 * asks the bundle that owns the target to change it ({@link org.entraide.services.moderation.ModeratedContent},
 * registered by the posts, actors and operations bundles), then records a
 * {@link org.entraide.services.moderation.ModerationEntry} and tells those concerned. Reports themselves are kept by
 * the posts bundle, which lets moderation read and close them through
 * {@link org.entraide.services.moderation.ReportBook}.
 *
 * <p>Core bundles implement the SPI types of this package; partner plugins use the service only.
 */
@Export(attribute = "x-internal:=true")
@Version("1.1.0")
package org.entraide.services.moderation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
