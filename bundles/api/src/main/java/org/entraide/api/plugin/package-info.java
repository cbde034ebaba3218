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
 * The plugin SPI: actor types and operation types that bundles add at run time.
 *
 * <p>A plugin registers an {@link org.entraide.api.plugin.ActorType} or
 * {@link org.entraide.api.plugin.OperationType} as an OSGi service with the service property
 * {@value org.entraide.api.plugin.ActorType#TYPE_PROPERTY} set to its key. Core binds it at once and
 * lists it in {@code GET /actor-types} or {@code GET /operation-types}; when it leaves, its actors
 * and operations stay, read-only, until it comes back. A type declares its attributes as a list of
 * {@link org.entraide.api.plugin.FieldSpec}s, which core checks and stores as a JSON document (the
 * plugin needs no table) and from which the web app renders forms and detail views; rules beyond the
 * schema go in {@code validate}.
 */
@Export
@Version("1.0.0")
package org.entraide.api.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
