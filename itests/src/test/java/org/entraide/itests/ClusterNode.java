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

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One node of {@link ClusterIT}: the built distribution unpacked into a folder of its own and configured through
 * its {@code etc/} as docs/operators.md tells an operator, started with {@code bin/karaf server} as a process.
 */
final class ClusterNode {

    final String name;
    final File home;
    final int httpPort;
    private final int sshPort;
    private final int rmiRegistryPort;
    private final int rmiServerPort;
    private Process process;

    ClusterNode(String name, File home) throws IOException {
        this.name = name;
        this.home = home;
        this.httpPort = freePort();
        this.sshPort = freePort();
        this.rmiRegistryPort = freePort();
        this.rmiServerPort = freePort();
    }

    /** The API of this node alone, not through the balancer. */
    Api api() {
        return new Api("http://127.0.0.1:" + httpPort + "/api/v1");
    }

    /** A fresh copy of the distribution (the previous run's folder removed first). */
    void unpack(File archive) throws IOException, InterruptedException {
        delete(home.toPath());
        Files.createDirectories(home.toPath());
        run(home.getParentFile(), "tar", "xzf", archive.getAbsolutePath(), "-C", home.getAbsolutePath(),
                "--strip-components=1");
    }

    /**
     * Ports of its own, so that two nodes (and anything else on the machine) do not collide; the RMI ones matter
     * once the management feature is installed (the distribution does not boot it).
     */
    void ports() throws IOException {
        put("org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        put("org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort));
        put("org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(rmiRegistryPort));
        put("org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(rmiServerPort));
    }

    /** docs/operators.md, "PostgreSQL", steps 2 and 3: the DataSource's server, and the driver's feature at boot. */
    void postgresql(String url, String user, String password) throws IOException {
        put("org.ops4j.datasource-entraide.cfg", "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        put("org.ops4j.datasource-entraide.cfg", "url", url);
        put("org.ops4j.datasource-entraide.cfg", "user", user);
        put("org.ops4j.datasource-entraide.cfg", "password", password);
        addBootFeature("entraide-datasource-postgresql");
    }

    /** Sets {@code key = value} in {@code etc/<file>}: the line that sets it is replaced, else one is added. */
    void put(String file, String key, String value) throws IOException {
        Path cfg = home.toPath().resolve("etc").resolve(file);
        List<String> lines = Files.exists(cfg) ? Files.readAllLines(cfg, StandardCharsets.UTF_8) : new ArrayList<>();
        Pattern setting = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*=.*");
        String line = key + " = " + value;
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (setting.matcher(lines.get(i)).matches()) {
                lines.set(i, line);
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            lines.add(line);
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    /** Appends a feature to {@code featuresBoot} of etc/org.apache.karaf.features.cfg (a value of several lines). */
    private void addBootFeature(String feature) throws IOException {
        Path cfg = home.toPath().resolve("etc/org.apache.karaf.features.cfg");
        List<String> lines = Files.readAllLines(cfg, StandardCharsets.UTF_8);
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("^\\s*featuresBoot\\s*=.*")) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw new IllegalStateException("no featuresBoot in " + cfg);
        }
        while (lines.get(at).stripTrailing().endsWith("\\")) {
            at++;
        }
        lines.set(at, lines.get(at).stripTrailing() + ", " + feature);
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    /** Starts {@code bin/karaf server}, its output in {@code karaf.out} beside the folder. */
    void start() throws IOException {
        File out = new File(home.getParentFile(), name + "-karaf.out");
        process = new ProcessBuilder("bin/karaf", "server").directory(home)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(out)).start();
    }

    /** The node's JVM (the child of bin/karaf), the process a {@code kill -9} aims at. */
    Optional<ProcessHandle> jvm() {
        if (process == null) {
            return Optional.empty();
        }
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst();
    }

    /** {@code kill -9} of the JVM, then of bin/karaf; returns the JVM's pid (-1 if none was running). */
    long kill() throws InterruptedException {
        if (process == null) {
            return -1;
        }
        long pid = jvm().map(ProcessHandle::pid).orElse(-1L);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        process = null;
        return pid;
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    /** The last lines of the node's log, for a failure message. */
    String logTail() {
        Path log = home.toPath().resolve("data/log/karaf.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no " + log + ")";
        }
    }

    /**
     * Kills what an aborted earlier run left behind: every process whose command line names this folder (a Karaf
     * of a node, a haproxy with its configuration there). Such a node would otherwise still run jobs on the test's
     * database.
     */
    static void killLeftovers(File folder) {
        String path = folder.getAbsolutePath();
        long self = ProcessHandle.current().pid();
        ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self && p.info().commandLine().map(c -> c.contains(path)).orElse(false))
                .forEach(p -> {
                    System.out.println("[cluster] killing a leftover of an earlier run: " + p.pid() + " "
                            + p.info().commandLine().orElse(""));
                    p.destroyForcibly();
                });
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void run(File directory, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(directory).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + printed);
        }
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
