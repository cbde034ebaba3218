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
package org.entraide.shell.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** How {@code entraide:reports} reads {@code --limit}. */
public class ReportsCommandTest {

    @Test
    public void aLimitInRangeIsKept() {
        assertEquals(1, ReportsCommand.pageSize(1));
        assertEquals(100, ReportsCommand.pageSize(100));
        assertEquals(1000, ReportsCommand.pageSize(1000));
    }

    @Test
    public void aLimitOfZeroOrLessStillShowsOneReport() {
        assertEquals(1, ReportsCommand.pageSize(0));
        assertEquals(1, ReportsCommand.pageSize(-5));
    }

    @Test
    public void aLimitAboveAThousandIsCutToAThousand() {
        assertEquals(1000, ReportsCommand.pageSize(1001));
        assertEquals(1000, ReportsCommand.pageSize(Integer.MAX_VALUE));
    }
}
