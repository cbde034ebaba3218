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
import java.util.Collections;
import java.util.Properties;
import org.entraide.api.geo.CellCovering;
import org.entraide.api.geo.GeoPoint;
import org.entraide.geo.internal.GeoRadiusComponent;

/**
 * What the feed's first statement reads: the first page's statement of {@code FeedReader} (the covering cells'
 * newest 16 open posts each, one {@code UNION ALL} branch per cell) for one centre, with the plan the database ran
 * and the rows each cell's index scan read. On PostgreSQL it prints {@code EXPLAIN (ANALYZE, BUFFERS)}; on a stopped
 * distribution's Derby database, Derby's runtime statistics.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.entraide.benchmarks.FeedExplain
 * <karaf-home | jdbc:postgresql://host/db> <lat> <lon> <radiusKm>} (PostgreSQL: {@code -Duser=… -Dpassword=…}).
 */
public final class FeedExplain {

    private static final int FIRST_BATCH = 16;

    private FeedExplain() {
    }

    /**
     * Prints the plan.
     *
     * @param args the database, the centre's latitude and longitude, the radius in km
     * @throws SQLException if the database refuses
     */
    public static void main(String[] args) throws SQLException {
        if (args.length < 4) {
            System.err.println("usage: FeedExplain <karaf-home | jdbc:postgresql://host/db> <lat> <lon> <radiusKm>");
            System.exit(2);
        }
        CellCovering covering = new GeoRadiusComponent().covering(
                new GeoPoint(Double.parseDouble(args[1]), Double.parseDouble(args[2])), Double.parseDouble(args[3]));
        String union = String.join(" UNION ALL ",
                Collections.nCopies(covering.keys().size(), String.format("(SELECT cell_%1$d, id, created_at, pub_lat,"
                        + " pub_lon, expires_at, author_id FROM post WHERE cell_%1$d = ? AND status = 'OPEN'"
                        + " ORDER BY created_at DESC, id DESC FETCH FIRST ? ROWS ONLY)", covering.level())));
        System.out.printf("level %d, %d cells%n", covering.level(), covering.keys().size());
        boolean postgres = args[0].startsWith("jdbc:postgresql:");
        Path derby = postgres ? null : Path.of(args[0], "data", "derby", "entraide");
        if (!postgres && System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", Path.of(args[0], "data", "log", "derby-plan.log").toString());
        }
        Properties properties = new Properties();
        properties.setProperty("user", System.getProperty("user", "entraide"));
        properties.setProperty("password", System.getProperty("password", ""));
        try (Connection connection = postgres ? DriverManager.getConnection(args[0], properties)
                : DriverManager.getConnection("jdbc:derby:" + derby + ";create=false")) {
            if (postgres) {
                try (PreparedStatement statement = bind(connection.prepareStatement(
                        "EXPLAIN (ANALYZE, BUFFERS) " + union), covering);
                        ResultSet plan = statement.executeQuery()) {
                    while (plan.next()) {
                        System.out.println(plan.getString(1));
                    }
                }
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            }
            try (PreparedStatement statement = bind(connection.prepareStatement(union), covering)) {
                for (int run = 0; run < 2; run++) {
                    long started = System.nanoTime();
                    int rows = 0;
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            rows++;
                        }
                    }
                    System.out.printf("run %d: %d rows in %.2f ms%n", run, rows, (System.nanoTime() - started) / 1e6);
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet plan = statement.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                plan.next();
                System.out.println(plan.getString(1));
            }
        } finally {
            if (!postgres) {
                try {
                    DriverManager.getConnection("jdbc:derby:" + derby + ";shutdown=true").close();
                } catch (SQLException e) {
                    System.out.println("database shut down (" + e.getSQLState() + ")");
                }
            }
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, CellCovering covering) throws SQLException {
        int index = 1;
        for (long cell : covering.keys()) {
            statement.setLong(index++, cell);
            statement.setInt(index++, FIRST_BATCH);
        }
        return statement;
    }
}
