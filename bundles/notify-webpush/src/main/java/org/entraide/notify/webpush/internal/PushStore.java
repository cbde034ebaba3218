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
package org.entraide.notify.webpush.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * The tables of web push (Liquibase changelog {@code webpush.xml} of entraide-database), in plain JDBC on the
 * DataSource {@code entraide}: two small tables and a handful of statements do not need a persistence unit, and
 * without one this channel, like the email channel, needs nothing of the core's JPA stack.
 *
 * <p>A subscription's key is the SHA-256 of its endpoint, so that an endpoint is unique without indexing a
 * 1000-character column (beyond what some databases index).
 */
final class PushStore {

    /** The most browsers one account keeps: past it, its oldest subscriptions are forgotten. */
    static final int MAX_PER_ACCOUNT = 20;

    /** SQLSTATE of a unique or primary key violation, on Derby and PostgreSQL alike. */
    private static final String DUPLICATE = "23505";
    private static final int KEY_ROW = 1;

    private final DataSource dataSource;

    PushStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One browser of an account. */
    record Subscription(String endpoint, String p256dh, String auth, Instant createdAt) {
    }

    /**
     * The platform's VAPID keys; generated and stored by the first node that asks. Should two nodes generate at
     * once, the second one's insert fails on the key and it takes the first one's. New keys (the row was deleted
     * to rotate them) forget every subscription: they were made for the old public key, and push services would
     * refuse them.
     */
    VapidKeys keys() {
        try (Connection connection = dataSource.getConnection()) {
            VapidKeys stored = readKeys(connection);
            if (stored != null) {
                return stored;
            }
            VapidKeys fresh = VapidKeys.generate();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO push_vapid_key (id, public_key, private_key, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, KEY_ROW);
                insert.setString(2, fresh.publicText());
                insert.setString(3, fresh.privateText());
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                forgetAllSubscriptions(connection);
                return fresh;
            } catch (SQLException e) {
                if (!DUPLICATE.equals(e.getSQLState())) {
                    throw e;
                }
                VapidKeys theirs = readKeys(connection);
                if (theirs == null) {
                    throw e;
                }
                return theirs;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The VAPID keys could not be read nor stored", e);
        }
    }

    /** Stores a subscription for the account, taking it from any other account; updates its keys. */
    void subscribe(String accountId, String endpoint, String p256dh, String auth, Instant now) {
        String id = idOf(endpoint);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (update(connection, id, accountId, p256dh, auth) == 0) {
                    try {
                        insert(connection, id, accountId, endpoint, p256dh, auth, now);
                    } catch (SQLException e) {
                        // Another request inserted the same endpoint meanwhile: theirs is updated instead.
                        if (!DUPLICATE.equals(e.getSQLState())) {
                            throw e;
                        }
                        connection.rollback();
                        update(connection, id, accountId, p256dh, auth);
                    }
                }
                trim(connection, accountId);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The push subscription could not be stored", e);
        }
    }

    /** Forgets the account's subscription of that endpoint, if it is the account's. */
    void unsubscribe(String accountId, String endpoint) {
        execute("DELETE FROM push_subscription WHERE id = ? AND account_id = ?", idOf(endpoint), accountId);
    }

    /** Forgets an endpoint whoever it belongs to: the push service said it is gone. */
    void remove(String endpoint) {
        execute("DELETE FROM push_subscription WHERE id = ?", idOf(endpoint));
    }

    /** Forgets every subscription of the account. */
    void erase(String accountId) {
        execute("DELETE FROM push_subscription WHERE account_id = ?", accountId);
    }

    /** The account's browsers, newest first. */
    List<Subscription> of(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT endpoint, p256dh, auth, created_at"
                        + " FROM push_subscription WHERE account_id = ? ORDER BY created_at DESC, id")) {
            select.setString(1, accountId);
            List<Subscription> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Subscription(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getTimestamp(4).toInstant()));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("The push subscriptions could not be read", e);
        }
    }

    /** The key of an endpoint's row: its SHA-256, in hex. */
    static String idOf(String endpoint) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(endpoint.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JDK has no SHA-256", e);
        }
    }

    private static void forgetAllSubscriptions(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM push_subscription")) {
            delete.executeUpdate();
        }
    }

    private static VapidKeys readKeys(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT public_key, private_key FROM push_vapid_key WHERE id = ?")) {
            select.setInt(1, KEY_ROW);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? VapidKeys.of(row.getString(1), row.getString(2)) : null;
            }
        }
    }

    private static int update(Connection connection, String id, String accountId, String p256dh, String auth)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE push_subscription SET account_id = ?, p256dh = ?, auth = ? WHERE id = ?")) {
            update.setString(1, accountId);
            update.setString(2, p256dh);
            update.setString(3, auth);
            update.setString(4, id);
            return update.executeUpdate();
        }
    }

    private static void insert(Connection connection, String id, String accountId, String endpoint, String p256dh,
            String auth, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO push_subscription"
                + " (id, account_id, endpoint, p256dh, auth, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, accountId);
            insert.setString(3, endpoint);
            insert.setString(4, p256dh);
            insert.setString(5, auth);
            insert.setTimestamp(6, Timestamp.from(now));
            insert.executeUpdate();
        }
    }

    /** Keeps the account's {@link #MAX_PER_ACCOUNT} newest subscriptions. */
    private static void trim(Connection connection, String accountId) throws SQLException {
        List<String> older = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM push_subscription"
                + " WHERE account_id = ? ORDER BY created_at DESC, id")) {
            select.setString(1, accountId);
            try (ResultSet rows = select.executeQuery()) {
                int seen = 0;
                while (rows.next()) {
                    if (++seen > MAX_PER_ACCOUNT) {
                        older.add(rows.getString(1));
                    }
                }
            }
        }
        for (String id : older) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM push_subscription WHERE id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
    }

    private void execute(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The push subscriptions could not be changed", e);
        }
    }
}
