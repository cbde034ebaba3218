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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.entraide.services.node.SharedDatabase;
import org.entraide.services.paging.Page;
import org.entraide.services.post.Post;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The feed's versions in a shared database, on Derby with the real changelog: two stores on one DataSource stand
 * for two nodes, each with its own answer cache, sharing nothing but the database.
 */
public class SharedFeedVersionsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final List<Long> COVERING = FeedCacheTest.CELLS;
    private static final Page<Post> PAGE = new Page<>(List.of(), null);
    private static final FeedCache.Key KEY = new FeedCache.Key(48.1, 2.35, 10, null, null, 20, null, Set.of());

    private EmbeddedDataSource dataSource;
    private SharedFeedVersions nodeA;
    private SharedFeedVersions nodeB;

    @Before
    public void migrate() throws Exception {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:feedversions" + System.nanoTime());
        dataSource.setCreateDatabase("create");
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new Liquibase("db/changelog/feed-versions.xml", new ClassLoaderResourceAccessor(), database)
                    .update(new Contexts(), new LabelExpression());
        }
        nodeA = new SharedFeedVersions(dataSource).checked();
        nodeB = new SharedFeedVersions(dataSource).checked();
    }

    @After
    public void localAgain() {
        FeedChanges.use(null);
    }

    private static int[] covering() {
        return FeedChanges.stripes(COVERING, true);
    }

    private static int[] post(long... cells) {
        List<Long> all = new ArrayList<>();
        for (long cell : cells) {
            all.add(cell);
        }
        return FeedChanges.stripes(all, false);
    }

    @Test
    public void theMigrationMakesEveryStripeAndEverything() throws SQLException {
        assertEquals(FeedChanges.STRIPES + 1, count("SELECT COUNT(*) FROM feed_version"));
        assertEquals(0, count("SELECT SUM(version) FROM feed_version"));
        assertEquals(1, count("SELECT COUNT(*) FROM feed_version WHERE stripe = -1"));
        assertEquals(1, count("SELECT COUNT(*) FROM feed_version WHERE stripe = " + (FeedChanges.STRIPES - 1)));
    }

    @Test
    public void aWriteThroughOneNodeEndsTheOtherNodesAnswer() {
        FeedCache onB = new FeedCache(60_000, 10);
        onB.put(KEY, nodeB.snapshot(covering()), PAGE, Instant.MAX, NOW);
        assertSame(PAGE, onB.get(KEY, NOW));

        nodeA.bump(post(FeedCacheTest.otherStripe()));
        assertSame("a write elsewhere leaves it", PAGE, onB.get(KEY, NOW));

        nodeA.bump(post(7L, COVERING.get(1), 9L, 11L));
        assertNull("a write in one of its cells ends it at once", onB.get(KEY, NOW));
    }

    @Test
    public void aWriteAnywhereUnknownEndsEveryNodesAnswers() {
        FeedCache onB = new FeedCache(60_000, 10);
        onB.put(KEY, nodeB.snapshot(covering()), PAGE, Instant.MAX, NOW);
        nodeA.bump(new int[] {FeedChanges.EVERYTHING});
        assertNull(onB.get(KEY, NOW));
    }

    @Test
    public void aWriteBetweenTheSnapshotAndThePutIsNeverHidden() {
        FeedCache onB = new FeedCache(60_000, 10);
        FeedChanges.Snapshot before = nodeB.snapshot(covering());
        nodeA.bump(post(COVERING.get(2)));
        onB.put(KEY, before, PAGE, Instant.MAX, NOW);
        assertNull(onB.get(KEY, NOW));
    }

    @Test
    public void theStaticEntryPointsUseTheInstalledStore() {
        FeedChanges.use(nodeA);
        FeedCache cache = new FeedCache(60_000, 10);
        cache.put(KEY, FeedChanges.snapshot(COVERING), PAGE, Instant.MAX, NOW);
        assertFalse("B's snapshot reads the database", nodeB.snapshot(covering()) == null);
        nodeB.bump(post(COVERING.get(0)));
        assertNull("what node B bumped in the database ends what node A cached", cache.get(KEY, NOW));

        cache.put(KEY, FeedChanges.snapshot(COVERING), PAGE, Instant.MAX, NOW);
        FeedChanges.use(null);
        FeedChanges.changedEverywhere();
        FeedChanges.use(nodeA);
        assertSame("this node's memory is not the database any more", PAGE, cache.get(KEY, NOW));
    }

    @Test
    public void concurrentWritersOverlappingStripesLoseNoBumpAndNeverDeadlock() throws Exception {
        int threads = 4;
        int writes = 60;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> bumped = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long seed = t;
            bumped.add(pool.submit(() -> {
                Random random = new Random(seed);
                long stripes = 0;
                for (int i = 0; i < writes; i++) {
                    // Few cells, so that writers keep meeting on the same rows, in whatever order they name them.
                    int[] post = post(random.nextInt(12), random.nextInt(12), random.nextInt(12), random.nextInt(12));
                    (i % 2 == 0 ? nodeA : nodeB).bump(post);
                    stripes += post.length;
                }
                return stripes;
            }));
        }
        long expected = 0;
        for (Future<Long> f : bumped) {
            expected += f.get();
        }
        pool.shutdown();
        assertEquals(expected, count("SELECT SUM(version) FROM feed_version"));
    }

    @Test
    public void anUnreadableDatabaseKeepsNothing() throws SQLException {
        FeedChanges.Snapshot before = nodeB.snapshot(covering());
        assertTrue(before.current());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("RENAME TABLE feed_version TO feed_version_gone");
        }
        assertFalse("a check that fails is a miss", before.current());
        assertFalse("a snapshot that fails is never current", nodeB.snapshot(covering()).current());
    }

    @Test
    public void aTableWithoutEveryRowIsRefused() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM feed_version WHERE stripe = 17");
        }
        try {
            new SharedFeedVersions(dataSource).checked();
            fail("a missing row would lose the bumps of its stripe");
        } catch (SQLException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("4096 rows"));
        }
    }

    @Test
    public void postgresqlIsSharedAndDerbyIsNot() {
        assertTrue(SharedDatabase.product("PostgreSQL"));
        assertFalse(SharedDatabase.product("Apache Derby"));
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
