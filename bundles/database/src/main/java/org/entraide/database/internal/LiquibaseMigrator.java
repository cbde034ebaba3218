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

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.ops4j.pax.jdbc.hook.PreHook;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema of the {@code entraide} DataSource up to date before pax-jdbc publishes it, so
 * no persistence unit ever sees an old schema. The datasource configuration names this hook with
 * {@code ops4j.preHook=entraide}.
 *
 * <p>The changelogs of every core bundle that owns tables live in this bundle, one file per owner,
 * included in order by {@value #MASTER_CHANGELOG}: the DataSource is then published once, with the
 * whole core schema current, whatever order the core bundles start in.
 */
@Component(service = PreHook.class, property = "name=entraide")
public class LiquibaseMigrator implements PreHook {

    static final String MASTER_CHANGELOG = "db/changelog/entraide.xml";
    /** Attempts at migrating before the DataSource is given up (see {@link #prepare}). */
    static final int ATTEMPTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseMigrator.class);

    @Override
    public void prepare(DataSource dataSource) throws SQLException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Liquibase finds its own services through the context class loader; over SSH it is another bundle's.
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        long start = System.nanoTime();
        try {
            for (int attempt = 1;; attempt++) {
                try (Connection connection = dataSource.getConnection()) {
                    migrate(connection);
                    break;
                } catch (Exception e) {
                    // Nodes started together on an empty PostgreSQL race to create Liquibase's own tables, which
                    // its lock cannot guard (the lock is one of them): the loser fails on a duplicate. Once the
                    // winner has made them, another attempt waits on the lock and finds the changesets applied.
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    LOG.warn("Schema migration failed (attempt {} of {}), trying again in {} s: {}", attempt,
                            ATTEMPTS, attempt * 2, e.getMessage());
                    Thread.sleep(attempt * 2000L);
                }
            }
        } catch (SQLException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Schema migration interrupted", e);
        } catch (Exception e) {
            // pax-jdbc only handles SQLExceptions: anything else would leave the DataSource half-made.
            throw new SQLException("Schema migration failed: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("Entraide schema is up to date ({} ms)", (System.nanoTime() - start) / 1_000_000);
    }

    static void migrate(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        // Not closed on purpose: closing the Database would shut embedded Derby down.
        Liquibase liquibase = new Liquibase(MASTER_CHANGELOG,
                new ClassLoaderResourceAccessor(LiquibaseMigrator.class.getClassLoader()), database);
        liquibase.update(new Contexts(), new LabelExpression());
        if (!connection.getAutoCommit()) {
            // Embedded Derby refuses to close a connection with an open transaction.
            connection.commit();
        }
    }
}
