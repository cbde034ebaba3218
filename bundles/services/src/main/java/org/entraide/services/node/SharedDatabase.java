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
package org.entraide.services.node;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Whether the database may be shared by several nodes, which decides where a node keeps what other nodes must
 * see (job leases, the feed cache's versions): PostgreSQL may be; embedded Derby is opened by one node alone.
 * One rule for every bundle that asks, so that no two of them disagree about the same database.
 */
public final class SharedDatabase {

    private SharedDatabase() {
    }

    /**
     * Whether a database product may be shared by several nodes.
     *
     * @param product the product's name, as JDBC's {@code DatabaseMetaData.getDatabaseProductName()} gives it
     * @return true for PostgreSQL
     */
    public static boolean product(String product) {
        return product != null && product.toLowerCase(Locale.ROOT).contains("postgresql");
    }

    /**
     * Whether the database of this connection may be shared by several nodes.
     *
     * @param connection an open connection
     * @return true for PostgreSQL
     * @throws SQLException when the connection cannot say
     */
    public static boolean of(Connection connection) throws SQLException {
        return product(connection.getMetaData().getDatabaseProductName());
    }
}
