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
package org.entraide.api.error;

import java.util.Map;

/** Too many attempts: the caller must wait {@link #retryAfterSeconds()} before trying again. */
public class RateLimitedException extends EntraideException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public RateLimitedException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /**
     * Too many attempts, told in several languages (since 1.2): see {@link EntraideException#message(String)}.
     *
     * @param messages the message by language code; must hold {@code en}
     * @param retryAfterSeconds seconds to wait, raised to one if less
     */
    public RateLimitedException(Map<String, String> messages, long retryAfterSeconds) {
        super(messages);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Seconds to wait, at least one. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
