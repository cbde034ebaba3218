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
 * Runs the expiry job now, without waiting for its schedule; {@code --at} runs it as if it were that
 * time, to check what a date would expire (or, in tests, to move time forward).
 */
@Service
@Command(scope = "entraide", name = "posts-expire", description = "Expire the open posts whose expiry has passed,"
        + " now or at the time given, and warn the authors of posts expiring within a day")
public class PostsExpireCommand implements Action {

    @Option(name = "--at", description = "Run as if it were this ISO-8601 instant, e.g. 2026-12-24T00:00:00Z")
    String at;

    @Reference
    PostService posts;

    @Override
    public Object execute() {
        Instant when;
        try {
            when = runAt(at, Instant.now());
        } catch (DateTimeParseException e) {
            System.err.println("--at must be an ISO-8601 instant, e.g. 2026-12-24T00:00:00Z");
            return null;
        }
        System.out.println(posts.expireDue(when) + " posts expired at " + when);
        return null;
    }

    /**
     * The time the job runs as: {@code now} without {@code --at}, else the ISO-8601 instant given; one that is no
     * instant throws {@link DateTimeParseException}.
     */
    static Instant runAt(String at, Instant now) {
        return at == null ? now : Instant.parse(at);
    }
}
