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

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Leases on scheduled jobs, so that with several nodes on one database each job runs on one node at a time and
 * moves to another node when its node dies. A job takes its lease once ({@link #job(String)}) and asks it at every
 * tick ({@link JobLease#mayRun()}); it skips the tick when the answer is no. On a database only one node can use
 * (embedded Derby) every answer is yes.
 *
 * <p>A lease may be lost while a run is under way (the node's connection to the database broke): for a moment two
 * nodes may then run the same job, so a job's writes must stay idempotent under that overlap (a conditional
 * update, a claim, an optimistic version); the lease saves the duplicated work, not the correctness.
 */
@ProviderType
public interface JobLeases {

    /**
     * Registers a job and tries to take its lease at once.
     *
     * @param name the job's stable name, the same on every node ({@code "posts.expiry"}); the database lock is
     *        derived from it
     * @return the handle the job asks at each tick and closes when it stops
     */
    JobLease job(String name);

    /**
     * The jobs registered on this node, by name, sorted.
     *
     * @return true for the jobs whose lease this node holds, as of their last tick
     */
    Map<String, Boolean> jobs();
}
