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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.entraide.services.node.JobLease;
import org.junit.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Job leases: always held on Derby; on PostgreSQL (when {@code entraide.leases.postgresql.url} names a server, as
 * {@code -Dentraide.leases.postgresql.url=jdbc:postgresql://localhost:5432/mine}) held by one node at a time.
 */
public class JobLeasesTest {

    private static final String URL = System.getProperty("entraide.leases.postgresql.url");

    @Test
    public void aJobsKeyIsStableAndItsOwn() {
        assertEquals(0x456E7472L, JobLeasesComponent.key("posts.expiry") >>> 32);
        // CRC-32 of "posts.expiry": the key another node, a test or an operator computes the same way.
        assertEquals(0x456E7472_18ADEAADL, JobLeasesComponent.key("posts.expiry"));
        assertEquals(JobLeasesComponent.key("posts.expiry"), JobLeasesComponent.key("posts.expiry"));
        assertTrue(JobLeasesComponent.key("posts.expiry") != JobLeasesComponent.key("identity.suspensions"));
    }

    @Test
    public void onDerbyEveryLeaseIsHeld() {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:leases");
        derby.setCreateDatabase("create");
        JobLeasesComponent leases = new JobLeasesComponent(derby);
        try (JobLease lease = leases.job("posts.expiry")) {
            assertTrue(lease.mayRun());
            assertTrue(lease.mayRun());
            assertEquals(Map.of("posts.expiry", true), leases.jobs());
        }
        assertEquals(Map.of(), leases.jobs());
    }

    private static PGSimpleDataSource postgres() {
        assumeTrue("no entraide.leases.postgresql.url", URL != null && !URL.isBlank());
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(URL);
        source.setUser(System.getProperty("entraide.leases.postgresql.user", "entraide"));
        source.setPassword(System.getProperty("entraide.leases.postgresql.password", "entraide"));
        return source;
    }

    @Test
    public void onPostgresqlOneNodeHoldsAJobAndTheOtherTakesItWhenItIsGiven() {
        PGSimpleDataSource source = postgres();
        JobLeasesComponent first = new JobLeasesComponent(source);
        JobLeasesComponent second = new JobLeasesComponent(source);
        try {
            JobLease here = first.job("test.leases");
            JobLease there = second.job("test.leases");
            assertTrue(here.mayRun());
            assertFalse(there.mayRun());
            assertEquals(Map.of("test.leases", false), second.jobs());
            here.close();
            assertTrue("given back, the other node takes it at its next tick", there.mayRun());
            assertEquals(Map.of("test.leases", true), second.jobs());
            assertFalse("a closed lease never runs", here.mayRun());
        } finally {
            first.deactivate();
            second.deactivate();
        }
    }

    @Test
    public void aNodeWhoseConnectionDiesLosesItsLeasesAndTakesThemBackWhenFree() throws Exception {
        PGSimpleDataSource source = postgres();
        JobLeasesComponent node = new JobLeasesComponent(source);
        try (Connection other = source.getConnection()) {
            JobLease lease = node.job("test.leases.dead");
            assertTrue(lease.mayRun());
            // What PostgreSQL does when a node dies: its session ends and its locks are freed.
            try (PreparedStatement kill = other.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_locks"
                    + " WHERE locktype = 'advisory' AND classid = ? AND objid = ?")) {
                long key = JobLeasesComponent.key("test.leases.dead");
                kill.setLong(1, key >>> 32);
                kill.setLong(2, key & 0xFFFFFFFFL);
                kill.executeQuery().close();
            }
            // The session ends a moment after it is told to.
            boolean taken = false;
            for (int i = 0; i < 50 && !taken; i++) {
                taken = lock(other, "SELECT pg_try_advisory_lock(?)");
                Thread.sleep(100);
            }
            assertTrue(taken);
            assertFalse("another node holds it now", lease.mayRun());
            assertTrue(lock(other, "SELECT pg_advisory_unlock(?)"));
            assertTrue("reconnected, it takes the free lease", lease.mayRun());
        } finally {
            node.deactivate();
        }
    }

    private static boolean lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, JobLeasesComponent.key("test.leases.dead"));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
