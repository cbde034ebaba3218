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
package org.entraide.identity.internal;

import java.time.Instant;
import java.util.List;

/**
 * Timed events per key, what every throttle of the identity service counts with. The keys are built by
 * {@link LoginThrottle} and never hold an email or an address in clear (see {@link LoginThrottle#digest}).
 */
interface Counters {

    /** The times of this key's events after {@code since}, in no particular order. */
    List<Instant> since(String key, Instant since);

    void record(String key, Instant at);

    /** Forgets every event of this key. */
    void clear(String key);
}
