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
package org.entraide.services.relay;

import java.time.Instant;

/**
 * The record of a beneficiary's consent to be registered and posted for. It is never edited: its withdrawal erases
 * the beneficiary.
 *
 * @param obtainedAt when the relay obtained it (not in the future)
 * @param method {@code ORAL} or {@code WRITTEN}
 * @param recordedBy the account that recorded it, the relay
 * @param recordedByName that account's display name
 * @param recordedAt when it was recorded on the platform
 */
public record Consent(Instant obtainedAt, String method, String recordedBy, String recordedByName,
        Instant recordedAt) {
}
