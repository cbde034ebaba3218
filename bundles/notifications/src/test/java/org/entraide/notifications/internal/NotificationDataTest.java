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
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;

public class NotificationDataTest {

    @Test
    public void noValuesIsAnEmptyObject() {
        assertEquals("{}", NotificationData.encode(Map.of()));
        assertEquals("{}", NotificationData.encode(null));
        assertEquals(Map.of(), NotificationData.decode("{}"));
    }

    @Test
    public void roundTripsTextThatNeedsEscaping() {
        Map<String, String> data = Map.of("title", "Besoin d'aide \"urgent\" \\ pour déménager 🚚",
                "status", "FULFILLED", "empty", "");

        assertEquals(data, NotificationData.decode(NotificationData.encode(data)));
    }

    @Test
    public void writesKeysInOrder() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("b", "2");
        data.put("a", "1");

        assertEquals("{\"a\":\"1\",\"b\":\"2\"}", NotificationData.encode(data));
    }

    @Test
    public void controlCharactersBecomeSpaces() {
        Map<String, String> stored = NotificationData.decode(
                NotificationData.encode(Map.of("title", "two\nlines\tand a bell\u0007")));

        assertEquals(Map.of("title", "two lines and a bell "), stored);
        assertEquals("a b c", NotificationData.clean("a\rb\u0000c"));
    }

    @Test
    public void longValuesAreShortenedWithAnEllipsis() {
        String title = "x".repeat(500);

        String stored = NotificationData.decode(NotificationData.encode(Map.of("title", title))).get("title");

        assertEquals(NotificationData.MAX_VALUE_LENGTH, stored.length());
        assertTrue(stored.endsWith("\u2026"));
        assertTrue(title.startsWith(stored.substring(0, stored.length() - 1)));
    }

    @Test
    public void shorteningNeverSplitsASurrogatePair() {
        String emojis = "😀".repeat(10);

        String cut = NotificationData.shorten(emojis, 6);

        assertEquals("😀😀\u2026", cut);
        assertEquals("", NotificationData.shorten(emojis, 1));
        assertEquals("abc", NotificationData.shorten("abc", 3));
    }

    @Test
    public void theMostAndLongestValuesStillFitTheColumn() {
        Map<String, String> data = new HashMap<>();
        for (int i = 0; i < NotificationData.MAX_ENTRIES; i++) {
            data.put("key" + i + "-".repeat(NotificationData.MAX_KEY_LENGTH - 5), "\"\\".repeat(300));
        }

        String json = NotificationData.encode(data);

        assertTrue(json.length() <= NotificationData.MAX_JSON_LENGTH);
        Map<String, String> back = NotificationData.decode(json);
        assertEquals(data.keySet(), back.keySet());
    }

    @Test
    public void fittingShortensTheLongestValuesFirst() {
        Map<String, String> data = new HashMap<>();
        data.put("status", "OPEN");
        for (int i = 0; i < 12; i++) {
            data.put("text" + i, "y".repeat(190));
        }

        Map<String, String> back = NotificationData.decode(NotificationData.encode(data));

        assertEquals("OPEN", back.get("status"));
        assertTrue(NotificationData.encode(data).length() <= NotificationData.MAX_JSON_LENGTH);
    }

    @Test
    public void malformedKeysAreProgrammingErrors() {
        String tooLong = "k".repeat(NotificationData.MAX_KEY_LENGTH + 1);
        for (String key : new String[] {"", "1title", "with space", "é", tooLong, "quote\""}) {
            try {
                NotificationData.encode(Map.of(key, "v"));
                fail("accepted key " + key);
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("key"));
            }
        }
        NotificationData.encode(Map.of("post.title_2-x", "v", "k".repeat(NotificationData.MAX_KEY_LENGTH), "v"));
    }

    @Test
    public void tooManyValuesAreAProgrammingError() {
        Map<String, String> data = new HashMap<>();
        for (int i = 0; i <= NotificationData.MAX_ENTRIES; i++) {
            data.put("k" + i, "v");
        }
        try {
            NotificationData.encode(data);
            fail();
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains(String.valueOf(NotificationData.MAX_ENTRIES)));
        }
    }

    @Test
    public void unreadableStoredDataShowsNoValues() {
        assertEquals(Map.of(), NotificationData.decode("not json"));
        assertEquals(Map.of(), NotificationData.decode("{\"a\":{\"nested\":1}}"));
        assertEquals(Map.of(), NotificationData.decode(null));
        assertEquals(Map.of(), NotificationData.decode(""));
    }
}
