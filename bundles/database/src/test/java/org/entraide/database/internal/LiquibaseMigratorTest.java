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
package org.entraide.database.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class LiquibaseMigratorTest {

    private Connection connection;

    @Before
    public void openFreshDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:derby:memory:migrator" + System.nanoTime() + ";create=true");
    }

    @After
    public void close() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
        connection.close();
    }

    @Test
    public void migrationCreatesTheSchemaAndRecordsEveryChangeset() throws Exception {
        LiquibaseMigrator.migrate(connection);

        assertEquals(1, count("SELECT COUNT(*) FROM platform_info WHERE info_key = 'schema.created'"));
        assertTrue(count("SELECT COUNT(*) FROM DATABASECHANGELOG") >= 1);
    }

    @Test
    public void runningTwiceChangesNothing() throws Exception {
        LiquibaseMigrator.migrate(connection);
        int applied = count("SELECT COUNT(*) FROM DATABASECHANGELOG");

        LiquibaseMigrator.migrate(connection);

        assertEquals(applied, count("SELECT COUNT(*) FROM DATABASECHANGELOG"));
        assertEquals(1, count("SELECT COUNT(*) FROM platform_info"));
    }

    private int count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
