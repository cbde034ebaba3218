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
import java.sql.SQLException;
import javax.sql.DataSource;
import org.entraide.services.node.SharedDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses where {@link FeedChanges} keeps the feed's versions, from the database product: on PostgreSQL, where
 * several nodes may share the database, in its {@code feed_version} table ({@link SharedFeedVersions}); on Derby,
 * which one node alone opens, in memory as before ({@link LocalFeedVersions}). The components that write posts
 * are bound to this one (a bind method, which makes DS activate this one first), so that no write happens before
 * the choice.
 */
@Component(service = FeedVersionsComponent.class)
public class FeedVersionsComponent {

    private static final Logger LOG = LoggerFactory.getLogger(FeedVersionsComponent.class);

    @Reference(target = "(osgi.jndi.service.name=entraide)")
    private DataSource dataSource;

    @Activate
    void activate() throws SQLException {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        if (SharedDatabase.product(product)) {
            FeedChanges.use(new SharedFeedVersions(dataSource).checked());
            LOG.info("Feed answer cache versions kept in the database ({}): every node sees every write", product);
        } else {
            FeedChanges.use(null);
        }
    }

    @Deactivate
    void deactivate() {
        FeedChanges.use(null);
    }
}
