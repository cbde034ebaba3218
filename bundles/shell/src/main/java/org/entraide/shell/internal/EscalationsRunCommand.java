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
package org.entraide.shell.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.entraide.services.post.PostService;

/**
 * Runs the escalation job now, without waiting for its schedule; {@code --at} runs it as if it were that time
 * (to see what a date would escalate, or, in tests, to move time forward). A step already taken is never taken
 * again.
 */
@Service
@Command(scope = "entraide", name = "escalations-run", description = "Show the open requests nobody answered to"
        + " nearby actors, then to the territory's moderators, as their territory's delays say, now or at the time"
        + " given")
public class EscalationsRunCommand implements Action {

    @Option(name = "--at", description = "Run as if it were this ISO-8601 instant, e.g. 2026-12-24T00:00:00Z")
    String at;

    @Reference
    PostService posts;

    @Override
    public Object execute() {
        Instant when;
        try {
            when = PostsExpireCommand.runAt(at, Instant.now());
        } catch (DateTimeParseException e) {
            System.err.println("--at must be an ISO-8601 instant, e.g. 2026-12-24T00:00:00Z");
            return null;
        }
        System.out.println(posts.escalateDue(when) + " escalation steps taken at " + when);
        return null;
    }
}
