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
package org.entraide.services.paging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.entraide.api.error.InvalidRequestException;
import org.junit.Test;

public class CursorsTest {

    private static final String ID = "0b7e6c1a-3f3e-4a57-9d2c-1f2e3d4c5b6a";

    @Test
    public void aTimeCursorComesBackToTheMicrosecond() {
        Instant time = Cursors.truncate(Instant.parse("2026-12-01T15:35:59.123456789Z"));
        Cursors.Position position = Cursors.decode("t1", Cursors.encode("t1", time, ID));
        assertEquals(Instant.parse("2026-12-01T15:35:59.123456Z"), position.time());
        assertEquals(ID, position.id());
        assertNull(Cursors.decode("t1", null));
        assertNull(Cursors.decode("t1", ""));
    }

    @Test
    public void aDistanceCursorKeepsTheDistanceExactlyAndOrdersByDistanceThenId() {
        double metres = 1234.5678901234567;
        Cursors.Nearest after = Cursors.decodeNearest("n1", Cursors.encodeNearest("n1", metres, ID));
        assertEquals(metres, after.metres(), 0);
        assertTrue(after.isBefore(Math.nextUp(metres), "00000000-0000-0000-0000-000000000000"));
        assertTrue(after.isBefore(metres, "ffffffff-0000-0000-0000-000000000000"));
        assertFalse("the item of the cursor itself", after.isBefore(metres, ID));
        assertFalse(after.isBefore(metres, "00000000-0000-0000-0000-000000000000"));
        assertFalse(after.isBefore(Math.nextDown(metres), "ffffffff-0000-0000-0000-000000000000"));
        assertEquals(0, Cursors.decodeNearest("n1", Cursors.encodeNearest("n1", 0, ID)).metres(), 0);
    }

    @Test
    public void nearestFirstPagesEveryItemOnceInOrderOfDistanceThenId() {
        Map<String, Double> metres = Map.of("00000000-0000-0000-0000-000000000003", 300.0,
                "00000000-0000-0000-0000-000000000001", 100.0, "00000000-0000-0000-0000-000000000005", 100.0,
                "00000000-0000-0000-0000-000000000002", 50.0, "00000000-0000-0000-0000-000000000004", 900.0);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<String> page = Cursors.nearestFirst(metres.keySet(), metres::get, id -> id, "n1", cursor, 2);
            assertTrue(page.items().size() <= 2);
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(List.of("00000000-0000-0000-0000-000000000002", "00000000-0000-0000-0000-000000000001",
                "00000000-0000-0000-0000-000000000005", "00000000-0000-0000-0000-000000000003",
                "00000000-0000-0000-0000-000000000004"), seen);
    }

    @Test
    public void anythingElseIsRefusedNamingTheCursor() {
        String time = Cursors.encode("t1", Instant.EPOCH, ID);
        String[] refused = {"%%%", "bm90LWEtY3Vyc29y", time, raw("n1.zz." + ID), raw("n1.1." + "x"),
                raw("n1.7ff8000000000000." + ID), raw("n1.bff0000000000000." + ID)};
        for (String junk : refused) {
            try {
                Cursors.decodeNearest("n1", junk);
                fail("accepted " + junk);
            } catch (InvalidRequestException expected) {
                assertEquals("cursor", expected.errors().get(0).field());
            }
        }
        try {
            Cursors.decode("t1", raw("t1.12ab." + ID));
            fail("a time that is not a number");
        } catch (InvalidRequestException expected) {
            assertEquals("cursor", expected.errors().get(0).field());
        }
    }

    private static String raw(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes());
    }
}
