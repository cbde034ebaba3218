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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code data} of a notification: a few short public strings for the client's text, stored as one
 * flat JSON object in a column of {@value #MAX_JSON_LENGTH} characters.
 *
 * <p>Keys are the publisher's constants: a malformed key or too many of them is a programming error
 * ({@link IllegalArgumentException}). Values come from people (a post's title) and are made to fit:
 * control characters become spaces, and values are shortened, with an ellipsis, to at most
 * {@value #MAX_VALUE_LENGTH} characters, then further, longest first, until the JSON fits the column.
 */
final class NotificationData {

    static final int MAX_JSON_LENGTH = 2000;
    static final int MAX_ENTRIES = 16;
    static final int MAX_KEY_LENGTH = 40;
    static final int MAX_VALUE_LENGTH = 200;

    private static final Logger LOG = LoggerFactory.getLogger(NotificationData.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0," + (MAX_KEY_LENGTH - 1) + "}");
    private static final String ELLIPSIS = "\u2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> FLAT_OBJECT = new TypeReference<>() {
    };

    private NotificationData() {
    }

    /** The JSON to store for these values; {@code {}} for none. */
    static String encode(Map<String, String> data) {
        SortedMap<String, String> values = normalize(data);
        String json = write(values);
        while (json.length() > MAX_JSON_LENGTH) {
            // Keys alone always fit (MAX_ENTRIES * MAX_KEY_LENGTH is far below the column): this ends.
            String longest = null;
            for (Map.Entry<String, String> entry : values.entrySet()) {
                if (longest == null || entry.getValue().length() > values.get(longest).length()) {
                    longest = entry.getKey();
                }
            }
            String value = values.get(longest);
            if (value.isEmpty()) {
                throw new IllegalStateException("Notification data does not fit even without values");
            }
            int excess = json.length() - MAX_JSON_LENGTH;
            values.put(longest, shorten(value, Math.max(0, Math.min(value.length() - 1, value.length() - excess))));
            json = write(values);
        }
        return json;
    }

    /** The values a stored JSON holds; a row that cannot be read shows no values rather than failing a page. */
    static Map<String, String> decode(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, FLAT_OBJECT);
        } catch (JsonProcessingException | RuntimeException unreadable) {
            LOG.warn("Unreadable notification data ignored: {}", unreadable.getMessage());
            return Map.of();
        }
    }

    /** Checks the keys and cleans the values, without the fitting to the column. */
    static SortedMap<String, String> normalize(Map<String, String> data) {
        SortedMap<String, String> values = new TreeMap<>();
        if (data == null) {
            return values;
        }
        if (data.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("A notification carries at most " + MAX_ENTRIES + " data values");
        }
        for (Map.Entry<String, String> entry : data.entrySet()) {
            String key = entry.getKey();
            if (key == null || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("Notification data key " + key + " is not a letter followed by"
                        + " at most " + (MAX_KEY_LENGTH - 1) + " letters, digits, '_', '.' or '-'");
            }
            if (entry.getValue() != null) {
                values.put(key, shorten(clean(entry.getValue()), MAX_VALUE_LENGTH));
            }
        }
        return values;
    }

    /** Control characters (line breaks included) become spaces: the values are one-line snippets. */
    static String clean(String value) {
        StringBuilder cleaned = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            cleaned.append(Character.isISOControl(c) ? ' ' : c);
        }
        return cleaned.toString();
    }

    /**
     * The value cut to at most {@code max} UTF-16 characters, ending with an ellipsis when cut, never in
     * the middle of a surrogate pair.
     */
    static String shorten(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        if (max <= ELLIPSIS.length()) {
            return "";
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + ELLIPSIS;
    }

    private static String write(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Strings could not be written as JSON", e);
        }
    }
}
