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
package org.entraide.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.geo.internal.GeoRadiusComponent;

/**
 * The feed's database part alone, in process, against a stopped distribution's Derby database. It prints Derby's
 * runtime statistics (the plan actually run) of the feed's first-page query for the densest cell of the Paris
 * coverings, in two forms: {@code product}, the SQL of {@code FeedReader} ({@code expires_at > ?} in the WHERE
 * clause), and {@code expiry-read}, the same without that predicate (expires_at read from the index and checked on
 * the rows). Then it times the first page of the feed in the chosen form as {@code FeedReader} reads it (one query
 * of {@code limit + 1} rows per covering cell, merged newest first, exact radius test), without HTTP, JPA or JSON;
 * the refills {@code FeedReader} makes when a cell runs out before the page is full are counted, not made.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.entraide.benchmarks.FeedPlan <karaf-home>
 * [product|expiry-read] [queries]}. The product form takes seconds per query on 1,000,000 posts: give it few.
 */
public final class FeedPlan {

    /** FeedReader's first-page query, as the product runs it. */
    private static final String PRODUCT = "SELECT id, created_at, pub_lat, pub_lon, expires_at FROM post"
            + " WHERE cell_%d = ? AND status = 'OPEN' AND expires_at > ?"
            + " ORDER BY created_at DESC, id DESC FETCH FIRST ? ROWS ONLY";
    /** The same without the expiry predicate; expires_at is then checked on the rows read. */
    private static final String EXPIRY_READ = "SELECT id, created_at, pub_lat, pub_lon, expires_at FROM post"
            + " WHERE cell_%d = ? AND status = 'OPEN' ORDER BY created_at DESC, id DESC FETCH FIRST ? ROWS ONLY";
    private static final int WANTED = 21;

    private FeedPlan() {
    }

    /**
     * Prints the plans and the timings.
     *
     * @param args the Karaf home, then optionally the form to time ({@code product}) and the number of timed
     *             queries per scenario (20; 0 prints the plans only)
     * @throws SQLException if the database refuses
     */
    // Derby's shutdown, in the finally, rethrows only an unexpected failure, which may then hide the run's own: a
    // benchmark tool run by hand can live with that, and the database must be shut down whatever happened.
    @SuppressWarnings("Finally")
    public static void main(String[] args) throws SQLException {
        Path database = Path.of(args[0], "data", "derby", "entraide");
        boolean product = args.length < 2 || "product".equals(args[1]);
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", Path.of(args[0], "data", "log", "derby-plan.log").toString());
        }
        GeoRadiusComponent geo = new GeoRadiusComponent();
        Workload workload = Workload.load();
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + database + ";create=false")) {
            for (boolean form : new boolean[] {true, false}) {
                plan(connection, geo, form, 50);
                plan(connection, geo, form, 10);
            }
            for (int round = 0; round < 2 && queries > 0; round++) {
                System.out.println(round == 0 ? "warm-up, form " + (product ? "product" : "expiry-read") : "measured");
                time(connection, geo, workload, product, "place", 10, queries);
                time(connection, geo, workload, product, "place", 50, queries);
                time(connection, geo, workload, product, "paris", 50, queries);
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
            } catch (SQLException e) {
                if (!"08006".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    private static void plan(Connection connection, GeoRadiusComponent geo, boolean product, double radiusKm)
            throws SQLException {
        double[] centre = Workload.PARIS;
        CellCovering covering = geo.covering(new GeoPoint(centre[0], centre[1]), radiusKm);
        long densest = covering.keys().get(0);
        int most = -1;
        for (long cell : covering.keys()) {
            int open = count(connection, covering.level(), cell);
            if (open > most) {
                most = open;
                densest = cell;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_STATISTICS_TIMING(1)");
        }
        try (PreparedStatement first = connection.prepareStatement(sql(product, covering.level()))) {
            long started = System.nanoTime();
            read(first, product, densest, Instant.now(), WANTED);
            long took = System.nanoTime() - started;
            try (Statement statement = connection.createStatement();
                    ResultSet plan = statement.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                plan.next();
                System.out.printf("%n== %s form: Paris %.0f km, level %d, cell %d (%,d open posts), %.1f ms%n%s%n",
                        product ? "product" : "expiry-read", radiusKm, covering.level(), densest, most, took / 1e6,
                        plan.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_STATISTICS_TIMING(0)");
        }
    }

    private static String sql(boolean product, int level) {
        return String.format(product ? PRODUCT : EXPIRY_READ, level);
    }

    private static int count(Connection connection, int level, long cell) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM post WHERE cell_" + level + " = ? AND status = 'OPEN'")) {
            statement.setLong(1, cell);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void time(Connection connection, GeoRadiusComponent geo, Workload workload, boolean product,
            String centres, double radiusKm, int queries) throws SQLException {
        Random random = new Random(11);
        long[] nanos = new long[queries];
        long rows = 0;
        long statements = 0;
        int refills = 0;
        for (int q = 0; q < queries; q++) {
            double[] c = "paris".equals(centres) ? Workload.PARIS : workload.randomPlace(random);
            GeoPoint centre = new GeoPoint(c[0], c[1]);
            long started = System.nanoTime();
            CellCovering covering = geo.covering(centre, radiusKm);
            Instant now = Instant.now();
            List<Object[]> candidates = new ArrayList<>();
            boolean full = false;
            try (PreparedStatement first = connection.prepareStatement(sql(product, covering.level()))) {
                for (long cell : covering.keys()) {
                    List<Object[]> read = read(first, product, cell, now, WANTED);
                    full |= read.size() == WANTED;
                    candidates.addAll(read);
                    statements++;
                }
            }
            candidates.sort((a, b) -> ((Timestamp) b[1]).compareTo((Timestamp) a[1]));
            int inside = 0;
            for (Object[] candidate : candidates) {
                if (inside == WANTED) {
                    break;
                }
                boolean open = ((Timestamp) candidate[4]).toInstant().isAfter(now);
                if (open && geo.isWithin(new GeoPoint((Double) candidate[2], (Double) candidate[3]), centre,
                        radiusKm)) {
                    inside++;
                }
            }
            nanos[q] = System.nanoTime() - started;
            rows += candidates.size();
            if (inside < WANTED && full) {
                refills++;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%-5s %2.0f km: %,d queries, p50 %.2f ms, p99 %.2f ms, max %.2f ms;"
                + " %.1f statements and %.0f index rows per page; %d pages would need a refill (not timed)%n",
                centres, radiusKm, queries, nanos[queries / 2] / 1e6, nanos[(int) Math.ceil(queries * 0.99) - 1] / 1e6,
                nanos[queries - 1] / 1e6, (double) statements / queries, (double) rows / queries, refills);
    }

    private static List<Object[]> read(PreparedStatement statement, boolean product, long cell, Instant now,
            int size) throws SQLException {
        int index = 1;
        statement.setLong(index++, cell);
        if (product) {
            statement.setTimestamp(index++, Timestamp.from(now));
        }
        statement.setInt(index, size);
        List<Object[]> read = new ArrayList<>(size);
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                read.add(new Object[] {rows.getString(1), rows.getTimestamp(2), rows.getDouble(3), rows.getDouble(4),
                        rows.getTimestamp(5)});
            }
        }
        return read;
    }
}
