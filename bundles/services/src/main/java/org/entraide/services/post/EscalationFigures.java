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
package org.entraide.services.post;

/**
 * The escalation steps of one level recorded in a period, and how many of their requests were answered after.
 *
 * @param count the steps recorded
 * @param answeredAfter those whose request got its first response after the step
 * @since 1.3
 */
public record EscalationFigures(long count, long answeredAfter) {
}
