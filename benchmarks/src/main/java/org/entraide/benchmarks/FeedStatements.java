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

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.Properties;
import java.util.Random;
import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.geo.internal.GeoRadiusComponent;

/**
 * The feed's first batches read two ways on a PostgreSQL database (or an embedded Derby one: {@code jdbc:derby:...},
 * where the client's CPU time is all of it), alternately, centre by centre: one statement
 * per covering cell (the feed before issue 21) and one {@code UNION ALL} statement for all the cells (after). For
 * distinct centres (a random place moved by up to ±0.05° / ±0.07°, as {@code FeedUrls ... homes}) it reports, per
 * page, the wall time (p50, p99), the client thread's CPU time and the database server process's CPU time (read
 * from {@code /proc} of the backend, so the server must run on this machine). Neither depends much on what else
 * loads the machine, unlike the wall time.
 *
 * <p>Usage: {@code java -Duser=… -Dpassword=… -cp benchmarks/target/benchmarks.jar
 * org.entraide.benchmarks.FeedStatements <jdbc:postgresql://host/db | jdbc:derby:<karaf>/data/derby/entraide>
 * <radiusKm> [centres]}.
 */
public final class FeedStatements {

    private static final String CELL = "SELECT id, created_at, pub_lat, pub_lon, expires_at, author_id FROM post"
            + " WHERE cell_%1$d = ? AND status = 'OPEN' ORDER BY created_at DESC, id DESC FETCH FIRST ? ROWS ONLY";
    private static final int FIRST_BATCH = 16;

    private FeedStatements() {
    }

    /**
     * Prints the figures.
     *
     * @param args the database, the radius in km, optionally the number of centres (2,000)
     * @throws SQLException if the database refuses
     * @throws IOException if {@code /proc} cannot be read
     */
    public static void main(String[] args) throws SQLException, IOException {
        double radiusKm = Double.parseDouble(args[1]);
        int centres = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        Properties properties = new Properties();
        properties.setProperty("user", System.getProperty("user", "entraide"));
        properties.setProperty("password", System.getProperty("password", ""));
        GeoRadiusComponent geo = new GeoRadiusComponent();
        Workload workload = Workload.load();
        Random random = new Random(17);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean postgres = args[0].startsWith("jdbc:postgresql:");
        try (Connection connection = DriverManager.getConnection(args[0], postgres ? properties : new Properties())) {
            long backend = -1;
            if (postgres) {
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
                    result.next();
                    backend = result.getLong(1);
                }
            }
            long[][] wall = new long[2][centres];
            long[] client = new long[2];
            long[] server = new long[2];
            long[] statements = new long[2];
            for (int warm = 0; warm < 2; warm++) {
                for (int i = 0; i < centres; i++) {
                    double[] place = workload.randomPlace(random);
                    CellCovering covering = geo.covering(new GeoPoint(place[0] + (random.nextDouble() * 2 - 1) * 0.05,
                            place[1] + (random.nextDouble() * 2 - 1) * 0.07), radiusKm);
                    for (int k = 0; k < 2; k++) {
                        int form = (i + k) % 2;
                        long cpu = threads.getCurrentThreadCpuTime();
                        long ticks = ticks(backend);
                        long started = System.nanoTime();
                        statements[form] += form == 0 ? perCell(connection, covering) : union(connection, covering);
                        wall[form][i] = System.nanoTime() - started;
                        client[form] += threads.getCurrentThreadCpuTime() - cpu;
                        server[form] += ticks(backend) - ticks;
                    }
                }
                if (warm == 0) {
                    Arrays.fill(client, 0);
                    Arrays.fill(server, 0);
                    Arrays.fill(statements, 0);
                }
            }
            double tick = 1000.0 / 100;
            for (int form = 0; form < 2; form++) {
                long[] times = wall[form].clone();
                Arrays.sort(times);
                System.out.printf("%-9s %d km, %d centres: wall p50 %.2f ms, p99 %.2f ms; client CPU %.3f ms,"
                        + " server CPU %.3f ms per page; %.1f statements per page%n",
                        form == 0 ? "per cell" : "union", (int) radiusKm, centres, times[centres / 2] / 1e6,
                        times[centres * 99 / 100] / 1e6, client[form] / 1e6 / centres,
                        server[form] * tick / centres, (double) statements[form] / centres);
            }
        }
    }

    private static int perCell(Connection connection, CellCovering covering) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(String.format(CELL, covering.level()))) {
            for (long cell : covering.keys()) {
                statement.setLong(1, cell);
                statement.setInt(2, FIRST_BATCH);
                drain(statement);
            }
        }
        return covering.keys().size();
    }

    private static int union(Connection connection, CellCovering covering) throws SQLException {
        String one = "(" + String.format(CELL, covering.level()) + ")";
        try (PreparedStatement statement = connection.prepareStatement(
                String.join(" UNION ALL ", Collections.nCopies(covering.keys().size(), one)))) {
            int index = 1;
            for (long cell : covering.keys()) {
                statement.setLong(index++, cell);
                statement.setInt(index++, FIRST_BATCH);
            }
            drain(statement);
        }
        return 1;
    }

    private static void drain(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getString(1);
                rows.getTimestamp(2);
                rows.getDouble(3);
                rows.getDouble(4);
                rows.getTimestamp(5);
                rows.getString(6);
            }
        }
    }

    /** utime + stime of a process, in clock ticks (100 a second on Linux). */
    private static long ticks(long pid) throws IOException {
        if (pid < 0) {
            return 0;
        }
        try (java.util.Scanner fields = new java.util.Scanner(Files.readString(Path.of("/proc", Long.toString(pid),
                "stat")))) {
            for (int i = 0; i < 13; i++) {
                fields.next();
            }
            return fields.nextLong() + fields.nextLong();
        }
    }
}
