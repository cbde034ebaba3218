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

import org.osgi.annotation.versioning.ProviderType;

/** One job's lease on this node (see {@link JobLeases}). */
@ProviderType
public interface JobLease extends AutoCloseable {

    /**
     * The job's name.
     *
     * @return the name given to {@link JobLeases#job(String)}
     */
    String name();

    /**
     * Whether this node may run the job now: it holds the lease, or has just taken it. Checks that the
     * connection holding the lease is alive, and takes the lease again after the database came back.
     *
     * @return false when another node holds the lease or the database does not answer
     */
    boolean mayRun();

    /** Gives the lease back, so that another node takes the job at its next tick (the job stops here). */
    @Override
    void close();

    /**
     * A lease that is always held, for a job that runs alone (tests, a single node without a lease service).
     *
     * @param name the job's name
     * @return a lease whose {@link #mayRun()} is always true
     */
    static JobLease always(String name) {
        return new JobLease() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean mayRun() {
                return true;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
