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
package org.entraide.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The feed answer cache with several nodes on one PostgreSQL: this container is node A, and the test itself is
 * node B, which shares nothing with A but the database. B writes a post row and then bumps the feed's versions in
 * the {@code feed_version} table exactly as a node's posts bundle does after a commit (the stripes of the post's
 * four cells, ascending, or the row of everything): A's very next feed answer has the change, although A had the
 * answer cached. A write that bumps nothing is not seen while A's answer lives, which shows that the cache is on and
 * that the versions in the database, not A's memory, decide. Only on PostgreSQL (on Derby, one node, the versions
 * are in memory and the table is left alone).
 */
public class FeedAcrossNodesIT extends EntraideTestSupport {

    /** In the Vercors, where no other test posts: nothing but this test touches these cells. */
    private static final double[] CENTRE = {44.9731, 5.4437};

    @Test
    public void aWriteThroughAnotherNodeIsInTheVeryNextFeedAnswer() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(FeedAcrossNodesIT.class).getBundleContext();
        ServiceReference<DataSource> reference = context.getServiceReferences(DataSource.class,
                "(osgi.jndi.service.name=entraide)").iterator().next();
        DataSource database = context.getService(reference);
        try {
            assumeTrue("several nodes share PostgreSQL only", postgresql(database));
            String token = Residents.signedIn(api, Residents.uniqueEmail("noeuds"), CENTRE[0], CENTRE[1]);
            String id = Posting.request(api, token, "Courses au bourg", CENTRE);
            assertEquals("Courses au bourg", title(feed(token), id));
            assertEquals("the same answer, now from node A's cache", "Courses au bourg", title(feed(token), id));

            // Node B edits the row but announces nothing: A's cached answer stands (the cache is on).
            update(database, "UPDATE post SET title = ? WHERE id = ?", "Courses au marché", id);
            assertEquals("Courses au bourg", title(feed(token), id));

            // Node B bumps the post's stripes after its commit, as PostsContext.changed does: seen at once.
            bump(database, stripes(context, cells(database, id)));
            assertEquals("Courses au marché", title(feed(token), id));

            // Node B hides it and bumps everything, as a write to an unknown set of posts does: gone at once.
            assertTrue(ids(feed(token)).contains(id));
            update(database, "UPDATE post SET status = ? WHERE id = ?", "HIDDEN", id);
            bump(database, new TreeSet<>(List.of(-1)));
            assertFalse(ids(feed(token)).contains(id));
        } finally {
            context.ungetService(reference);
        }
    }

    private JsonNode feed(String token) throws Exception {
        Api.Reply feed = api.get("/feed?lat=" + CENTRE[0] + "&lon=" + CENTRE[1] + "&radiusKm=3", token);
        assertEquals(feed.toString(), 200, feed.status());
        return feed.json();
    }

    private static String title(JsonNode page, String id) {
        for (JsonNode item : page.path("items")) {
            if (id.equals(item.path("id").asText())) {
                return item.path("title").asText();
            }
        }
        return null;
    }

    private static Collection<String> ids(JsonNode page) {
        Collection<String> ids = new TreeSet<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static boolean postgresql(DataSource database) throws Exception {
        try (Connection connection = database.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
        }
    }

    private static void update(DataSource database, String sql, String value, String id) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, value);
            update.setString(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static long[] cells(DataSource database, String id) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "SELECT cell_0, cell_1, cell_2, cell_3 FROM post WHERE id = ?")) {
            read.setString(1, id);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                return new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)};
            }
        }
    }

    /** The stripes of these cells, by the posts bundle's own function (what every node runs), ascending. */
    private static TreeSet<Integer> stripes(BundleContext context, long[] cells) throws Exception {
        Bundle posts = Arrays.stream(context.getBundles())
                .filter(b -> "org.entraide.posts".equals(b.getSymbolicName())).findFirst().orElseThrow();
        Method stripe = posts.loadClass("org.entraide.posts.internal.FeedChanges").getDeclaredMethod("stripe",
                long.class);
        stripe.setAccessible(true);
        TreeSet<Integer> stripes = new TreeSet<>();
        for (long cell : cells) {
            stripes.add((Integer) stripe.invoke(null, cell));
        }
        return stripes;
    }

    /** One transaction, the rows in ascending order: the protocol of SharedFeedVersions.bump. */
    private static void bump(DataSource database, TreeSet<Integer> stripes) throws Exception {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement bump = connection.prepareStatement(
                    "UPDATE feed_version SET version = version + 1 WHERE stripe = ?")) {
                for (int stripe : stripes) {
                    bump.setInt(1, stripe);
                    assertEquals(1, bump.executeUpdate());
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
    }
}
