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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.node.JobLease;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.post.PostStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of open posts: a job that, every few seconds, tells authors whose posts expire within a day and marks
 * expired the posts whose expiry has passed, telling their followers.
 */
final class Expiry {

    /** Logged under the service's name, as before the service was split, so that operators' log settings hold. */
    private static final Logger LOG = LoggerFactory.getLogger(PostServiceImpl.class);

    /** The lease of the job, named so on every node: one node at a time runs the expiry and the jobs on its clock. */
    static final String JOB = "posts.expiry";

    private final PostsContext posts;
    private final JobLease lease;
    private ScheduledExecutorService job;
    /** Other jobs on the same schedule and clock (the escalation of unanswered requests). */
    private final List<Consumer<Instant>> others = new CopyOnWriteArrayList<>();

    Expiry(PostsContext posts, JobLease lease) {
        this.posts = posts;
        this.lease = lease;
    }

    /** Runs the job every {@code seconds}, at least 5, starting after that delay. */
    // The future has nothing to tell: expireNow catches and logs its own failures, and stop() ends the job.
    @SuppressWarnings("FutureReturnValueIgnored")
    void start(int seconds) {
        job = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "entraide-posts-expiry");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(5, seconds);
        job.scheduleWithFixedDelay(this::expireNow, period, period, TimeUnit.SECONDS);
    }

    /** Runs another job, on the same schedule and clock, after the expiry. */
    void alsoRun(Consumer<Instant> other) {
        others.add(other);
    }

    void stop() {
        job.shutdownNow();
        lease.close();
    }

    int expireDue(Instant now) {
        List<PostEntity> soon = posts.jpa.txExpr(TransactionType.Required,
                em -> PostsData.expiringWithin(em, now, Duration.ofHours(24)));
        for (PostEntity post : soon) {
            posts.publish(new NewNotification(post.authorId, "post.expiring", "POST", post.id,
                    Map.of("title", post.title, "expiresAt", post.expiresAt.toString())));
        }
        List<PostEntity> expired = posts.jpa.txExpr(TransactionType.Required, em -> PostsData.expire(em, now));
        expired.forEach(PostsContext::changed);
        for (PostEntity post : expired) {
            posts.tellFollowers(post, "post.status", Map.of("title", post.title, "status",
                    PostStatus.EXPIRED.name()));
        }
        if (!expired.isEmpty()) {
            LOG.info("{} posts expired", expired.size());
        }
        return expired.size();
    }

    private void expireNow() {
        if (!lease.mayRun()) {
            return;
        }
        try {
            expireDue(posts.clock().instant());
        } catch (RuntimeException e) {
            LOG.warn("The expiry job failed; it runs again shortly", e);
        }
        for (Consumer<Instant> other : others) {
            try {
                other.accept(posts.clock().instant());
            } catch (RuntimeException e) {
                LOG.warn("A scheduled job failed; it runs again shortly", e);
            }
        }
    }
}
