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
package org.entraide.services.plugin;

/**
 * A type that core refused when its plugin registered it, as {@code GET /health} names it.
 *
 * @param bundle the plugin's bundle, symbolic name and version
 * @param kind {@code actor} or {@code operation}
 * @param type the type's key as the plugin gives it (may be {@code null} when it gives none)
 * @param reason what is wrong, in English, every fault found
 */
public record RefusedType(String bundle, String kind, String type, String reason) {
}
