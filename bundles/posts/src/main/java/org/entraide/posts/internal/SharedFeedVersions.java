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
import java.util.Arrays;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed's versions in the shared database, table {@code feed_version} (one row per stripe and one,
 * {@link FeedChanges#EVERYTHING}, for everything), so that a write through any node changes the versions every
 * node's cached answers are checked against.
 *
 * <p>A bump is one transaction updating the stripes' rows in ascending order, the order every writer follows, so
 * two writers never wait for each other in a cycle. A snapshot is the sum of its stripes' counters, one row read in
 * one statement: counters only grow, so the sum changes exactly when one of them does. A snapshot that could not be
 * read is never current, so nothing is cached under it; a bump that could not be written (the database gone right
 * after the write's commit, or the node killed in between) leaves other nodes' answers of those cells stale for at
 * most the cache's lifetime ({@code feedCacheMillis}), after which every entry is read again.
 */
final class SharedFeedVersions implements FeedVersions {

    static final String TABLE = "feed_version";
    private static final Logger LOG = LoggerFactory.getLogger(SharedFeedVersions.class);
    private static final String BUMP = "UPDATE " + TABLE + " SET version = version + 1 WHERE stripe = ?";
    /** Statements are made for lists of a multiple of this many stripes, so that few distinct texts are prepared. */
    private static final int LIST_STEP = 8;
    private static final FeedChanges.Snapshot NEVER = new FeedChanges.Snapshot() {
        @Override
        boolean current() {
            return false;
        }
    };

    private final DataSource dataSource;

    SharedFeedVersions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Refuses a table without its {@value FeedChanges#STRIPES} + 1 rows: a missing row would lose bumps. */
    SharedFeedVersions checked() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + TABLE
                        + " WHERE stripe >= ? AND stripe < ?")) {
            count.setInt(1, FeedChanges.EVERYTHING);
            count.setInt(2, FeedChanges.STRIPES);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                long found = rows.getLong(1);
                if (found != FeedChanges.STRIPES + 1) {
                    throw new SQLException(TABLE + " has " + found + " rows of stripes -1 to "
                            + (FeedChanges.STRIPES - 1) + ", not " + (FeedChanges.STRIPES + 1));
                }
            }
        }
        return this;
    }

    @Override
    public void bump(int[] stripes) {
        SQLException failure = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                write(stripes);
                return;
            } catch (SQLException e) {
                failure = e;
            }
        }
        LOG.error("The feed versions of stripes {} could not be bumped: other nodes may serve their cached feed "
                + "answers of these cells for up to feedCacheMillis", Arrays.toString(stripes), failure);
    }

    private void write(int[] stripes) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(stripes.length == 1);
            try (PreparedStatement bump = connection.prepareStatement(BUMP)) {
                if (stripes.length == 1) {
                    bump.setInt(1, stripes[0]);
                    bump.executeUpdate();
                } else {
                    for (int stripe : stripes) {
                        bump.setInt(1, stripe);
                        bump.addBatch();
                    }
                    bump.executeBatch();
                    connection.commit();
                }
            } catch (SQLException e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    @Override
    public FeedChanges.Snapshot snapshot(int[] stripes) {
        try {
            long seen = sum(stripes);
            return new FeedChanges.Snapshot() {
                @Override
                boolean current() {
                    try {
                        return sum(stripes) == seen;
                    } catch (SQLException e) {
                        LOG.debug("Feed versions unreadable: the answer is read again", e);
                        return false;
                    }
                }
            };
        } catch (SQLException e) {
            LOG.debug("Feed versions unreadable: the answer is not kept", e);
            return NEVER;
        }
    }

    /** The sum of these stripes' counters, in one statement. */
    long sum(int[] stripes) throws SQLException {
        int size = (stripes.length + LIST_STEP - 1) / LIST_STEP * LIST_STEP;
        StringBuilder sql = new StringBuilder("SELECT SUM(version) FROM ").append(TABLE).append(" WHERE stripe IN (");
        for (int i = 0; i < size; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < size; i++) {
                // The list is padded with its last stripe again: IN counts each row once.
                read.setInt(i + 1, stripes[Math.min(i, stripes.length - 1)]);
            }
            try (ResultSet rows = read.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
