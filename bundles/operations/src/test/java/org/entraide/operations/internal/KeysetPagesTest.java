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
package org.entraide.operations.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.entraide.services.paging.Cursors;
import org.entraide.services.paging.Page;
import org.junit.Test;

/** How a list read by keyset is cut into pages, each test one rule of {@link KeysetPages}. */
public class KeysetPagesTest {

    private static final Instant NINE = Instant.parse("2026-05-02T09:00:00Z");

    private static final Row A = new Row("00000000-0000-4000-8000-00000000000a", NINE);
    private static final Row B = new Row("00000000-0000-4000-8000-00000000000b", NINE.plusSeconds(60));
    private static final Row C = new Row("00000000-0000-4000-8000-00000000000c", NINE.plusSeconds(120));

    @Test
    public void theRowReadBeyondTheLimitIsNotShownButGivesACursorAfterTheLastRowShown() {
        Page<String> page = KeysetPages.page(List.of(A, B, C), 2, "op1", Row::time, Row::id, Row::id);

        assertEquals(List.of(A.id(), B.id()), page.items());
        assertEquals(new Cursors.Position(B.time(), B.id()), Cursors.decode("op1", page.nextCursor()));
    }

    @Test
    public void aPageWithNoRowBeyondTheLimitIsTheLast() {
        Page<String> page = KeysetPages.page(List.of(A, B), 2, "op1", Row::time, Row::id, Row::id);

        assertEquals(List.of(A.id(), B.id()), page.items());
        assertNull(page.nextCursor());
    }

    @Test
    public void anEmptyListIsOneEmptyPage() {
        Page<String> page = KeysetPages.page(List.<Row>of(), 20, "oa1", Row::time, Row::id, Row::id);

        assertEquals(List.of(), page.items());
        assertNull(page.nextCursor());
    }

    @Test
    public void eachRowShownIsShownByTheViewInTheListsOrder() {
        Page<String> page = KeysetPages.page(List.of(C, A), 5, "oa1", Row::time, Row::id,
                row -> row.id().substring(35).toUpperCase(Locale.ROOT));

        assertEquals(List.of("C", "A"), page.items());
    }

    private record Row(String id, Instant time) {
    }
}
