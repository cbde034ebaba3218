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
package org.entraide.notifications.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.entraide.api.error.InvalidRequestException;
import org.junit.Test;

public class PageCursorTest {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    @Test
    public void roundTripsTimeToTheNanosecondAndTheId() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-12-01T08:00:00.123456789Z"),
                UUID.randomUUID().toString());

        assertEquals(cursor, PageCursor.decode(cursor.encode()));
    }

    @Test
    public void roundTripsTimesBeforeTheEpoch() {
        PageCursor cursor = new PageCursor(Instant.parse("1969-07-20T20:17:40.5Z"), "a");

        assertEquals(cursor, PageCursor.decode(cursor.encode()));
    }

    @Test
    public void isUrlSafeBase64WithoutPadding() {
        for (int i = 0; i < 200; i++) {
            String text = new PageCursor(Instant.ofEpochSecond(1_800_000_000L + i * 7919L, i * 4_999_999),
                    UUID.randomUUID().toString()).encode();
            assertTrue(text, text.matches("[A-Za-z0-9_-]+"));
            assertTrue(text, text.length() < PageCursor.MAX_LENGTH);
        }
    }

    @Test
    public void acceptsPaddedBase64ToBeLenientWithClients() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-12-01T08:00:00Z"), "abc");
        String padded = Base64.getUrlEncoder().encodeToString(Base64.getUrlDecoder().decode(cursor.encode()));

        assertEquals(cursor, PageCursor.decode(padded));
    }

    @Test
    public void refusesWhatIsNotACursorNamingTheParameter() {
        String good = new PageCursor(Instant.parse("2026-12-01T08:00:00Z"), UUID.randomUUID().toString()).encode();
        String[] garbage = {
            "", " ", "garbage!", "%%%", "abc", good.substring(0, 10), good + "~", "x".repeat(PageCursor.MAX_LENGTH + 1),
            URL.encodeToString(new byte[13]),
            URL.encodeToString("1|2026-12-01T08:00:00Z|abc".getBytes(StandardCharsets.UTF_8)),
            raw((byte) 2, 1_800_000_000L, 0, "abc"),
            raw((byte) 1, 1_800_000_000L, -1, "abc"),
            raw((byte) 1, 1_800_000_000L, 1_000_000_000, "abc"),
            raw((byte) 1, Long.MAX_VALUE, 0, "abc"),
            raw((byte) 1, 1_800_000_000L, 0, "has space"),
            raw((byte) 1, 1_800_000_000L, 0, "quote'"),
            raw((byte) 1, 1_800_000_000L, 0, "x".repeat(65)),
            rawBytes((byte) 1, 1_800_000_000L, 0, new byte[] {(byte) 0xC3, (byte) 0x28}),
        };
        for (String text : garbage) {
            try {
                PageCursor.decode(text);
                fail("accepted " + text);
            } catch (InvalidRequestException expected) {
                assertEquals("cursor", expected.errors().get(0).field());
            }
        }
    }

    @Test
    public void refusesNull() {
        try {
            PageCursor.decode(null);
            fail();
        } catch (InvalidRequestException expected) {
            assertEquals("cursor", expected.errors().get(0).field());
        }
    }

    @Test
    public void differentPositionsGiveDifferentCursors() {
        Instant at = Instant.parse("2026-12-01T08:00:00Z");
        assertFalse(new PageCursor(at, "a").encode().equals(new PageCursor(at, "b").encode()));
        assertFalse(new PageCursor(at, "a").encode().equals(new PageCursor(at.plusNanos(1000), "a").encode()));
    }

    private static String raw(byte version, long second, int nano, String id) {
        return rawBytes(version, second, nano, id.getBytes(StandardCharsets.UTF_8));
    }

    private static String rawBytes(byte version, long second, int nano, byte[] id) {
        ByteBuffer bytes = ByteBuffer.allocate(13 + id.length);
        bytes.put(version).putLong(second).putInt(nano).put(id);
        return URL.encodeToString(bytes.array());
    }
}
