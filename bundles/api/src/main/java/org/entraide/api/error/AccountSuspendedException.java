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

import java.time.Instant;

/**
 * The account is suspended (since 1.2): answered to a sign-in whose password is right, and only then, so that
 * nobody without the password learns the account's state. The REST layer answers a 403 problem of its own type
 * carrying {@link #suspendedUntil()}.
 */
public class AccountSuspendedException extends ForbiddenException {

    private static final long serialVersionUID = 1L;

    private final Instant suspendedUntil;

    /**
     * @param message for the person who signs in
     * @param suspendedUntil when the suspension ends by itself, or {@code null} when it lasts until lifted
     */
    public AccountSuspendedException(String message, Instant suspendedUntil) {
        super(message);
        this.suspendedUntil = suspendedUntil;
    }

    /** When the suspension ends by itself; {@code null} when it lasts until a moderator lifts it. */
    public Instant suspendedUntil() {
        return suspendedUntil;
    }
}
