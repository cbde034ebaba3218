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
package org.entraide.services.identity;

import java.time.Instant;

/**
 * A signed-in session. The token is given once, at sign-in: the server keeps only its hash.
 *
 * @param token the bearer token, at least 128 random bits
 * @param expiresAt when the token stops working
 * @param accountId whose session it is
 */
public record Session(String token, Instant expiresAt, String accountId) {
}
