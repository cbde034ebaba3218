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

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import org.entraide.api.error.InvalidRequestException;

/**
 * Where a newest-first page goes on from: the creation time and id of the last row it showed. The next
 * page holds the rows strictly older, or as old with a smaller id, so rows inserted meanwhile (which are
 * newer) never shift it: nothing is shown twice nor skipped.
 *
 * <p>Written for clients as base64url, without padding, of one version byte ({@value #VERSION}), the
 * epoch second (8 bytes), the nanosecond (4 bytes) and the id in UTF-8. Clients treat it as opaque.
 */
record PageCursor(Instant createdAt, String id) {

    static final String PARAMETER = "cursor";

    /** Far above any cursor this writes (about 66 characters), so that decoding refuses junk cheaply. */
    static final int MAX_LENGTH = 200;

    private static final byte VERSION = 1;
    private static final int HEADER = 1 + Long.BYTES + Integer.BYTES;
    private static final int MAX_ID_LENGTH = 64;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_ID_LENGTH + "}");

    PageCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    String encode() {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(HEADER + idBytes.length);
        bytes.put(VERSION).putLong(createdAt.getEpochSecond()).putInt(createdAt.getNano()).put(idBytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * The cursor a page's {@code nextCursor} carries; anything else is an {@link InvalidRequestException}
     * naming {@value #PARAMETER}.
     */
    static PageCursor decode(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw invalid();
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (raw.length <= HEADER || raw[0] != VERSION) {
            throw invalid();
        }
        ByteBuffer bytes = ByteBuffer.wrap(raw);
        bytes.get();
        long second = bytes.getLong();
        int nano = bytes.getInt();
        if (nano < 0 || nano > 999_999_999) {
            throw invalid();
        }
        Instant createdAt;
        try {
            createdAt = Instant.ofEpochSecond(second, nano);
        } catch (DateTimeException outOfRange) {
            throw invalid();
        }
        String id;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            id = chars.toString();
        } catch (CharacterCodingException notText) {
            throw invalid();
        }
        if (!ID.matcher(id).matches()) {
            throw invalid();
        }
        return new PageCursor(createdAt, id);
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException(PARAMETER, "is not a cursor of this list: pass a page's nextCursor as is");
    }
}
