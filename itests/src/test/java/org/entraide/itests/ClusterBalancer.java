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

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy in front of the nodes of {@link ClusterIT}, run as a process of the test with its own
 * configuration (the one docs/scaling.md shows), never as the system's service.
 */
final class ClusterBalancer {

    /** Seconds between two health checks of a node, and how many failed or passed checks change its state. */
    static final int INTER_SECONDS = 1;
    static final int FALL = 3;
    static final int RISE = 2;

    final int port;
    private final File folder;
    private final File socket;
    private Process process;

    ClusterBalancer(File folder) throws IOException {
        this.folder = folder;
        this.port = ClusterNode.freePort();
        File near = new File(folder, "haproxy.sock");
        // A UNIX socket's path holds at most 107 bytes: a deep checkout gets one in the temporary folder.
        this.socket = near.getAbsolutePath().length() < 100 ? near
                : new File(Files.createTempDirectory("entraide-haproxy").toFile(), "haproxy.sock");
    }

    /** The haproxy binary, or null when there is none. */
    static String binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, "haproxy");
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        File debian = new File("/usr/sbin/haproxy");
        return debian.canExecute() ? debian.getPath() : null;
    }

    Api api() {
        return new Api("http://127.0.0.1:" + port + "/api/v1");
    }

    /** The configuration of docs/scaling.md ("A multi-node deployment"), for these nodes. */
    String configuration(List<ClusterNode> nodes) {
        StringBuilder servers = new StringBuilder();
        for (ClusterNode node : nodes) {
            servers.append("    server ").append(node.name).append(" 127.0.0.1:").append(node.httpPort)
                    .append(" check\n");
        }
        return "global\n"
                + "    maxconn 4096\n"
                + "    log stdout format raw local0 info\n"
                + "    stats socket " + socket.getAbsolutePath() + " mode 600 level admin\n"
                + "\n"
                + "defaults\n"
                + "    mode http\n"
                + "    log global\n"
                + "    option httplog\n"
                + "    option forwardfor\n"
                + "    timeout connect 2s\n"
                + "    timeout client 60s\n"
                + "    timeout server 60s\n"
                + "    timeout http-request 10s\n"
                + "    timeout http-keep-alive 10s\n"
                + "    timeout check 5s\n"
                + "    retries 3\n"
                + "    option redispatch 1\n"
                + "\n"
                + "frontend entraide\n"
                + "    bind 127.0.0.1:" + port + "\n"
                + "    default_backend nodes\n"
                + "\n"
                + "backend nodes\n"
                + "    balance roundrobin\n"
                + "    option httpchk GET /api/v1/health\n"
                + "    http-check expect status 200\n"
                + "    default-server inter " + INTER_SECONDS + "s fall " + FALL + " rise " + RISE + "\n"
                + "    http-response set-header X-Entraide-Node %s\n"
                + servers;
    }

    /** Writes the configuration, checks it with {@code haproxy -c}, and runs haproxy in the foreground. */
    void start(List<ClusterNode> nodes) throws IOException, InterruptedException {
        File cfg = new File(folder, "haproxy.cfg");
        Files.writeString(cfg.toPath(), configuration(nodes));
        ClusterNode.run(folder, binary(), "-c", "-q", "-f", cfg.getAbsolutePath());
        socket.delete();
        process = new ProcessBuilder(binary(), "-db", "-f", cfg.getAbsolutePath()).directory(folder)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(folder, "haproxy.log"))).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!socket.exists()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("haproxy did not start; see " + new File(folder, "haproxy.log"));
            }
            Thread.sleep(50);
        }
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            process = null;
        }
    }

    /** Each node's state as HAProxy's health checks see it ({@code UP}, {@code DOWN}, {@code UP 1/2}...). */
    Map<String, String> states() throws IOException {
        String[] lines = command("show stat").split("\n");
        List<String> header = Arrays.asList(lines[0].replaceFirst("^# ", "").split(","));
        int proxy = header.indexOf("pxname");
        int server = header.indexOf("svname");
        int status = header.indexOf("status");
        Map<String, String> states = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",", -1);
            if (fields.length > status && "nodes".equals(fields[proxy])
                    && !"BACKEND".equals(fields[server])) {
                states.put(fields[server], fields[status]);
            }
        }
        return states;
    }

    /** One command on HAProxy's stats socket (the admin's {@code socat} line), its whole answer. */
    private String command(String line) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket.toPath()));
            channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII)));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) >= 0) {
                answer.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return answer.toString(StandardCharsets.US_ASCII);
        }
    }
}
