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
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * What lets several nodes share one database, seen from one node: health names the scheduled jobs this node runs
 * and fingerprints its configuration. On PostgreSQL this test is the other node: it takes the expiry job's
 * advisory lock through its own connection, and the job stops here until the lock is given back.
 */
public class NodeLeasesIT extends EntraideTestSupport {

    private static final String JOB = "posts.expiry";
    private static final int TICK_SECONDS = 5;

    /** The job's lock as the platform computes it: "Entr" and the CRC-32 of the job's name (docs/scaling.md). */
    private static long key(String job) {
        CRC32 crc = new CRC32();
        crc.update(job.getBytes(StandardCharsets.UTF_8));
        return 0x456E7472L << 32 | crc.getValue();
    }

    private String jobState(String job) throws Exception {
        return api.get("/health").json().path("jobs").path(job).asText();
    }

    @Test
    public void healthNamesEveryScheduledJobAndTheConfigurationFingerprint() throws Exception {
        JsonNode health = api.get("/health").json();
        for (String job : List.of("posts.expiry", "notifications.dispatch", "notifications.digests",
                "identity.suspensions")) {
            assertTrue(health.toString(), health.path("jobs").has(job));
        }
        JsonNode configuration = health.path("configuration");
        assertTrue(health.toString(), configuration.path("fingerprint").asText().matches("sha256:[0-9a-f]{64}"));
        assertTrue(health.toString(), configuration.path("features").asInt() > 10);
        String printed = shell("entraide:config-fingerprint");
        assertTrue(printed, printed.contains("fingerprint " + configuration.path("fingerprint").asText()));
        assertTrue(printed, printed.contains("feature entraide-core/"));
    }

    @Test
    public void theFingerprintChangesWithATerritoryFileAndComesBackWhenItIsRemoved() throws Exception {
        JsonNode before = api.get("/health").json().path("configuration");
        String fingerprint = before.path("fingerprint").asText();
        int territories = before.path("territories").asInt();
        try {
            TerritoriesIT.write("itest-fingerprint", TerritoriesIT.NORD);
            TerritoriesIT.until(() -> api.get("/health").json().path("configuration").path("territories").asInt()
                    == territories + 1);
            assertNotEquals(fingerprint, api.get("/health").json().path("configuration").path("fingerprint")
                    .asText());
            String printed = shell("entraide:config-fingerprint");
            assertTrue(printed, printed.contains("territory itest-fingerprint maxRadiusKm=15.0"));
        } finally {
            Files.deleteIfExists(TerritoriesIT.territoryFile("itest-fingerprint"));
        }
        TerritoriesIT.until(() -> fingerprint.equals(api.get("/health").json().path("configuration")
                .path("fingerprint").asText()));
        assertEquals(territories, api.get("/health").json().path("configuration").path("territories").asInt());
    }

    @Test
    public void theExpiryJobRunsOnlyWhereItsLeaseIs() throws Exception {
        operator("config:property-set -p org.entraide.posts expiryCheckSeconds " + TICK_SECONDS);
        try {
            awaitHealthy(Duration.ofSeconds(90));
            DataSource dataSource = dataSource();
            Connection other = dataSource.getConnection();
            try {
                boolean postgres = "PostgreSQL".equals(other.getMetaData().getDatabaseProductName());
                if (postgres) {
                    takeTheLeaseFromThisNode(other);
                    TerritoriesIT.until(() -> "elsewhere".equals(jobState(JOB)));
                }
                String token = Residents.signedIn(api, Residents.uniqueEmail("leased"), 48.3904, -4.4861);
                Api.Reply soon = api.post("/posts", "{\"kind\":\"OFFER\",\"category\":\"errands\",\"title\":"
                        + "\"Courses avant ce soir\",\"body\":\"Je passe au marché.\",\"expiresAt\":\""
                        + Instant.now().plus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS) + "\"}", token);
                assertEquals(soon.toString(), 201, soon.status());
                if (postgres) {
                    Thread.sleep(3L * TICK_SECONDS * 1000);
                    assertEquals("no notice while another node holds the lease", 0, expiringNotices(token));
                    assertTrue(lock(other, "SELECT pg_advisory_unlock(?)"));
                }
                long start = System.nanoTime();
                while (expiringNotices(token) == 0) {
                    assertTrue("the job ran within three ticks", System.nanoTime() - start
                            < 3L * TICK_SECONDS * 1_000_000_000L);
                    Thread.sleep(250);
                }
                assertEquals("here", jobState(JOB));
                Thread.sleep(2L * TICK_SECONDS * 1000);
                assertEquals("exactly one notice", 1, expiringNotices(token));
            } finally {
                giveBack(other);
            }
        } finally {
            operator("config:property-set -p org.entraide.posts expiryCheckSeconds 60");
            awaitHealthy(Duration.ofSeconds(90));
        }
    }

    /**
     * What happens when this node's connection dies and another node takes the job: the node's lease session is
     * ended, and this test's connection takes the freed lock before the node's next tick.
     */
    private static void takeTheLeaseFromThisNode(Connection other) throws Exception {
        long start = System.nanoTime();
        while (!lock(other, "SELECT pg_try_advisory_lock(?)")) {
            assertTrue("the lease is taken within 10 s", System.nanoTime() - start < 10_000_000_000L);
            try (PreparedStatement kill = other.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_locks"
                    + " WHERE locktype = 'advisory' AND classid = ? AND objid = ? AND pid <> pg_backend_pid()")) {
                kill.setLong(1, key(JOB) >>> 32);
                kill.setLong(2, key(JOB) & 0xFFFFFFFFL);
                kill.executeQuery().close();
            }
            Thread.sleep(50);
        }
    }

    /** Closes the test's connection, which goes back to the pool: without the lock, whatever happened. */
    private static void giveBack(Connection other) throws SQLException {
        try {
            if ("PostgreSQL".equals(other.getMetaData().getDatabaseProductName())) {
                try (PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                    unlock.executeQuery().close();
                }
            }
        } finally {
            other.close();
        }
    }

    private static boolean lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key(JOB));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private int expiringNotices(String token) throws Exception {
        int count = 0;
        for (JsonNode item : api.get("/notifications", token).json().path("items")) {
            if ("post.expiring".equals(item.path("kind").asText())) {
                count++;
            }
        }
        return count;
    }

    /** The platform's DataSource, another connection of which is another node's session. */
    private static DataSource dataSource() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(NodeLeasesIT.class).getBundleContext();
        Collection<ServiceReference<DataSource>> references = context.getServiceReferences(DataSource.class,
                "(osgi.jndi.service.name=entraide)");
        assertEquals(1, references.size());
        return context.getService(references.iterator().next());
    }
}
