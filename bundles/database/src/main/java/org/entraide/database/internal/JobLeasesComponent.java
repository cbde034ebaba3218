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

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.entraide.services.node.JobLease;
import org.entraide.services.node.JobLeases;
import org.entraide.services.node.SharedDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Job leases as PostgreSQL session-level advisory locks, held on one connection of this node kept out of the pool
 * for that purpose. The lock of a job is {@link #key(String)}; a node that dies closes its socket and PostgreSQL
 * frees its locks, so another node takes them at its next tick. The connection's TCP keepalives are shortened so
 * that PostgreSQL also notices a node that vanished without closing anything (power cut, network gone) within
 * about half a minute. On any other database (embedded Derby: one node) every lease is held.
 */
@Component(service = JobLeases.class)
public class JobLeasesComponent implements JobLeases {

    /** The high half of every key: "Entr", so that Entraide's locks are told apart in {@code pg_locks}. */
    static final long NAMESPACE = 0x456E7472L << 32;
    private static final Logger LOG = LoggerFactory.getLogger(JobLeasesComponent.class);
    private static final int VALID_SECONDS = 5;
    /** Dead peer detection on the lease connection: 10 s idle, then 3 probes 5 s apart. */
    private static final String[] KEEPALIVES = {"SET tcp_keepalives_idle = 10", "SET tcp_keepalives_interval = 5",
        "SET tcp_keepalives_count = 3"};

    private final DataSource dataSource;
    /** Registered jobs by name; guarded by this. */
    private final Map<String, Entry> entries = new HashMap<>();
    /** Null until known; false on a database that needs no lease. Guarded by this. */
    private Boolean shared;
    private Connection connection;

    /**
     * Holds no lease until a job asks.
     *
     * @param dataSource the platform's DataSource, from which one connection is kept for the locks
     */
    @Activate
    public JobLeasesComponent(@Reference(target = "(osgi.jndi.service.name=entraide)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The advisory lock key of a job: {@link #NAMESPACE} and the CRC-32 of its name in UTF-8, the same on every
     * node and across versions (another node, or an operator, can take it by hand:
     * {@code SELECT pg_try_advisory_lock(key)}).
     *
     * @param job the job's name
     * @return the lock's 64-bit key
     */
    public static long key(String job) {
        CRC32 crc = new CRC32();
        crc.update(job.getBytes(StandardCharsets.UTF_8));
        return NAMESPACE | crc.getValue();
    }

    @Override
    public JobLease job(String name) {
        synchronized (this) {
            entries.computeIfAbsent(name, n -> new Entry()).handles++;
        }
        JobLease lease = new Lease(name);
        lease.mayRun();
        return lease;
    }

    @Override
    public synchronized Map<String, Boolean> jobs() {
        Map<String, Boolean> jobs = new TreeMap<>();
        entries.forEach((name, entry) -> jobs.put(name, entry.held));
        return jobs;
    }

    @Deactivate
    synchronized void deactivate() {
        drop();
        entries.clear();
    }

    private synchronized boolean mayRun(String name) {
        Entry entry = entries.get(name);
        if (entry == null) {
            return false;
        }
        try {
            Connection current = connection();
            if (current == null) {
                entry.held = true;
            } else if (!entry.held) {
                entry.held = lock(current, "SELECT pg_try_advisory_lock(?)", name);
                if (entry.held) {
                    LOG.info("This node now runs the job {}", name);
                }
            }
        } catch (SQLException e) {
            LOG.warn("The lease of job {} could not be checked, the job waits: {}", name, e.getMessage());
            drop();
        }
        return entry.held;
    }

    private synchronized void release(String name) {
        Entry entry = entries.get(name);
        if (entry == null || --entry.handles > 0) {
            return;
        }
        entries.remove(name);
        if (entry.held && connection != null) {
            try {
                lock(connection, "SELECT pg_advisory_unlock(?)", name);
                LOG.info("This node stopped the job {} and gave its lease back", name);
            } catch (SQLException e) {
                LOG.warn("The lease of job {} could not be given back: {}", name, e.getMessage());
                drop();
            }
        }
    }

    private static boolean lock(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key(name));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** The live lease connection, opened again when it died (every lease then lost); null without PostgreSQL. */
    private Connection connection() throws SQLException {
        if (Boolean.FALSE.equals(shared)) {
            return null;
        }
        if (connection != null) {
            if (connection.isValid(VALID_SECONDS)) {
                return connection;
            }
            LOG.warn("The connection holding the job leases is lost; this node takes them again when free");
            drop();
        }
        Connection opened = dataSource.getConnection();
        boolean postgres = SharedDatabase.of(opened);
        if (!postgres) {
            opened.close();
            shared = false;
            return null;
        }
        try {
            opened.setAutoCommit(true);
            try (Statement statement = opened.createStatement()) {
                for (String setting : KEEPALIVES) {
                    statement.execute(setting);
                }
            }
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        shared = true;
        connection = opened;
        return connection;
    }

    /**
     * Forgets the connection, and with it every lease: a dead session's locks are freed by PostgreSQL; a live one
     * goes back to the pool, so it gives its locks back first.
     */
    private void drop() {
        entries.values().forEach(entry -> entry.held = false);
        if (connection != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock_all()");
                statement.execute("RESET tcp_keepalives_idle; RESET tcp_keepalives_interval;"
                        + " RESET tcp_keepalives_count");
            } catch (SQLException dead) {
                LOG.debug("The lease connection's session is gone with its locks: {}", dead.getMessage());
            }
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the lost lease connection: {}", e.getMessage());
            }
            connection = null;
        }
    }

    /** A job's state on this node. */
    private static final class Entry {
        private int handles;
        private boolean held;
    }

    /** A job's handle. */
    private final class Lease implements JobLease {
        private final String name;
        private boolean closed;

        Lease(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean mayRun() {
            return !closed && JobLeasesComponent.this.mayRun(name);
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                release(name);
            }
        }
    }
}
