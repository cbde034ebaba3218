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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.entraide.services.database.DatabaseBackup;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs up embedded Derby with its own online procedure, {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}: it copies a
 * consistent database (blocking writes only while the log is copied) into {@code <directory>/<database name>},
 * which is a database Derby opens as it is. Other databases are backed up by their own tools.
 */
@Component(service = DatabaseBackup.class)
public class DatabaseBackupComponent implements DatabaseBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackupComponent.class);

    @Reference(target = "(osgi.jndi.service.name=entraide)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile DataSource dataSource;

    @Override
    public Path backup(Path directory) {
        DataSource current = dataSource;
        if (current == null) {
            throw new IllegalStateException("The database is not available; nothing was backed up.");
        }
        Path target = directory.toAbsolutePath().normalize();
        try (Connection connection = current.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"Apache Derby".equals(product)) {
                throw new UnsupportedOperationException(product + " is backed up with its own tools"
                        + " (PostgreSQL: pg_dump), not from Entraide: see docs/operators.md.");
            }
            Files.createDirectories(target);
            try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, target.toString());
                call.execute();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The backup into " + target + " failed: " + e.getMessage(), e);
        }
        LOG.info("Database backed up into {}", target);
        return target;
    }
}
