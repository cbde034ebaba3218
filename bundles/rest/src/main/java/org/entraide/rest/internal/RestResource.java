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
package org.entraide.rest.internal;

/**
 * Marks a JAX-RS root resource published under {@code /api/v1}. Each resource is a DS component
 * registered under this interface; {@link RestServer} serves whichever are present, so a resource
 * whose services are missing simply is not there until they come.
 */
public interface RestResource {
}
