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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.entraide.services.database.SchemaHealth;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The schema's health, from Liquibase's history table, which this bundle's migrations write. */
@Component(service = SchemaHealth.class)
public class SchemaHealthComponent implements SchemaHealth {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaHealthComponent.class);

    @Reference(target = "(osgi.jndi.service.name=entraide)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile DataSource dataSource;

    @Override
    public boolean migrated() {
        DataSource current = dataSource;
        if (current == null) {
            return false;
        }
        try (Connection connection = current.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
            return rows.next() && rows.getInt(1) > 0;
        } catch (SQLException e) {
            LOG.warn("Health check: the database does not answer: {}", e.getMessage());
            return false;
        }
    }
}
