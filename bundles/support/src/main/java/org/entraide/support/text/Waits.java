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
package org.entraide.support.text;

/**
 * A wait told to a person, such as "3 h 05" in French and "3 h 5 min" in English: seconds under a minute, else
 * minutes (rounded up, so that trying again after the time told succeeds), else hours and minutes. What a
 * 429 answer's detail says beside its {@code Retry-After} header.
 */
public final class Waits {

    private static final long MINUTE = 60;

    private Waits() {
    }

    /**
     * The wait in French, such as {@code 45 secondes}, {@code 1 minute}, {@code 12 minutes}, {@code 2 h},
     * {@code 3 h 05}.
     *
     * @param seconds the wait, at least one second is told
     * @return the wait, for a sentence such as "Réessayez dans …"
     */
    public static String french(long seconds) {
        long wait = Math.max(1, seconds);
        if (wait < MINUTE) {
            return wait + (wait == 1 ? " seconde" : " secondes");
        }
        long minutes = (wait + MINUTE - 1) / MINUTE;
        if (minutes < MINUTE) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long rest = minutes % MINUTE;
        return minutes / MINUTE + " h" + (rest == 0 ? "" : String.format(" %02d", rest));
    }

    /**
     * The wait in English, such as {@code 45 seconds}, {@code 1 minute}, {@code 12 minutes}, {@code 2 h},
     * {@code 3 h 5 min}.
     *
     * @param seconds the wait, at least one second is told
     * @return the wait, for a sentence such as "Try again in …"
     */
    public static String english(long seconds) {
        long wait = Math.max(1, seconds);
        if (wait < MINUTE) {
            return wait + (wait == 1 ? " second" : " seconds");
        }
        long minutes = (wait + MINUTE - 1) / MINUTE;
        if (minutes < MINUTE) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long rest = minutes % MINUTE;
        return minutes / MINUTE + " h" + (rest == 0 ? "" : " " + rest + " min");
    }
}
