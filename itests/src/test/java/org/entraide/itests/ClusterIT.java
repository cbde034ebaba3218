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
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.ErrorCollector;

/**
 * Two nodes of the built distribution on one PostgreSQL, behind Debian's HAProxy (round-robin, health-checking
 * {@code /api/v1/health}), as docs/scaling.md describes a multi-node deployment. Not Pax Exam: the nodes are the
 * archive an operator unpacks, configured through {@code etc/}, run as processes, and one of them is killed with
 * SIGKILL. Proves, printing the time of each phase:
 * <ol type="a">
 * <li>a token from node A works on node B, and a sign-out on A ends it on B;</li>
 * <li>a post written through A is in B's very next feed answer, feed cache on (as shipped);</li>
 * <li>a scheduled job's effect happens once with both nodes running: one "post.expiring" notification a post;</li>
 * <li>A killed with {@code kill -9} while 16 clients write through the balancer: every acknowledged write is
 * readable after, and the balancer routes around A within its health checks;</li>
 * <li>A restarted is checked UP by HAProxy again and serves requests.</li>
 * </ol>
 * Run by the failsafe execution {@code cluster} of itests/pom.xml, on the database at
 * {@code entraide.itests.cluster.url} (emptied first; .ci/run creates {@code entraide_cluster}). Skipped with one
 * line when haproxy or that database is missing.
 */
public class ClusterIT {

    static final String URL = "entraide.itests.cluster.url";
    /** Seconds between two runs of the expiry job on each node (its minimum), for phase c. */
    private static final int EXPIRY_CHECK_SECONDS = 5;
    private static final int WRITERS = 16;
    /** A boot takes well under a minute on an idle 2-core machine; a loaded one (parallel builds) takes minutes. */
    private static final long BOOT_SECONDS = 480;
    private static final double[] CENTRE = {45.7640, 4.8357};

    @Rule
    public final ErrorCollector checks = new ErrorCollector();

    private final List<ClusterNode> nodes = new ArrayList<>();
    private ClusterBalancer balancer;
    private final Thread cleanup = new Thread(this::stopAll, "cluster-it-cleanup");
    private long phaseStarted;

    @Test
    public void twoNodesBehindHaproxyShareEverythingAndSurviveTheLossOfOne() throws Exception {
        String haproxy = ClusterBalancer.binary();
        if (haproxy == null) {
            skip("no haproxy on the PATH (apt-get install haproxy; .ci/run installs it)");
        }
        String url = System.getProperty(URL, "jdbc:postgresql://localhost:5432/entraide_cluster");
        String user = System.getProperty(PostgresSuiteIT.USER, "entraide");
        String password = System.getProperty(PostgresSuiteIT.PASSWORD, "entraide");
        File folder = new File(System.getProperty("entraide.itests.directory", "target"), "cluster");
        ClusterNode.killLeftovers(folder);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException unreachable) {
            skip("no PostgreSQL database at " + url + " for " + user + " (" + unreachable.getMessage()
                    + "); .ci/run creates entraide_cluster");
        }
        File archive = new File(System.getProperty("entraide.itests.distribution", "../distribution/target/"
                + "entraide-" + System.getProperty("entraide.itests.version") + ".tar.gz"));
        assertTrue("no distribution archive at " + archive + ": build it first (mvn install)", archive.isFile());
        Runtime.getRuntime().addShutdownHook(cleanup);

        phase("boot");
        ClusterNode a = new ClusterNode("a", new File(folder, "node-a"));
        ClusterNode b = new ClusterNode("b", new File(folder, "node-b"));
        nodes.add(a);
        nodes.add(b);
        for (ClusterNode node : nodes) {
            node.unpack(archive);
            configure(node, url, user, password);
        }
        for (ClusterNode node : nodes) {
            node.start();
        }
        awaitHealthy(a, b);
        balancer = new ClusterBalancer(folder);
        balancer.start(nodes);
        awaitBalanced("a", "UP");
        awaitBalanced("b", "UP");
        done("both nodes UP (booted in parallel) and checked UP by HAProxy on port " + balancer.port);

        Api lb = balancer.api();
        phase("c: posts expiring within a day, for the expiry job");
        String author = Residents.signedIn(lb, Residents.uniqueEmail("cluster.expiry"), CENTRE[0], CENTRE[1]);
        List<String> expiring = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expiring.add(postExpiringSoon(lb, author, "Pour ce soir " + i));
        }
        done(expiring.size() + " posts expiring in 5 hours written through the balancer");

        phase("a: sessions");
        soft("a", () -> sessionsAreShared(a, b, lb));
        done("a token of A used on B and through the balancer, then signed out on A");

        phase("b: feed");
        soft("b", () -> feedsAgree(a, b, lb));
        done("a post written through A read in B's feed");

        phase("c: one notification a post");
        soft("c", () -> jobRanOnce(lb, author, expiring));
        done("notifications counted");

        phase("d: kill -9 of A under 16 writers");
        List<String[]> acknowledged = writeWhileKilling(a, b, lb);

        phase("e: A restarted");
        rejoins(a, lb, acknowledged.get(0));
    }

    /** What an operator writes in etc/ of every node: the same on both but for the ports. */
    private static void configure(ClusterNode node, String url, String user, String password) throws Exception {
        node.ports();
        node.postgresql(url, user, password);
        // The balancer is the one proxy whose X-Forwarded-For is believed (docs/scaling.md).
        node.put("org.entraide.rest.cfg", "trustedProxies", "127.0.0.1/32, ::1");
        // Phase c waits for the expiry job: at its shortest period rather than a minute.
        node.put("org.entraide.posts.cfg", "expiryCheckSeconds", Integer.toString(EXPIRY_CHECK_SECONDS));
        // 16 writers from one address post as fast as they can: the abuse limits raised, as for a bulk import.
        node.put("org.entraide.identity.cfg", "registrationsPerAddressPerHour", "1000");
        for (String limit : new String[] {"postsPerDay", "responsesPerHour", "messagesPerMinute"}) {
            node.put("org.entraide.posts.cfg", limit, "100000");
        }
        node.put("org.entraide.posts.cfg", "newAccountHours", "0");
        String feedCache = System.getProperty("entraide.itests.cluster.feedCacheMillis");
        if (feedCache != null && !feedCache.isEmpty()) {
            node.put("org.entraide.posts.cfg", "feedCacheMillis", feedCache);
            System.out.println("[cluster] feedCacheMillis = " + feedCache + " on both nodes");
        }
    }

    // a. ------------------------------------------------------------------------------------------------------

    private void sessionsAreShared(ClusterNode a, ClusterNode b, Api lb) throws Exception {
        String email = Residents.uniqueEmail("cluster.session");
        String token = Residents.signedIn(a.api(), email, CENTRE[0], CENTRE[1]);
        String account = a.api().get("/me", token).json().path("id").asText();
        Api.Reply onB = b.api().get("/me", token);
        assertEquals("A's token on B: " + onB, 200, onB.status());
        assertEquals(account, onB.json().path("id").asText());
        Set<String> served = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            Api.Reply through = lb.get("/me", token);
            assertEquals("A's token through the balancer: " + through, 200, through.status());
            served.add(through.header("X-Entraide-Node").orElse("?"));
        }
        assertEquals("round-robin sends calls to both nodes", Set.of("a", "b"), served);

        Api.Reply out = a.api().delete("/sessions/current", token);
        assertEquals(out.toString(), 204, out.status());
        assertEquals("signed out on A, the token on B", 401, b.api().get("/me", token).status());
        for (int i = 0; i < 4; i++) {
            assertEquals("signed out on A, the token through the balancer", 401, lb.get("/me", token).status());
        }
    }

    // b. ------------------------------------------------------------------------------------------------------

    private void feedsAgree(ClusterNode a, ClusterNode b, Api lb) throws Exception {
        double[] here = {CENTRE[0] + 0.2, CENTRE[1] + 0.2};
        String reader = Residents.signedIn(lb, Residents.uniqueEmail("cluster.reader"), here[0], here[1]);
        String writer = Residents.signedIn(lb, Residents.uniqueEmail("cluster.writer"), here[0], here[1]);
        // The reader's feed, read on B and through the balancer (both nodes) first: it is in their caches.
        feedIds(b.api(), reader);
        feedIds(lb, reader);
        feedIds(lb, reader);
        String post = Posting.request(a.api(), writer, "Courses pour samedi", here);
        assertTrue("a post written through A, in B's very next feed answer", feedIds(b.api(), reader).contains(post));
        for (int i = 0; i < 2; i++) {
            assertTrue("a post written through A, in the feed through the balancer",
                    feedIds(lb, reader).contains(post));
        }
    }

    private static List<String> feedIds(Api api, String token) throws Exception {
        Api.Reply feed = api.get("/feed?radiusKm=5&limit=50", token);
        assertEquals(feed.toString(), 200, feed.status());
        List<String> ids = new ArrayList<>();
        feed.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    // c. ------------------------------------------------------------------------------------------------------

    private static String postExpiringSoon(Api api, String token, String title) throws Exception {
        Api.Reply soon = api.post("/posts", "{\"kind\":\"REQUEST\",\"category\":\"errands\",\"title\":\"" + title
                + "\",\"body\":\"Du lait.\",\"expiresAt\":\""
                + Instant.now().plus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS) + "\"}", token);
        assertEquals(soon.toString(), 201, soon.status());
        return soon.json().path("id").asText();
    }

    private void jobRanOnce(Api lb, String author, List<String> posts) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(6L * EXPIRY_CHECK_SECONDS);
        Map<String, Integer> told = expiringNotifications(lb, author);
        while (!told.keySet().containsAll(posts)) {
            assertTrue("no post.expiring notification within " + 6 * EXPIRY_CHECK_SECONDS + " s: " + told,
                    System.nanoTime() < deadline);
            Thread.sleep(500);
            told = expiringNotifications(lb, author);
        }
        // Both nodes run the job every few seconds: leave each of them two more runs to tell the author again.
        Thread.sleep(TimeUnit.SECONDS.toMillis(2L * EXPIRY_CHECK_SECONDS + 1));
        told = expiringNotifications(lb, author);
        System.out.println("[cluster] c: post.expiring notifications by post: " + told);
        for (String post : posts) {
            assertEquals("post.expiring notifications for post " + post + " with two nodes running the job: "
                    + told, Integer.valueOf(1), told.get(post));
        }
    }

    private static Map<String, Integer> expiringNotifications(Api api, String token) throws Exception {
        Api.Reply list = api.get("/notifications?limit=100", token);
        assertEquals(list.toString(), 200, list.status());
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode item : list.json().path("items")) {
            if ("post.expiring".equals(item.path("kind").asText())) {
                counts.merge(item.path("subjectId").asText(), 1, Integer::sum);
            }
        }
        return counts;
    }

    // d. ------------------------------------------------------------------------------------------------------

    /** One write of phase d: when it started and ended (ns), its status (0: no answer) and what came. */
    private record Write(long start, long end, int status, String node, String id, String token, String error) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    private List<String[]> writeWhileKilling(ClusterNode a, ClusterNode b, Api lb) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            // Registered a few at a time: each hashes its password (Argon2), a burst of CPU on the nodes.
            ExecutorService registering = Executors.newFixedThreadPool(4);
            List<String> tokens = new ArrayList<>();
            try {
                List<Future<String>> registered = new ArrayList<>();
                for (int i = 0; i < WRITERS; i++) {
                    double[] home = {CENTRE[0] - 0.3 + i * 0.01, CENTRE[1] - 0.3};
                    registered.add(registering.submit(() -> Residents.signedIn(new Api(lb.base()),
                            Residents.uniqueEmail("cluster.load"), home[0], home[1])));
                }
                for (Future<String> token : registered) {
                    tokens.add(token.get());
                }
            } finally {
                registering.shutdownNow();
            }
            done(WRITERS + " writers registered through the balancer");

            ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong downSeen = new AtomicLong();
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String token = tokens.get(i);
                int writer = i;
                writers.add(pool.submit(() -> write(new Api(lb.base()), token, writer, stop, writes)));
            }
            Future<?> watch = pool.submit(() -> watchDown("a", stop, downSeen));
            Thread.sleep(3000);
            long kill = System.nanoTime();
            long pid = a.kill();
            long killed = System.nanoTime();
            System.out.println("[cluster] d: kill -9 " + pid + " (node A's JVM), " + writes.size()
                    + " writes so far");
            // Writing on until HAProxy's checks have taken A out, and a while after.
            long giveUp = killed + TimeUnit.SECONDS.toNanos(30);
            while (downSeen.get() == 0 && System.nanoTime() < giveUp) {
                Thread.sleep(100);
            }
            Thread.sleep(3000);
            stop.set(true);
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            watch.get(10, TimeUnit.SECONDS);
            return checkWrites(new ArrayList<>(writes), kill, killed, downSeen.get(), b);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Void write(Api api, String token, int writer, AtomicBoolean stop, ConcurrentLinkedQueue<Write> out) {
        for (int n = 0; !stop.get(); n++) {
            String body = "{\"kind\":\"OFFER\",\"category\":\"lending\",\"title\":\"Perceuse " + writer + "-" + n
                    + "\",\"body\":\"A prêter, écrit " + writer + "-" + n + ".\"}";
            long start = System.nanoTime();
            try {
                Api.Reply reply = api.post("/posts", body, token);
                String id = reply.status() == 201 ? reply.json().path("id").asText() : null;
                out.add(new Write(start, System.nanoTime(), reply.status(), reply.header("X-Entraide-Node")
                        .orElse("?"), id, token, reply.status() == 201 ? null : reply.body()));
            } catch (Exception e) {
                out.add(new Write(start, System.nanoTime(), 0, "?", null, token, e.toString()));
            }
        }
        return null;
    }

    /** Notes when HAProxy's health checks first see the node DOWN. */
    private Void watchDown(String node, AtomicBoolean stop, AtomicLong downSeen) throws Exception {
        while (!stop.get()) {
            if (downSeen.get() == 0 && balancer.states().getOrDefault(node, "").startsWith("DOWN")) {
                downSeen.set(System.nanoTime());
            }
            Thread.sleep(100);
        }
        return null;
    }

    private List<String[]> checkWrites(List<Write> writes, long kill, long killed, long downSeen, ClusterNode b)
            throws Exception {
        List<Write> acknowledged = new ArrayList<>();
        List<Write> failed = new ArrayList<>();
        Map<String, Integer> byNode = new TreeMap<>();
        for (Write write : writes) {
            (write.acknowledged() ? acknowledged : failed).add(write);
            if (write.acknowledged()) {
                byNode.merge(write.node() + (write.end() < kill ? " before the kill" : " after"), 1, Integer::sum);
            }
        }
        List<Write> failedBefore = failed.stream().filter(w -> w.end() < kill).toList();
        long lastFailure = failed.stream().mapToLong(Write::end).max().orElse(kill);
        long routedAroundMs = TimeUnit.NANOSECONDS.toMillis(lastFailure - kill);
        long ackedLater = acknowledged.stream().filter(w -> w.end() > lastFailure).count();
        long ackedAfterDown = acknowledged.stream().filter(w -> downSeen != 0 && w.start() > downSeen).count();
        List<Write> failedLater = failed.stream().filter(w -> w.start() > killed).toList();
        Map<String, Integer> failures = new TreeMap<>();
        failed.forEach(w -> failures.merge(w.status() == 0 ? "no answer" : "HTTP " + w.status(), 1, Integer::sum));
        System.out.println("[cluster] d: " + writes.size() + " writes by " + WRITERS + " clients, "
                + acknowledged.size() + " acknowledged " + byNode + ", " + failed.size() + " failed " + failures
                + (failed.isEmpty() ? "" : " (first: " + failed.get(0).error() + ")"));
        System.out.println("[cluster] d: last failure " + routedAroundMs + " ms after the kill; HAProxy saw A DOWN "
                + (downSeen == 0 ? "never" : TimeUnit.NANOSECONDS.toMillis(downSeen - kill) + " ms after the kill")
                + " (checks every " + ClusterBalancer.INTER_SECONDS + " s, " + ClusterBalancer.FALL
                + " failed to mark it DOWN); " + ackedLater + " writes acknowledged after the last failure, "
                + ackedAfterDown + " sent after A was DOWN");
        assertTrue("writes failed before the kill: " + failedBefore.size() + ", first " + (failedBefore.isEmpty() ? ""
                : failedBefore.get(0)), failedBefore.isEmpty());
        // Routed around A once the health checks mark it DOWN (until then, a request may still meet one of the
        // connections HAProxy held open to A: it fails, and a POST is not retried).
        System.out.println("[cluster] d: " + failedLater.size() + " of the failed requests were sent after the kill");
        assertTrue("HAProxy's health checks marked A DOWN", downSeen != 0);
        assertTrue("a request failed " + TimeUnit.NANOSECONDS.toMillis(lastFailure - downSeen) + " ms after HAProxy"
                + " marked A DOWN", lastFailure <= downSeen + TimeUnit.SECONDS.toNanos(1));
        assertTrue("HAProxy's health checks marked A DOWN", downSeen != 0);
        assertTrue("writes acknowledged after HAProxy marked A DOWN: " + ackedAfterDown, ackedAfterDown > 0);

        long checked = System.nanoTime();
        Api onB = b.api();
        List<String> missing = Collections.synchronizedList(new ArrayList<>());
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (Write write : acknowledged) {
                reads.add(readers.submit(() -> {
                    Api.Reply read = onB.get("/posts/" + write.id(), write.token());
                    if (read.status() != 200) {
                        missing.add(write.id() + " (" + read.status() + ", written on " + write.node() + ")");
                    }
                    return null;
                }));
            }
            for (Future<?> read : reads) {
                read.get(60, TimeUnit.SECONDS);
            }
        } finally {
            readers.shutdownNow();
        }
        System.out.println("[cluster] d: " + (acknowledged.size() - missing.size()) + " of " + acknowledged.size()
                + " acknowledged writes read back on B in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - checked)
                + " ms");
        assertTrue("acknowledged writes not readable on B: " + missing, missing.isEmpty());
        done("every acknowledged write readable; routed around A in " + routedAroundMs + " ms");
        List<String[]> written = new ArrayList<>();
        acknowledged.forEach(w -> written.add(new String[] {w.id(), w.token()}));
        return written;
    }

    // e. ------------------------------------------------------------------------------------------------------

    private void rejoins(ClusterNode a, Api lb, String[] post) throws Exception {
        a.start();
        awaitHealthy(a);
        done("A restarted: its own health UP");
        awaitBalanced("a", "UP");
        done("HAProxy's health checks see A UP again");
        Api.Reply direct = a.api().get("/posts/" + post[0], post[1]);
        assertEquals("a post written during the kill, read on A: " + direct, 200, direct.status());
        Map<String, Integer> served = new TreeMap<>();
        for (int i = 0; i < 8; i++) {
            Api.Reply through = lb.get("/posts/" + post[0], post[1]);
            assertEquals(through.toString(), 200, through.status());
            served.merge(through.header("X-Entraide-Node").orElse("?"), 1, Integer::sum);
        }
        assertTrue("A serves through the balancer again: " + served, served.getOrDefault("a", 0) >= 2);
        done("8 reads through the balancer served by " + served);
    }

    // Processes, waits and timings ------------------------------------------------------------------------------

    private static void awaitHealthy(ClusterNode... waiting) throws Exception {
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(BOOT_SECONDS);
        Set<ClusterNode> left = new HashSet<>(List.of(waiting));
        while (!left.isEmpty()) {
            for (ClusterNode node : new ArrayList<>(left)) {
                if (!node.running()) {
                    fail("node " + node.name + " stopped while booting; its log:\n" + node.logTail());
                }
                int status;
                try {
                    status = node.api().get("/health").status();
                } catch (java.io.IOException notYet) {
                    status = 0;
                }
                if (status == 200) {
                    left.remove(node);
                    System.out.println("[cluster] node " + node.name + " UP after "
                            + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
                }
            }
            if (System.nanoTime() > deadline) {
                StringBuilder logs = new StringBuilder();
                left.forEach(n -> logs.append("\nnode ").append(n.name).append(":\n").append(n.logTail()));
                fail("not UP within " + BOOT_SECONDS + " s:" + logs);
            }
            Thread.sleep(250);
        }
    }

    private void awaitBalanced(String node, String state) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Map<String, String> states = balancer.states();
        while (!state.equals(states.get(node))) {
            assertTrue("HAProxy does not see node " + node + " " + state + ": " + states,
                    System.nanoTime() < deadline);
            Thread.sleep(100);
            states = balancer.states();
        }
    }

    /** A check whose failure is recorded while the next phases still run (b and c depend on other branches). */
    private void soft(String phase, Check check) {
        try {
            check.run();
        } catch (AssertionError | Exception e) {
            System.out.println("[cluster] " + phase + " FAILED: " + e);
            checks.addError(new AssertionError("phase " + phase + ": " + e.getMessage(), e));
        }
    }

    /** A phase's checks. */
    private interface Check {
        void run() throws Exception;
    }

    private void phase(String name) {
        phaseStarted = System.nanoTime();
        System.out.println("[cluster] phase " + name);
    }

    private void done(String what) {
        System.out.println("[cluster]   " + what + " (" + TimeUnit.NANOSECONDS.toMillis(System.nanoTime()
                - phaseStarted) + " ms)");
    }

    private static void skip(String why) {
        System.out.println("Cluster test skipped: " + why);
        assumeTrue(why, false);
    }

    @After
    public void stopAll() {
        try {
            if (balancer != null) {
                balancer.stop();
            }
            for (ClusterNode node : nodes) {
                node.kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (Thread.currentThread() != cleanup) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException | IllegalArgumentException notRegistered) {
                // the JVM is shutting down, or the hook was never registered (skipped)
            }
        }
    }
}
