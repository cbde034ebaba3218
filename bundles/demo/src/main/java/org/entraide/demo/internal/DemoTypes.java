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
package org.entraide.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.OperationType;

/**
 * The plugin types the demo territory uses, and waiting until core lists them all. The seeder's references
 * ensure the types are registered, but core binds them through its own dynamic references, which may come a
 * moment after the seeder is satisfied.
 */
final class DemoTypes {

    /** The actor types the territory uses. */
    static final Set<String> ACTOR_TYPES = DemoTerritory.actors().stream().map(a -> a.actor().type())
            .collect(Collectors.toCollection(TreeSet::new));

    /** The operation types the territory uses. */
    static final Set<String> OPERATION_TYPES = DemoTerritory.operations().stream().map(o -> o.operation().type())
            .collect(Collectors.toCollection(TreeSet::new));

    private static final Duration POLL = Duration.ofMillis(200);

    private final DemoContext demo;

    DemoTypes(DemoContext demo) {
        this.demo = demo;
    }

    /**
     * Waits until the actor and operation services list every type the territory uses.
     *
     * @return whether they were all listed within {@code timeout}
     */
    boolean await(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!listed()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }

    private boolean listed() {
        Set<String> actorKeys = demo.actors().types().stream().map(ActorType::key).collect(Collectors.toSet());
        Set<String> operationKeys = demo.operations().types().stream().map(OperationType::key)
                .collect(Collectors.toSet());
        return actorKeys.containsAll(ACTOR_TYPES) && operationKeys.containsAll(OPERATION_TYPES);
    }
}
