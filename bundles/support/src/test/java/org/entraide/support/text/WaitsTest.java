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

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Waits told in French and in English, never shorter than the wait itself. */
public class WaitsTest {

    @Test
    public void secondsUnderAMinute() {
        assertEquals("1 seconde", Waits.french(0));
        assertEquals("1 second", Waits.english(1));
        assertEquals("59 secondes", Waits.french(59));
        assertEquals("59 seconds", Waits.english(59));
    }

    @Test
    public void minutesAreRoundedUp() {
        assertEquals("1 minute", Waits.french(60));
        assertEquals("2 minutes", Waits.english(61));
        assertEquals("59 minutes", Waits.french(3540));
    }

    @Test
    public void hoursAndMinutes() {
        assertEquals("1 h", Waits.french(3541));
        assertEquals("1 h", Waits.english(3600));
        assertEquals("3 h 05", Waits.french(3 * 3600 + 4 * 60 + 1));
        assertEquals("3 h 5 min", Waits.english(3 * 3600 + 5 * 60));
        assertEquals("24 h", Waits.french(86_400));
    }
}
