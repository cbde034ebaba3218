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

/** What an account may do beyond its own things. Every account is a {@link #RESIDENT}. */
public enum Role {
    /** Posts, answers, follows, manages the actors it created. */
    RESIDENT,
    /** Handles reports: hides and restores posts, verifies actors. */
    MODERATOR,
    /** Administers the platform. */
    OPERATOR,
    /**
     * Posts for people without internet (its beneficiaries) and receives the answers for them (since 1.4);
     * granted by the moderators of the territory of the account's home.
     */
    RELAY
}
