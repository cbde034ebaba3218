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
package org.entraide.rest.internal.post;

/**
 * Dismissing a target's open reports, {@code {"targetType","targetId","reason"?}}.
 *
 * @param targetType {@code POST}, {@code ACTOR}, {@code OPERATION}, {@code MESSAGE} or {@code ACCOUNT}
 * @param targetId the target's id
 * @param reason why, optional, at most 500 characters
 */
public record DismissRequest(String targetType, String targetId, String reason) {
}
