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
 * What one node of a multi-node deployment must agree on with the others: which node runs each scheduled job
 * ({@link org.entraide.services.node.JobLeases}) and whether its configuration is the others'
 * ({@link org.entraide.services.node.NodeConfiguration}).
 */
@Export(attribute = "x-internal:=true")
@Version("1.0.0")
package org.entraide.services.node;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
