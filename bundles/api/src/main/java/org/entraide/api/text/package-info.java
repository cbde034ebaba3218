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
 * The one rule of free texts written by people: posts, messages, reports, accounts, actors, operations and plugin
 * fields. Lengths are counted in UTF-16 units so that no text reaches a database column that would refuse it
 * (see {@link org.entraide.api.text.Texts}).
 */
@Export
@Version("1.0.0")
package org.entraide.api.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
