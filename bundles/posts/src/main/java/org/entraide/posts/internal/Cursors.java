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
package org.entraide.posts.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Pattern;
import org.entraide.api.error.InvalidRequestException;

/**
 * Opaque cursors: the (time, id) of the last item of a page. Lists are ordered by time then id, so a
 * page after a cursor is the same whatever was inserted since, newer items never shifting older ones.
 */
final class Cursors {

    /** A position in a list ordered by time and id. */
    record Position(Instant time, String id) {
    }

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Cursors() {
    }

    /** Times are kept to the microsecond, which both Derby and PostgreSQL store exactly. */
    static Instant truncate(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static String encode(String kind, Instant time, String id) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, time);
        String raw = kind + "." + micros + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position of a cursor of this kind, or null for none; anything else is a 400 naming {@code cursor}. */
    static Position decode(String kind, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\.", 3);
            if (parts.length == 3 && parts[0].equals(kind) && UUID.matcher(parts[2]).matches()) {
                long micros = Long.parseLong(parts[1]);
                return new Position(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), parts[2]);
            }
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw invalid();
        }
        throw invalid();
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException("cursor", "is not a cursor of this list");
    }
}
