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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.entraide.services.paging.Cursors;
import org.entraide.services.post.PostKind;
import org.entraide.services.post.PostStatus;

/**
 * The feed's query: for each cell of the covering, the newest open posts, read from the feed index
 * alone in small batches, merged newest first across cells and kept only if their public position
 * lies inside the circle and their author is not hidden from the viewer (the index carries
 * {@code author_id} for that, so the merge decides without the table and a page stays full). It stops as
 * soon as a page is full, so a dense city costs about as much as a village: a few dozen index rows per cell,
 * never the whole circle.
 */
final class FeedReader {

    /** A post as the index knows it. */
    record Candidate(String id, Instant createdAt, double lat, double lon, Instant expiresAt, String authorId) {
    }

    /** What to read. */
    record Query(int level, List<Long> cells, String kind, String category, Instant now, Cursors.Position after) {
    }

    /**
     * Rows a first batch reads at most: Derby fetches index rows 16 at a time, so asking a cell for the whole page
     * (21 rows) read 32 of them, and most cells give only a few rows to a page merged from a dozen. A cell that
     * gives more is read further, batch after batch, from where it stopped.
     */
    static final int FIRST_BATCH = 16;

    private static final Comparator<Candidate> NEWEST_FIRST = Comparator.comparing(Candidate::createdAt)
            .thenComparing(Candidate::id).reversed();

    private final DataSource dataSource;

    FeedReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One cell's index rows, newest first, strictly after a position ({@code null}: from the newest). */
    @FunctionalInterface
    interface CellRows {
        List<Candidate> read(long cell, Cursors.Position after, int size) throws SQLException;
    }

    /** The first batch of every cell of a covering, newest first within each cell, by cell. */
    @FunctionalInterface
    interface FirstRows {
        Map<Long, List<Candidate>> read(List<Long> cells, Cursors.Position after, int size) throws SQLException;
    }

    /**
     * At most {@code wanted} candidates that {@code kept} accepts (inside the circle, by an author the viewer may
     * see), newest first. The first batch of every cell comes from one statement (the cells' statements joined by
     * {@code UNION ALL}), so a page costs one round trip and one statement execution instead of one per cell; a
     * cell read further (rare: the merge used up its first batch) gets its own statement. Times are read with one
     * Gregorian calendar of the default time zone (what {@code getTimestamp(int)} uses), since without one Derby
     * makes a calendar per value: the largest allocation of a feed call.
     */
    List<Candidate> newest(Query query, Predicate<Candidate> kept, int wanted) throws SQLException {
        Calendar calendar = new GregorianCalendar();
        try (Connection connection = dataSource.getConnection()) {
            PreparedStatement[] next = new PreparedStatement[2];
            try {
                return merge(query.cells(), query.after(), query.now(), kept, wanted,
                        (cells, after, size) -> firstRows(connection, query, cells, after, size, calendar),
                        (cell, after, size) -> {
                            int form = after == null ? 0 : 1;
                            if (next[form] == null) {
                                next[form] = connection.prepareStatement(sql(query, after != null));
                            }
                            return rows(next[form], query, cell, after, size, calendar);
                        });
            } finally {
                for (PreparedStatement statement : next) {
                    if (statement != null) {
                        statement.close();
                    }
                }
            }
        }
    }

    /** As {@link #merge(List, Cursors.Position, Instant, Predicate, int, FirstRows, CellRows)}, cell by cell. */
    static List<Candidate> merge(List<Long> cells, Cursors.Position after, Instant now, Predicate<Candidate> kept,
            int wanted, CellRows source) throws SQLException {
        return merge(cells, after, now, kept, wanted, (all, from, size) -> {
            Map<Long, List<Candidate>> rows = new HashMap<>();
            for (long cell : all) {
                rows.put(cell, source.read(cell, from, size));
            }
            return rows;
        }, source);
    }

    /**
     * The k-way merge of the cells' rows, newest first (then by id, descending), from just after {@code after}:
     * each cell is read in batches, the first of at most {@link #FIRST_BATCH} rows (every cell's at once, from
     * {@code first}), and read further (from {@code source}) only when the merge has used up what it gave. Expired
     * rows are skipped (the expiry job marks them later) but still move the cell's position on; rows {@code kept}
     * refuses (outside the circle, by a hidden author) are skipped without counting, so the page is still filled
     * with the next ones and its cursor is its last kept row's.
     */
    static List<Candidate> merge(List<Long> cells, Cursors.Position after, Instant now, Predicate<Candidate> kept,
            int wanted, FirstRows first, CellRows source) throws SQLException {
        List<Candidate> accepted = new ArrayList<>();
        PriorityQueue<CellStream> heads = new PriorityQueue<>(cells.size() + 1,
                Comparator.comparing((CellStream s) -> s.buffer.peekFirst(), NEWEST_FIRST));
        int size = Math.min(wanted, FIRST_BATCH);
        Map<Long, List<Candidate>> firsts = first.read(cells, after, size);
        for (long cell : cells) {
            CellStream stream = new CellStream(cell, after, now, source);
            stream.take(firsts.getOrDefault(cell, List.of()), size);
            stream.refillWhileEmpty();
            if (!stream.buffer.isEmpty()) {
                heads.add(stream);
            }
        }
        while (accepted.size() < wanted && !heads.isEmpty()) {
            CellStream stream = heads.poll();
            Candidate candidate = stream.buffer.pollFirst();
            if (kept.test(candidate)) {
                accepted.add(candidate);
            }
            stream.refillWhileEmpty();
            if (!stream.buffer.isEmpty()) {
                heads.add(stream);
            }
        }
        return accepted;
    }

    /**
     * The posts of a page, read in one statement on the same DataSource: a read-only page needs none of
     * EclipseLink's unit-of-work copies, which cost more than the index reads.
     */
    Map<String, PostEntity> load(List<String> ids) throws SQLException {
        Map<String, PostEntity> posts = new HashMap<>();
        if (ids.isEmpty()) {
            return posts;
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT id, kind, category, title,"
                        + " body, availability, status, author_id, pub_lat, pub_lon, beneficiary,"
                        + " consent_recorded_at, followers_count, responses_count, created_at, updated_at,"
                        + " expires_at FROM post WHERE id IN (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i));
            }
            Calendar calendar = new GregorianCalendar();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    PostEntity post = new PostEntity();
                    post.id = rows.getString(1);
                    post.kind = PostKind.valueOf(rows.getString(2));
                    post.category = rows.getString(3);
                    post.title = rows.getString(4);
                    post.body = rows.getString(5);
                    post.availability = rows.getString(6);
                    post.status = PostStatus.valueOf(rows.getString(7));
                    post.authorId = rows.getString(8);
                    post.pubLat = rows.getDouble(9);
                    post.pubLon = rows.getDouble(10);
                    post.beneficiary = rows.getString(11);
                    Timestamp consent = rows.getTimestamp(12, calendar);
                    post.consentRecordedAt = consent == null ? null : consent.toInstant();
                    post.followersCount = rows.getInt(13);
                    post.responsesCount = rows.getInt(14);
                    post.createdAt = rows.getTimestamp(15, calendar).toInstant();
                    post.updatedAt = rows.getTimestamp(16, calendar).toInstant();
                    post.expiresAt = rows.getTimestamp(17, calendar).toInstant();
                    posts.put(post.id, post);
                }
            }
        }
        return posts;
    }

    /**
     * The statement of one cell's newest open posts after a position. Two details keep Derby on the feed index (checked
     * with its query plans on 1,000,000 posts, docs/benchmarks.md): expiry is filtered in Java, since a
     * range on {@code expires_at} makes the optimizer prefer the expiry index and read every open post;
     * and the cursor is written {@code created_at <= t AND (created_at < t OR id < i)}, which gives the
     * index a starting point where the equivalent {@code created_at < t OR (...)} does not.
     */
    private static String sql(Query query, boolean after) {
        return sql(query, after, false);
    }

    /** The cell statement, led by the cell key's column when {@code withCell} (for the union of the cells). */
    private static String sql(Query query, boolean after, boolean withCell) {
        StringBuilder sql = new StringBuilder("SELECT ");
        if (withCell) {
            sql.append("cell_").append(query.level()).append(", ");
        }
        sql.append("id, created_at, pub_lat, pub_lon, expires_at, author_id FROM post WHERE cell_")
                .append(query.level()).append(" = ? AND status = 'OPEN'");
        if (query.kind() != null) {
            sql.append(" AND kind = ?");
        }
        if (query.category() != null) {
            sql.append(" AND category = ?");
        }
        if (after) {
            sql.append(" AND created_at <= ? AND (created_at < ? OR id < ?)");
        }
        return sql.append(" ORDER BY created_at DESC, id DESC FETCH FIRST ? ROWS ONLY").toString();
    }

    /**
     * The first batch of each cell in one statement: the cell statements of {@link #sql(Query, boolean)}, each in
     * parentheses with its own order and limit (so each still reads its index range from the newest, and only
     * {@code size} rows of it), joined by {@code UNION ALL}, with the cell key as first column. Each cell's rows are
     * put back in the merge's order here, since a union promises no order.
     */
    private static Map<Long, List<Candidate>> firstRows(Connection connection, Query query, List<Long> cells,
            Cursors.Position after, int size, Calendar calendar) throws SQLException {
        Map<Long, List<Candidate>> rows = new HashMap<>();
        if (cells.isEmpty()) {
            return rows;
        }
        String one = "(" + sql(query, after != null, true) + ")";
        String union = String.join(" UNION ALL ", Collections.nCopies(cells.size(), one));
        try (PreparedStatement statement = connection.prepareStatement(union)) {
            int index = 1;
            for (long cell : cells) {
                index = bind(statement, index, query, cell, after, size);
            }
            try (ResultSet results = statement.executeQuery()) {
                while (results.next()) {
                    rows.computeIfAbsent(results.getLong(1), c -> new ArrayList<>(size)).add(candidate(results, 2,
                            calendar));
                }
            }
        }
        for (List<Candidate> cell : rows.values()) {
            cell.sort(NEWEST_FIRST);
        }
        return rows;
    }

    /** Binds one cell statement's parameters from {@code index} on; returns the next index. */
    private static int bind(PreparedStatement statement, int from, Query query, long cell, Cursors.Position after,
            int size) throws SQLException {
        int index = from;
        statement.setLong(index++, cell);
        if (query.kind() != null) {
            statement.setString(index++, query.kind());
        }
        if (query.category() != null) {
            statement.setString(index++, query.category());
        }
        if (after != null) {
            Timestamp time = Timestamp.from(after.time());
            statement.setTimestamp(index++, time);
            statement.setTimestamp(index++, time);
            statement.setString(index++, after.id());
        }
        statement.setInt(index++, size);
        return index;
    }

    /** The candidate of the current row, whose columns start at {@code first}. */
    private static Candidate candidate(ResultSet results, int first, Calendar calendar) throws SQLException {
        return new Candidate(results.getString(first), results.getTimestamp(first + 1, calendar).toInstant(),
                results.getDouble(first + 2), results.getDouble(first + 3),
                results.getTimestamp(first + 4, calendar).toInstant(), results.getString(first + 5));
    }

    /** One batch of a cell's rows, on the statement that matches {@code after} (none, or a cursor). */
    private static List<Candidate> rows(PreparedStatement statement, Query query, long cell, Cursors.Position after,
            int size, Calendar calendar) throws SQLException {
        bind(statement, 1, query, cell, after, size);
        List<Candidate> rows = new ArrayList<>();
        try (ResultSet results = statement.executeQuery()) {
            while (results.next()) {
                rows.add(candidate(results, 1, calendar));
            }
        }
        return rows;
    }

    /** The newest posts of one cell, read batch by batch. */
    private static final class CellStream {
        final long cell;
        final Instant now;
        final CellRows source;
        final Deque<Candidate> buffer = new ArrayDeque<>();
        Cursors.Position last;
        boolean exhausted;
        int batch;

        CellStream(long cell, Cursors.Position after, Instant now, CellRows source) {
            this.cell = cell;
            this.now = now;
            this.source = source;
            this.last = after;
        }

        void fill(int size) throws SQLException {
            take(source.read(cell, last, size), size);
        }

        /** Takes a batch of {@code size} rows asked for, newest first. */
        void take(List<Candidate> rows, int size) {
            batch = size;
            for (Candidate candidate : rows) {
                last = new Cursors.Position(candidate.createdAt(), candidate.id());
                if (candidate.expiresAt().isAfter(now)) {
                    buffer.addLast(candidate);
                }
            }
            exhausted = rows.size() < size;
        }

        /** Reads further batches while this one held only expired posts (until the expiry job marks them). */
        void refillWhileEmpty() throws SQLException {
            while (buffer.isEmpty() && !exhausted && last != null) {
                fill(Math.min(1000, Math.max(batch, 2 * batch)));
            }
        }
    }
}
