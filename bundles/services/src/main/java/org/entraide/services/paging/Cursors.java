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

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.InvalidRequestException;

/**
 * Opaque keyset cursors: the sort key and the id of a page's last item. A list is ordered by its key then id,
 * so the page after a cursor is the same whatever was inserted since: what is new lands before or after the
 * cursor, never shifting what the client has not seen yet (an offset would repeat or skip items then).
 * Two kinds of key: a time (newest first, as the feed) and a distance from the list's centre (nearest first,
 * as actors and operations around a place; the same centre must come with the cursor).
 */
public final class Cursors {

    /** A position in a list ordered by time and id. */
    public record Position(Instant time, String id) {
    }

    /** A position in a list ordered by distance from its centre, then id. */
    public record Nearest(double metres, String id) {

        /** Whether an item at this distance, with this id, comes after the position. */
        public boolean isBefore(double itemMetres, String itemId) {
            int byDistance = Double.compare(metres, itemMetres);
            return byDistance < 0 || (byDistance == 0 && id.compareTo(itemId) < 0);
        }
    }

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Cursors() {
    }

    /** Times are kept to the microsecond, which both Derby and PostgreSQL store exactly. */
    public static Instant truncate(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public static String encode(String kind, Instant time, String id) {
        return encode(kind, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, time)), id);
    }

    /** A cursor after an item at {@code metres} from the centre; the distance is kept exactly (its bits). */
    public static String encodeNearest(String kind, double metres, String id) {
        return encode(kind, Long.toHexString(Double.doubleToLongBits(metres)), id);
    }

    /** The position of a cursor of this kind, or null for none; anything else is a 400 naming {@code cursor}. */
    public static Position decode(String kind, String cursor) {
        return read(kind, cursor, (key, id) -> new Position(Instant.EPOCH.plus(Long.parseLong(key),
                ChronoUnit.MICROS), id));
    }

    /** Like {@link #decode}, for a list ordered by distance. */
    public static Nearest decodeNearest(String kind, String cursor) {
        return read(kind, cursor, (key, id) -> {
            // The key is the distance's IEEE 754 bits in hexadecimal, as encodeNearest writes them.
            double metres = Double.longBitsToDouble(Long.parseUnsignedLong(key, 16));
            if (!Double.isFinite(metres) || metres < 0) {
                throw new IllegalArgumentException("not a distance");
            }
            return new Nearest(metres, id);
        });
    }

    /**
     * The page after {@code cursor} of a list ordered nearest first, then by id: what the lists around a place
     * share. Each item's distance is asked once.
     *
     * @param items every item of the list, in any order (already inside the circle)
     * @param metres an item's distance from the list's centre
     * @param id an item's id (a UUID)
     * @param kind the list's cursor kind
     * @param cursor the previous page's {@code nextCursor}, or null for the first page
     * @param limit the page size
     */
    public static <T> Page<T> nearestFirst(Collection<T> items, ToDoubleFunction<T> metres, Function<T, String> id,
            String kind, String cursor, int limit) {
        Nearest after = decodeNearest(kind, cursor);
        IdentityHashMap<T, Double> distance = new IdentityHashMap<>();
        items.forEach(item -> distance.put(item, metres.applyAsDouble(item)));
        List<T> next = items.stream()
                .filter(item -> after == null || after.isBefore(distance.get(item), id.apply(item)))
                .sorted(Comparator.comparingDouble((T item) -> distance.get(item)).thenComparing(id))
                .limit(limit + 1L).collect(Collectors.toList());
        if (next.size() <= limit) {
            return new Page<>(next, null);
        }
        T last = next.get(limit - 1);
        return new Page<>(next.subList(0, limit), encodeNearest(kind, distance.get(last), id.apply(last)));
    }

    private static String encode(String kind, String key, String id) {
        String raw = kind + "." + key + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads kind, key and id, and the position from key and id; null for no cursor, 400 for anything wrong. */
    private static <T> T read(String kind, String cursor, BiFunction<String, String, T> position) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\.", 3);
            if (parts.length == 3 && parts[0].equals(kind) && UUID.matcher(parts[2]).matches()) {
                return position.apply(parts[1], parts[2]);
            }
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
            throw invalid();
        }
        throw invalid();
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException(FieldError.of("cursor", "not_a_cursor",
                "n'est pas un curseur de cette liste", "is not a cursor of this list"));
    }
}
